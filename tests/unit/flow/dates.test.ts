import { describe, expect, it } from 'vitest'
import { addDays, diffDays, eachDay, isIsoDay, parseIsoDay, startOfWeek, weekday } from '@shared/domain/flow'

describe('ISO day arithmetic', () => {
  it('accepts real calendar days only', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0)
    expect(isIsoDay('2024-02-29')).toBe(true)
    expect(isIsoDay('2025-02-29')).toBe(false)
    expect(isIsoDay('2025-13-01')).toBe(false)
    expect(isIsoDay('2025-1-01')).toBe(false)
    expect(isIsoDay('2025-01-01T00:00')).toBe(false)
  })

  it('adds and subtracts days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01')
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31')
    expect(diffDays('2024-12-30', '2025-01-02')).toBe(3)
    expect(diffDays('2025-01-02', '2024-12-30')).toBe(-3)
  })

  it('stays on UTC calendar days across daylight-saving changes', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31')
    expect(diffDays('2025-10-25', '2025-10-27')).toBe(2)
  })

  it('knows weekdays and Monday-based weeks', () => {
    expect(weekday('2025-01-04')).toBe(6) // Saturday
    expect(weekday('2025-01-05')).toBe(0) // Sunday
    expect(weekday('1969-12-31')).toBe(3) // before day 0 too
    expect(startOfWeek('2025-01-05')).toBe('2024-12-30')
    expect(startOfWeek('2025-01-06')).toBe('2025-01-06')
  })

  it('lists every day of a range, both ends included', () => {
    expect(eachDay('2024-12-30', '2025-01-01')).toEqual(['2024-12-30', '2024-12-31', '2025-01-01'])
    expect(eachDay('2025-01-02', '2025-01-01')).toEqual([])
  })
})
