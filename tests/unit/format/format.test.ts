import { afterEach, describe, expect, it } from 'vitest'
import {
  displayLocale,
  formatDateTime,
  formatCount,
  formatDay,
  formatMonth,
  formatNumber,
  formatPercent,
  formatShortDay,
  formatShortDayWithYear,
  setDisplayLocale
} from '../../../src/shared/domain/format'

afterEach(() => setDisplayLocale(undefined))

describe('the display formatter', () => {
  it('writes days one way in the chosen locale, as UTC calendar days', () => {
    setDisplayLocale('en-GB')
    expect(formatDay('2025-11-04')).toBe('Tue, 4 Nov 2025')
    expect(formatShortDay('2025-11-04')).toBe('4 Nov')
    expect(formatShortDayWithYear('2025-11-04')).toBe('4 Nov 25')
    expect(formatMonth('2026-03-31')).toBe('Mar 26')
    setDisplayLocale('en-US')
    expect(formatDay('2025-11-04')).toBe('Tue, Nov 4, 2025')
    setDisplayLocale('de-DE')
    expect(formatDay('2025-11-04')).toBe('Di., 4. Nov. 2025')
  })

  it('writes numbers and shares with the locale’s marks', () => {
    setDisplayLocale('en-GB')
    expect(formatNumber(1234567.891)).toBe('1,234,567.89')
    expect(formatPercent(0.853)).toBe('85%')
    setDisplayLocale('de-DE')
    expect(formatNumber(1234567.891)).toBe('1.234.567,89')
    expect(formatNumber(2.5, 0)).toBe('3')
    expect(formatPercent(0.853, 1)).toBe('85,3\u00a0%')
  })

  it('writes a count with its noun, one or many, grouped in the chosen locale', () => {
    setDisplayLocale('en-GB')
    expect(formatCount(1, 'item')).toBe('1 item')
    expect(formatCount(0, 'item')).toBe('0 items')
    expect(formatCount(10000, 'story', 'stories')).toBe('10,000 stories')
    expect(formatCount(2, 'item is', 'items are')).toBe('2 items are')
    setDisplayLocale('de-DE')
    expect(formatCount(10000, 'item')).toBe('10.000 items')
  })

  it('writes moments with the day and the time, in the reader’s time zone', () => {
    setDisplayLocale('en-GB')
    const shown = formatDateTime('2025-11-04T09:05:00.000Z')
    expect(shown).toMatch(/^\w{3}, \d{1,2} Nov 2025(,| at) \d{2}:05$/)
  })

  it('leaves text that is not a date as given, and falls back to the system for an unknown locale', () => {
    setDisplayLocale('en-GB')
    expect(formatDay('next week')).toBe('next week')
    expect(formatDay('2025-02-30')).toBe('2025-02-30')
    expect(formatDateTime('soon')).toBe('soon')
    setDisplayLocale('xx-invalid-locale-tag-that-is-long')
    expect(displayLocale()).toBe(new Intl.DateTimeFormat().resolvedOptions().locale)
  })
})
