import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ASSUMPTION_RISKS, QUADRANTS, SCORE_MAX, SCORE_MIN } from '../../domain/discovery/assumptions'
import { DEFINITION_FIELDS, MAX_DEFINITION_FIELD } from '../../domain/discovery/definition'
import { FEEDBACK_METHODS, MAX_EVIDENCE_TEXT, MAX_LEARNED } from '../../domain/discovery/interviews'
import { MAX_SEGMENT_TEXT } from '../../domain/discovery/personas'
import { ById, ByProduct, IsoDay } from './common'
import { Experiment, ExperimentFields } from './ebm'
import { DiffSegment, versionComparison } from '../versioned'
import { ShortText, VisionVersionSummary } from './vision'

// ---------------------------------------------------------------------------------------------
// Customer segments

const SegmentName = z
  .string({ message: 'Give the segment a name' })
  .trim()
  .min(1, 'Give the segment a name, e.g. "Swimming clubs"')
  .max(120, 'Keep the name to 120 characters or fewer')

const SegmentFields = {
  name: SegmentName,
  description: ShortText('description', MAX_SEGMENT_TEXT),
  /** The needs and jobs the people in the segment share. */
  needs: ShortText('needs and jobs', MAX_SEGMENT_TEXT),
  /** How many they are, or notes on the size. */
  size: ShortText('size or notes', MAX_SEGMENT_TEXT)
}

export const Segment = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  description: z.string(),
  needs: z.string(),
  size: z.string(),
  /** The personas placed in this segment, in the personas' order. */
  personaIds: z.array(s.Id),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Segment = z.infer<typeof Segment>

// ---------------------------------------------------------------------------------------------
// Assumption map

const Score = (what: string) =>
  z
    .number({ message: `Give the ${what} from ${SCORE_MIN} to ${SCORE_MAX}` })
    .int(`Give the ${what} as a whole number from ${SCORE_MIN} to ${SCORE_MAX}`)
    .min(SCORE_MIN, `The ${what} runs from ${SCORE_MIN} to ${SCORE_MAX}`)
    .max(SCORE_MAX, `The ${what} runs from ${SCORE_MIN} to ${SCORE_MAX}`)

const AssumptionFields = {
  statement: z
    .string({ message: 'Write the assumption' })
    .trim()
    .min(1, 'Write the assumption, e.g. "Parents will pay for a whole term online"')
    .max(1000, 'Keep the assumption to 1,000 characters or fewer; put detail in the notes'),
  risk: z.enum(ASSUMPTION_RISKS, { message: `Choose what it is about: ${ASSUMPTION_RISKS.join(', ')}` }),
  /** How much the product depends on it: 1 hardly, 5 it fails without it. */
  importance: Score('importance'),
  /** How much is known: 1 a guess, 5 proven by what people did. */
  evidence: Score('evidence'),
  notes: ShortText('notes', 4000)
}

export const Assumption = z.object({
  id: s.Id,
  productId: s.Id,
  statement: z.string(),
  risk: z.enum(ASSUMPTION_RISKS),
  importance: z.number().int(),
  evidence: z.number().int(),
  notes: z.string(),
  quadrant: z.enum(QUADRANTS),
  /** Importance times the lack of evidence, 1 to 25. */
  riskScore: z.number().int(),
  /** The experiment that tests it, with where it stands. */
  experiment: Experiment.pick({ id: true, title: true, hypothesis: true, status: true, decision: true }).nullable(),
  /** Interviews and feedback linked to it, newest first. */
  interviewIds: z.array(s.Id),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Assumption = z.infer<typeof Assumption>

export const AssumptionMap = z.object({
  /** Riskiest first (see rankAssumptions). */
  assumptions: z.array(Assumption),
  /** The riskiest assumption no experiment tests yet, or null. */
  riskiestId: s.Id.nullable()
})
export type AssumptionMap = z.infer<typeof AssumptionMap>

// ---------------------------------------------------------------------------------------------
// Interview and feedback log

const Links = (what: string) =>
  z
    .array(s.Id)
    .max(200, `Link at most 200 ${what}`)
    .transform((ids) => [...new Set(ids)])

const InterviewFields = {
  heldOn: IsoDay,
  method: z.enum(FEEDBACK_METHODS, { message: `Choose how it was gathered: ${FEEDBACK_METHODS.join(', ')}` }),
  /** Who: a persona, a stakeholder from the map, a name, or any of them together (one at least). */
  personaId: s.Id.nullable(),
  stakeholderId: s.Id.nullable(),
  person: ShortText('name', 200),
  learned: ShortText('note of what was learned', MAX_LEARNED).min(1, 'Write what you learned'),
  evidence: ShortText('evidence', MAX_EVIDENCE_TEXT),
  evidenceLink: ShortText('link', 2000).refine((link) => link === '' || /^https?:\/\/\S+$/i.test(link), {
    message: 'Give the link as a web address starting with http:// or https://'
  }),
  itemIds: Links('backlog items'),
  assumptionIds: Links('assumptions')
}

export const Interview = z.object({
  id: s.Id,
  productId: s.Id,
  heldOn: z.string(),
  method: z.enum(FEEDBACK_METHODS),
  personaId: s.Id.nullable(),
  personaName: z.string().nullable(),
  stakeholderId: s.Id.nullable(),
  stakeholderName: z.string().nullable(),
  person: z.string(),
  /** Who it was with, as the log shows it. */
  who: z.string(),
  learned: z.string(),
  evidence: z.string(),
  evidenceLink: z.string(),
  /** Live backlog items, in backlog order. */
  itemIds: z.array(s.Id),
  assumptionIds: z.array(s.Id),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Interview = z.infer<typeof Interview>

// ---------------------------------------------------------------------------------------------
// Product definition, versioned as the vision is

export const DefinitionContent = z
  .object(
    Object.fromEntries(
      DEFINITION_FIELDS.map((field) => [field, ShortText('field', MAX_DEFINITION_FIELD).default('')])
    ) as Record<(typeof DEFINITION_FIELDS)[number], z.ZodDefault<z.ZodString>>
  )
  .strict()
export type DefinitionContent = z.infer<typeof DefinitionContent>

/** The same summary as a vision version's; `changedFields` holds definition field keys. */
export const DefinitionVersion = VisionVersionSummary.extend({ content: DefinitionContent })
export type DefinitionVersion = z.infer<typeof DefinitionVersion>

export const DefinitionState = z.object({
  productId: s.Id,
  content: DefinitionContent,
  latest: VisionVersionSummary.nullable()
})

export const DefinitionComparison = versionComparison(
  VisionVersionSummary,
  z.object({
    key: z.string(),
    label: z.string(),
    changed: z.boolean(),
    before: z.string(),
    after: z.string(),
    segments: z.array(DiffSegment)
  })
)
export type DefinitionComparison = z.infer<typeof DefinitionComparison>

// ---------------------------------------------------------------------------------------------

export const discoveryMethods = {
  'discovery.segments.list': defineMethod({
    summary: "A product's customer segments, oldest first, each with the personas placed in it.",
    input: ByProduct,
    output: z.array(Segment)
  }),

  'discovery.segments.create': defineMethod({
    summary: 'Add a customer segment: its name, description, shared needs and jobs, and size.',
    input: z
      .object({
        productId: s.Id,
        ...SegmentFields,
        description: SegmentFields.description.default(''),
        needs: SegmentFields.needs.default(''),
        size: SegmentFields.size.default('')
      })
      .strict(),
    output: Segment
  }),

  'discovery.segments.update': defineMethod({
    summary: "Change a segment's fields.",
    input: z.object({ id: s.Id, patch: z.object(SegmentFields).partial().strict() }).strict(),
    output: Segment
  }),

  'discovery.segments.delete': defineMethod({
    summary: 'Delete a segment; its personas stay, in no segment.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'discovery.interviews.list': defineMethod({
    summary:
      "A product's interview and feedback log, newest first: who, what was learned, the evidence, and what it is linked to.",
    input: ByProduct,
    output: z.array(Interview)
  }),

  'discovery.interviews.create': defineMethod({
    summary: 'Log an interview or piece of feedback, linked to a persona, stakeholder, backlog items and assumptions.',
    input: z
      .object({
        productId: s.Id,
        ...InterviewFields,
        method: InterviewFields.method.default('interview'),
        personaId: InterviewFields.personaId.default(null),
        stakeholderId: InterviewFields.stakeholderId.default(null),
        person: InterviewFields.person.default(''),
        evidence: InterviewFields.evidence.default(''),
        evidenceLink: InterviewFields.evidenceLink.default(''),
        itemIds: InterviewFields.itemIds.default([]),
        assumptionIds: InterviewFields.assumptionIds.default([])
      })
      .strict(),
    output: Interview
  }),

  'discovery.interviews.update': defineMethod({
    summary: 'Change a log entry; itemIds and assumptionIds replace the whole list.',
    input: z.object({ id: s.Id, patch: z.object(InterviewFields).partial().strict() }).strict(),
    output: Interview
  }),

  'discovery.interviews.delete': defineMethod({
    summary: 'Delete a log entry (its links go with it).',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'discovery.definition.get': defineMethod({
    summary: "The product's current definition (empty fields when none was saved yet) and its latest version.",
    input: ByProduct,
    output: DefinitionState
  }),

  'discovery.definition.save': defineMethod({
    summary: 'Save the whole product definition as a new version with the reason for the change.',
    input: z
      .object({
        productId: s.Id,
        content: DefinitionContent,
        reason: ShortText('reason', 2000).min(
          1,
          'Say why the definition changed, e.g. "The club bookings are a product of their own"'
        )
      })
      .strict(),
    output: DefinitionVersion
  }),

  'discovery.definition.versions': defineMethod({
    summary: 'Every saved version of the product definition, newest first.',
    input: ByProduct,
    output: z.array(VisionVersionSummary)
  }),

  'discovery.definition.version': defineMethod({
    summary: 'One saved version of the product definition with its full content.',
    input: ById,
    output: DefinitionVersion
  }),

  'discovery.definition.compare': defineMethod({
    summary: 'Word-level differences, field by field, between two versions of the same product definition.',
    input: z.object({ fromVersionId: s.Id, toVersionId: s.Id }).strict(),
    output: DefinitionComparison
  }),

  'discovery.assumptions.list': defineMethod({
    summary: "A product's assumption map: every assumption riskiest first, and the riskiest one not yet tested.",
    input: ByProduct,
    output: AssumptionMap
  }),

  'discovery.assumptions.create': defineMethod({
    summary: 'Add an assumption with its importance and evidence (1 to 5 each).',
    input: z.object({ productId: s.Id, ...AssumptionFields, notes: AssumptionFields.notes.default('') }).strict(),
    output: Assumption
  }),

  'discovery.assumptions.update': defineMethod({
    summary: "Change an assumption's text, kind or scores (move it on the map).",
    input: z.object({ id: s.Id, patch: z.object(AssumptionFields).partial().strict() }).strict(),
    output: Assumption
  }),

  'discovery.assumptions.delete': defineMethod({
    summary: 'Delete an assumption; an experiment made from it stays in EBM.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'discovery.assumptions.promote': defineMethod({
    summary: 'Turn an assumption into an EBM experiment with a hypothesis in one step; each then shows the other.',
    input: z
      .object({
        id: s.Id,
        ...ExperimentFields,
        /** The assumption's statement when left out. */
        title: ExperimentFields.title.optional(),
        goalId: ExperimentFields.goalId.default(null),
        itemIds: ExperimentFields.itemIds.default([]),
        status: ExperimentFields.status.default('planned')
      })
      .strict(),
    output: z.object({ assumption: Assumption, experiment: Experiment })
  })
} as const
