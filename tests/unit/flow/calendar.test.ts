import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CALENDAR,
  countWorkingDays,
  forecastStart,
  isWorkingDay,
  nextWorkingDay,
  workingDayDates,
  workingDayOnOrAfter,
  workingDayToDate,
  workingDaysBetween,
  type WorkingCalendar
} from '@shared/domain/flow'

// 2025-01-03 is a Friday; 2025-01-04/05 the weekend.
const holidays: WorkingCalendar = { weekendsOff: true, nonWorkingDays: ['2025-01-06', '2025-12-25', '2025-12-26'] }

describe('working-day calendar', () => {
  it('takes weekends off by default and honours declared days off', () => {
    expect(isWorkingDay(DEFAULT_CALENDAR, '2025-01-03')).toBe(true)
    expect(isWorkingDay(DEFAULT_CALENDAR, '2025-01-04')).toBe(false)
    expect(isWorkingDay(DEFAULT_CALENDAR, '2025-01-05')).toBe(false)
    expect(isWorkingDay(holidays, '2025-01-06')).toBe(false)
    expect(isWorkingDay({ weekendsOff: false, nonWorkingDays: [] }, '2025-01-04')).toBe(true)
  })

  it('finds the next working day over a weekend and a holiday', () => {
    expect(nextWorkingDay(DEFAULT_CALENDAR, '2025-01-03')).toBe('2025-01-06')
    expect(nextWorkingDay(holidays, '2025-01-03')).toBe('2025-01-07')
    expect(workingDayOnOrAfter(holidays, '2025-01-03')).toBe('2025-01-03')
    expect(workingDayOnOrAfter(holidays, '2025-01-04')).toBe('2025-01-07')
  })

  it('lists and counts working days in a range', () => {
    expect(workingDaysBetween(holidays, '2025-01-02', '2025-01-08')).toEqual([
      '2025-01-02',
      '2025-01-03',
      '2025-01-07',
      '2025-01-08'
    ])
    expect(countWorkingDays(holidays, '2025-01-02', '2025-01-08')).toBe(4)
    expect(countWorkingDays(holidays, '2025-01-08', '2025-01-02')).toBe(0)
  })

  it('maps working day k to a date: day 1 is the first working day on or after the start', () => {
    // A forecast made as of Friday 2025-01-03 starts on Saturday: day 1 is Monday (Tuesday with the holiday).
    const start = forecastStart('2025-01-03')
    expect(start).toBe('2025-01-04')
    expect(workingDayToDate(DEFAULT_CALENDAR, start, 1)).toBe('2025-01-06')
    expect(workingDayToDate(holidays, start, 1)).toBe('2025-01-07')
    expect(workingDayToDate(holidays, start, 4)).toBe('2025-01-10')
    expect(workingDayToDate(holidays, start, 5)).toBe('2025-01-13')
    // A start that is itself a working day is day 1.
    expect(workingDayToDate(holidays, '2025-01-03', 1)).toBe('2025-01-03')
    // Christmas week: 22-24 work, 25-26 off, 27-28 weekend.
    expect(workingDayToDate(holidays, '2025-12-22', 4)).toBe('2025-12-29')
    expect(() => workingDayToDate(holidays, start, 0)).toThrow(RangeError)
  })

  it('labels a run of working days in one pass, agreeing with the single look-up', () => {
    const dates = workingDayDates(holidays, '2025-12-20', 10)
    expect(dates).toHaveLength(10)
    dates.forEach((date, i) => expect(date).toBe(workingDayToDate(holidays, '2025-12-20', i + 1)))
    expect(dates).not.toContain('2025-12-25')
  })
})
