import { fromDayNumber, toDayNumber } from '../flow/dates'

/**
 * The power / interest grid. Power and interest are scores from 0 to 100 (a drag position on the
 * grid maps straight onto them); 50 and above counts as high.
 */

export const GRID_MIN = 0
export const GRID_MAX = 100
export const GRID_HIGH_FROM = 50

/** The longest note of what was discussed at one contact. */
export const MAX_DISCUSSED = 4000

export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const
export type Quadrant = (typeof QUADRANTS)[number]

export const QUADRANT_GUIDANCE: Record<Quadrant, { title: string; advice: string }> = {
  'manage-closely': {
    title: 'Manage closely',
    advice: 'High power, high interest: involve them in decisions and meet them often.'
  },
  'keep-satisfied': {
    title: 'Keep satisfied',
    advice: 'High power, low interest: keep them content without flooding them with detail.'
  },
  'keep-informed': {
    title: 'Keep informed',
    advice: 'Low power, high interest: share progress regularly; they often give useful feedback.'
  },
  monitor: {
    title: 'Monitor',
    advice: 'Low power, low interest: check in now and then; watch for changes in their position.'
  }
}

export function quadrantOf(power: number, interest: number): Quadrant {
  const highPower = power >= GRID_HIGH_FROM
  const highInterest = interest >= GRID_HIGH_FROM
  if (highPower) return highInterest ? 'manage-closely' : 'keep-satisfied'
  return highInterest ? 'keep-informed' : 'monitor'
}

export interface ContactPlan {
  /** Days between contacts; null when no cadence was agreed. */
  cadenceDays: number | null
  lastContactOn: string | null
  /** The day the stakeholder was added: without a contact yet, the first one falls due a cadence later. */
  addedOn: string
}

export interface ContactStatus {
  nextContactDue: string | null
  overdue: boolean
  daysOverdue: number
}

/** Next contact due = last contact (or the day added) + cadence; overdue from the day after it is due. */
export function contactStatus(plan: ContactPlan, today: string): ContactStatus {
  if (plan.cadenceDays === null) return { nextContactDue: null, overdue: false, daysOverdue: 0 }
  const due = toDayNumber(plan.lastContactOn ?? plan.addedOn) + plan.cadenceDays
  const late = toDayNumber(today) - due
  return { nextContactDue: fromDayNumber(due), overdue: late > 0, daysOverdue: Math.max(0, late) }
}
