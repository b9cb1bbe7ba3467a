import { describe, expect, it } from 'vitest'
import { QUADRANT_GUIDANCE, contactStatus, quadrantOf } from '@shared/domain/customers'

describe('power / interest grid', () => {
  it('puts 50 and above on the high side', () => {
    expect(quadrantOf(80, 90)).toBe('manage-closely')
    expect(quadrantOf(50, 49)).toBe('keep-satisfied')
    expect(quadrantOf(49, 50)).toBe('keep-informed')
    expect(quadrantOf(0, 0)).toBe('monitor')
    expect(QUADRANT_GUIDANCE['keep-informed'].title).toBe('Keep informed')
  })
})

describe('contact cadence', () => {
  const today = '2026-03-16'

  it('falls due a cadence after the last contact and is overdue from the day after', () => {
    expect(contactStatus({ cadenceDays: 14, lastContactOn: '2026-03-02', addedOn: '2025-12-01' }, today)).toEqual({
      nextContactDue: '2026-03-16',
      overdue: false,
      daysOverdue: 0
    })
    expect(contactStatus({ cadenceDays: 14, lastContactOn: '2026-03-01', addedOn: '2025-12-01' }, today)).toEqual({
      nextContactDue: '2026-03-15',
      overdue: true,
      daysOverdue: 1
    })
  })

  it('counts from the day the stakeholder was added when there was no contact yet', () => {
    expect(contactStatus({ cadenceDays: 30, lastContactOn: null, addedOn: '2026-01-01' }, today)).toEqual({
      nextContactDue: '2026-01-31',
      overdue: true,
      daysOverdue: 44
    })
  })

  it('crosses month and year ends and has nothing due without a cadence', () => {
    expect(
      contactStatus({ cadenceDays: 7, lastContactOn: '2025-12-28', addedOn: '2025-01-01' }, '2026-01-01').nextContactDue
    ).toBe('2026-01-04')
    expect(contactStatus({ cadenceDays: null, lastContactOn: '2020-01-01', addedOn: '2020-01-01' }, today)).toEqual({
      nextContactDue: null,
      overdue: false,
      daysOverdue: 0
    })
  })
})
