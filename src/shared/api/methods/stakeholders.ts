import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { GRID_MAX, GRID_MIN, MAX_DISCUSSED, QUADRANTS } from '../../domain/customers/stakeholders'
import { ById, ByProduct } from './common'
import { IsoDay } from './common'
import { Text } from './personas'
import { FeedbackTrace } from './sprint-reviews'

const GridScore = (what: string) =>
  z
    .number({ message: `Give the ${what} as a number from ${GRID_MIN} to ${GRID_MAX}` })
    .min(GRID_MIN, `The ${what} must be between ${GRID_MIN} and ${GRID_MAX}`)
    .max(GRID_MAX, `The ${what} must be between ${GRID_MIN} and ${GRID_MAX}`)
    .transform((n) => Math.round(n))

const Cadence = z
  .number({ message: 'Give the contact cadence in days' })
  .int('Give the contact cadence in whole days')
  .min(1, 'The contact cadence must be at least 1 day')
  .max(730, 'The contact cadence can be at most 730 days (two years)')

const StakeholderName = z
  .string({ message: "Give the stakeholder's name" })
  .trim()
  .min(1, "Give the stakeholder's name")
  .max(120, 'Keep the name to 120 characters or fewer')

const StakeholderFields = {
  name: StakeholderName,
  role: Text('role', 200).default(''),
  power: GridScore('power'),
  interest: GridScore('interest'),
  /** What they care about. */
  interests: Text('interests', 4000).default(''),
  /** Days between contacts; null: no cadence agreed. */
  cadenceDays: Cadence.nullable().default(null),
  lastContactOn: IsoDay.nullable().default(null)
}

export const Stakeholder = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  role: z.string(),
  power: z.number().int().min(GRID_MIN).max(GRID_MAX),
  interest: z.number().int().min(GRID_MIN).max(GRID_MAX),
  interests: z.string(),
  cadenceDays: z.number().int().nullable(),
  lastContactOn: z.string().nullable(),
  quadrant: z.enum(QUADRANTS),
  /** What the quadrant asks of the Product Owner, e.g. "Manage closely". */
  guidance: z.string(),
  /** Last contact + cadence; today when there is a cadence but no contact yet; null without a cadence. */
  nextContactDue: z.string().nullable(),
  overdue: z.boolean(),
  /** Days past the due date (0 when not overdue). */
  daysOverdue: z.number().int().nonnegative(),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Stakeholder = z.infer<typeof Stakeholder>

export const ContactEntry = z.object({ id: s.Id, on: z.string(), discussed: z.string() })
export type ContactEntry = z.infer<typeof ContactEntry>

/** What a stakeholder's page shows of the past: contacts and what they asked for at Sprint Reviews. */
export const StakeholderHistory = z.object({
  /** Newest first. */
  contacts: z.array(ContactEntry),
  /** Newest first, each with the backlog item it led to. */
  feedback: z.array(FeedbackTrace)
})
export type StakeholderHistory = z.infer<typeof StakeholderHistory>

export const stakeholdersMethods = {
  'stakeholders.list': defineMethod({
    summary: "A product's stakeholders with quadrant, guidance and next contact (overdue ones flagged).",
    input: ByProduct,
    output: z.array(Stakeholder)
  }),

  'stakeholders.create': defineMethod({
    summary: 'Add a stakeholder to the power / interest grid.',
    input: z.object({ productId: s.Id, ...StakeholderFields }).strict(),
    output: Stakeholder
  }),

  'stakeholders.update': defineMethod({
    summary: "Change a stakeholder's fields.",
    input: z
      .object({
        id: s.Id,
        patch: z
          .object({
            name: StakeholderName,
            role: Text('role', 200),
            power: GridScore('power'),
            interest: GridScore('interest'),
            interests: Text('interests', 4000),
            cadenceDays: Cadence.nullable(),
            lastContactOn: IsoDay.nullable()
          })
          .partial()
          .strict()
      })
      .strict(),
    output: Stakeholder
  }),

  'stakeholders.move': defineMethod({
    summary: 'Move a stakeholder on the grid (after a drag): new power and interest.',
    input: z.object({ id: s.Id, power: GridScore('power'), interest: GridScore('interest') }).strict(),
    output: Stakeholder
  }),

  'stakeholders.logContact': defineMethod({
    summary:
      'Record a contact with a stakeholder (today unless a day is given); the next one falls due after the cadence.',
    input: z
      .object({
        id: s.Id,
        on: IsoDay.optional(),
        discussed: Text('note of what was discussed', MAX_DISCUSSED).default('')
      })
      .strict(),
    output: Stakeholder
  }),

  'stakeholders.history': defineMethod({
    summary:
      "A stakeholder's contact log (with what was discussed) and their Sprint Review feedback with the items it led to.",
    input: ById,
    output: StakeholderHistory
  }),

  'stakeholders.delete': defineMethod({
    summary: 'Remove a stakeholder.',
    input: ById,
    output: z.object({ deleted: s.Id })
  })
} as const
