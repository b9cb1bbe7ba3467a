import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { SPRINT_OUTCOMES } from '../../domain/vision/sprints'
import { KEY_VALUE_AREAS } from '../../domain/ebm/vocabulary'
import { FEEDBACK_OUTCOMES, REVIEW_STATUSES } from '../../domain/sprint-review/feedback'
import { ITEM_TYPES } from '../../domain/backlog'
import { ById, ByProduct } from './common'
import { IsoDay } from './common'

export const Text = (label: string, max: number) =>
  z
    .string({ message: `Write the ${label} as text` })
    .trim()
    .max(max, `Keep the ${label} to ${max.toLocaleString('en')} characters or fewer`)

export const BySprint = z.object({ sprintId: s.Id }).strict()
const ReviewNotes = Text('review notes', 10_000)

const Dates = z.object({
  50: z.string().nullable(),
  70: z.string().nullable(),
  85: z.string().nullable(),
  95: z.string().nullable()
})
const AgendaItem = z.object({ title: z.string(), estimate: z.number().nullable() })

/** The agenda as prepared: a snapshot, kept unchanged once the review is held. */
export const ReviewAgenda = z.object({
  preparedOn: z.string(),
  sprint: z.object({ name: z.string(), startDate: z.string(), endDate: z.string() }),
  purpose: z.string(),
  increment: z.object({
    done: z.array(AgendaItem),
    notDone: z.array(AgendaItem),
    points: z.number(),
    sentence: z.string()
  }),
  sprintGoal: z.object({ goal: z.string(), outcome: z.enum(SPRINT_OUTCOMES).nullable(), sentence: z.string() }),
  productGoal: z
    .object({
      title: z.string(),
      measure: z.string(),
      target: z.string(),
      targetDate: z.string().nullable(),
      done: z.number().int().nonnegative(),
      open: z.number().int().nonnegative(),
      sentence: z.string()
    })
    .nullable(),
  forecast: z.object({ sentence: z.string(), dates: Dates.nullable() }),
  savedForecast: z.object({ label: z.string(), savedOn: z.string(), summary: z.string() }).nullable(),
  nextUp: z.array(AgendaItem),
  measures: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
      area: z.enum(KEY_VALUE_AREAS),
      from: z.number(),
      to: z.number(),
      fromDate: z.string(),
      toDate: z.string(),
      better: z.boolean()
    })
  ),
  questions: z.array(z.string())
})
export type ReviewAgenda = z.infer<typeof ReviewAgenda>

/** Where a piece of feedback led, as the item and the stakeholder show it. */
export const FeedbackTrace = z.object({
  feedbackId: s.Id,
  reviewId: s.Id,
  sprintId: s.Id,
  sprintName: z.string(),
  /** The day of the review: held, else prepared. */
  on: z.string(),
  /** Null once the stakeholder was removed from the map; the name stays. */
  stakeholderId: s.Id.nullable(),
  stakeholderName: z.string(),
  text: z.string(),
  createdAt: s.IsoTime,
  /** The backlog item it became or changed; null while it led to none (or once that item is deleted). */
  itemId: s.Id.nullable(),
  itemTitle: z.string().nullable(),
  outcome: z.enum(FEEDBACK_OUTCOMES).nullable()
})
export type FeedbackTrace = z.infer<typeof FeedbackTrace>

export const SprintReview = z.object({
  id: s.Id,
  productId: s.Id,
  sprintId: s.Id,
  sprintName: z.string(),
  status: z.enum(REVIEW_STATUSES),
  agenda: ReviewAgenda,
  notes: z.string(),
  preparedAt: s.IsoTime,
  /** The day it was held; null while only prepared. */
  heldOn: z.string().nullable(),
  attendees: z.array(z.object({ stakeholderId: s.Id, name: z.string(), role: z.string() })),
  /** Oldest first. */
  feedback: z.array(FeedbackTrace),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type SprintReview = z.infer<typeof SprintReview>

const FeedbackText = Text('feedback', 2000).min(1, 'Write the feedback: what the stakeholder said or asked for')

/** A new item from the feedback, or an existing item the feedback changes. */
const FeedbackTarget = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('new'),
        title: s.ItemTitle,
        type: z.enum(ITEM_TYPES).default('story'),
        description: z.string().max(20000, 'Keep the description to 20,000 characters or fewer').default(''),
        placement: z.enum(['top', 'bottom']).default('bottom')
      })
      .strict(),
    z.object({ kind: z.literal('existing'), itemId: s.Id }).strict()
  ],
  { message: 'Choose whether the feedback makes a new item ("new") or changes an existing one ("existing")' }
)

export const sprintReviewsMethods = {
  'sprintReviews.list': defineMethod({
    summary: "A product's Sprint Reviews, newest Sprint first, with attendees and feedback.",
    input: ByProduct,
    output: z.array(SprintReview)
  }),

  'sprintReviews.get': defineMethod({
    summary: "A Sprint's review, or null while it has not been prepared.",
    input: BySprint,
    output: SprintReview.nullable()
  }),

  'sprintReviews.prepare': defineMethod({
    summary:
      'Prepare (or refresh, until it is held) the Sprint Review agenda from the product: the Increment, the Sprint and Product Goals, a forecast, what comes next and the EBM measures that moved.',
    input: BySprint,
    output: SprintReview
  }),

  'sprintReviews.update': defineMethod({
    summary: "Change a Sprint Review's notes.",
    input: z.object({ id: s.Id, patch: z.object({ notes: ReviewNotes }).partial().strict() }).strict(),
    output: SprintReview
  }),

  'sprintReviews.hold': defineMethod({
    summary:
      "Record that the review was held (today unless a day is given), with the Sprint Goal's outcome if judged; each attendee's contact log gets the review and what they said.",
    input: z
      .object({
        id: s.Id,
        heldOn: IsoDay.optional(),
        outcome: z
          .enum(SPRINT_OUTCOMES, { message: `Choose the Sprint Goal's outcome: ${SPRINT_OUTCOMES.join(', ')}` })
          .optional(),
        notes: ReviewNotes.optional()
      })
      .strict(),
    output: SprintReview
  }),

  'sprintReviews.addAttendee': defineMethod({
    summary: 'Invite a stakeholder from the map to the review.',
    input: z.object({ reviewId: s.Id, stakeholderId: s.Id }).strict(),
    output: SprintReview
  }),

  'sprintReviews.removeAttendee': defineMethod({
    summary: 'Take a stakeholder off the review (their feedback stays).',
    input: z.object({ reviewId: s.Id, stakeholderId: s.Id }).strict(),
    output: SprintReview
  }),

  'sprintReviews.addFeedback': defineMethod({
    summary: 'Record what a stakeholder said at the review; a stakeholder not yet invited becomes an attendee.',
    input: z.object({ reviewId: s.Id, stakeholderId: s.Id, text: FeedbackText }).strict(),
    output: SprintReview
  }),

  'sprintReviews.deleteFeedback': defineMethod({
    summary: 'Remove a piece of feedback (an item it became stays in the backlog).',
    input: ById,
    output: SprintReview
  }),

  'sprintReviews.feedbackToItem': defineMethod({
    summary:
      "Turn a piece of feedback into a new backlog item, or change an existing one, in one step; the item's notes name the stakeholder who asked.",
    input: z.object({ feedbackId: s.Id, item: FeedbackTarget }).strict(),
    output: z.object({ review: SprintReview, itemId: s.Id })
  })
} as const
