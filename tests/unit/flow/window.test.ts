import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CALENDAR,
  EVERY_DAY_CALENDAR,
  NAMED_CALENDARS,
  longIdle,
  longIdleText,
  throughputWindow
} from '@shared/domain/flow'

// 2025-03-03 is a Monday; 2025-03-08/09 the weekend.
const finishes = ['2025-03-03', '2025-03-03', '2025-03-05', '2025-03-08', '2025-03-10']

describe('the history window', () => {
  it('ends on the as-of day and reaches back the window, the as-of day included', () => {
    const window = throughputWindow(finishes, '2025-03-16', 14, EVERY_DAY_CALENDAR)
    expect(window.from).toBe('2025-03-03')
    expect(window.to).toBe('2025-03-16')
    expect(window.series).toHaveLength(14)
  })

  it('keeps the idle days between the last finish and the as-of day', () => {
    const window = throughputWindow(finishes, '2025-03-16', 14, EVERY_DAY_CALENDAR)
    // Finishes on 3, 5, 8 and 10 March, then six idle days up to the as-of day.
    expect(window.series).toEqual([2, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0])
  })

  it('leaves out finishes after the as-of day, so a past as-of day sees what was known then', () => {
    const window = throughputWindow(finishes, '2025-03-07', 5, EVERY_DAY_CALENDAR)
    expect(window).toEqual({ from: '2025-03-03', to: '2025-03-07', series: [2, 0, 1, 0, 0] })
  })

  it('samples every calendar day with the every-day calendar and only weekdays by default', () => {
    const everyDay = throughputWindow(finishes, '2025-03-16', 14, NAMED_CALENDARS['every-day'])
    const weekdays = throughputWindow(finishes, '2025-03-16', 14, NAMED_CALENDARS.weekdays)
    expect(NAMED_CALENDARS.weekdays).toEqual(DEFAULT_CALENDAR)
    expect(everyDay.series).toHaveLength(14)
    // Ten weekdays; the Saturday finish counts on Monday 10 March.
    expect(weekdays.series).toEqual([2, 0, 1, 0, 0, 2, 0, 0, 0, 0])
    const total = (series: number[]) => series.reduce((a, b) => a + b, 0)
    expect(total(weekdays.series)).toBe(total(everyDay.series))
  })
})

describe('a history that stopped long before the as-of day', () => {
  it('is not flagged while at most half of the window is idle at its end', () => {
    expect(longIdle(finishes, '2025-03-10', 14)).toBeNull()
    expect(longIdle(finishes, '2025-03-17', 14)).toBeNull()
  })

  it('is flagged with its last finish when more than half of the window is idle', () => {
    expect(longIdle(finishes, '2025-03-18', 14)).toEqual({ lastFinish: '2025-03-10', idleDays: 8 })
    // An old export forecast as of a much later day: the window holds no finish at all.
    expect(longIdle(finishes, '2026-01-10', 90)).toEqual({ lastFinish: '2025-03-10', idleDays: 306 })
  })

  it('is not flagged when work was finished after the as-of day, or never', () => {
    expect(longIdle(finishes, '2025-03-04', 2)).toBeNull()
    expect(longIdle([], '2025-03-18', 14)).toBeNull()
  })

  it('is said in words, telling a window without any finish from a mostly idle one', () => {
    expect(longIdleText({ lastFinish: '2025-03-10', idleDays: 8 }, '2025-03-18', 14)).toBe(
      'The last item in this history finished on 2025-03-10, 8 days before the as-of day 2025-03-18, so more than half of the 14-day window has no finish and the forecast reads as if the team stopped working.'
    )
    expect(longIdleText({ lastFinish: '2025-03-10', idleDays: 306 }, '2026-01-10', 90, (iso) => `[${iso}]`)).toContain(
      'finished on [2025-03-10], 306 days before the as-of day [2026-01-10], so the 90-day window holds no finish at all'
    )
  })
})
