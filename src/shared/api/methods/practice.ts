import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import {
  base64Bytes,
  ENTRY_STATUSES,
  EVIDENCE_KINDS,
  fileTooLargeMessage,
  LINKED_KINDS,
  MAX_EVIDENCE_FILE_BYTES,
  TRACK_IDS
} from '../../domain/practice'
import { ById, ByProduct } from './common'
import { IsoDay } from './common'
import { ShortText } from './vision'

export const TrackIdName = z.enum(TRACK_IDS, { message: `Choose a track: ${TRACK_IDS.join(', ')}` })
export const EntryStatusName = z.enum(ENTRY_STATUSES, { message: `Choose a status: ${ENTRY_STATUSES.join(', ')}` })
export const EvidenceKindName = z.enum(EVIDENCE_KINDS)
export const LinkedKindName = z.enum(LINKED_KINDS, { message: `Choose what to link: ${LINKED_KINDS.join(', ')}` })

/** One labelled line of a snapshot, so any reader can show it without knowing the kind. */
export const SnapshotLine = z.object({ label: z.string(), value: z.string() })
export type SnapshotLine = z.infer<typeof SnapshotLine>

/**
 * A copy of a linked thing as it was when linked. `data` is the API's own answer for it (e.g. a
 * `vision.version`, a `goals.list` entry, a saved forecast); `lines` is a readable digest of it.
 */
export const EvidenceSnapshot = z.object({
  title: z.string(),
  takenAt: s.IsoTime,
  lines: z.array(SnapshotLine),
  data: z.unknown()
})
export type EvidenceSnapshot = z.infer<typeof EvidenceSnapshot>

export const EvidenceFileInfo = z.object({
  name: z.string(),
  type: z.string(),
  sizeBytes: z.number().int().nonnegative()
})
export type EvidenceFileInfo = z.infer<typeof EvidenceFileInfo>

export const Evidence = z.object({
  id: s.Id,
  entryId: s.Id,
  kind: EvidenceKindName,
  title: z.string(),
  /** The note's text, or the user's comment on a link or a file. */
  text: z.string(),
  /** The linked thing's id (vision version, goal, item, forecast, measure, persona, Sprint Review, canvas version); null otherwise. */
  ref: s.Id.nullable(),
  /** The ordering model of an ordering comparison; null otherwise. */
  refKey: z.string().nullable(),
  snapshot: EvidenceSnapshot.nullable(),
  file: EvidenceFileInfo.nullable(),
  /** In-app route of the linked thing while it still exists; null once it is gone (or for notes and files). */
  liveRoute: z.string().nullable(),
  addedAt: s.IsoTime
})
export type Evidence = z.infer<typeof Evidence>

export const PracticeAction = z.object({
  id: s.Id,
  entryId: s.Id,
  on: z.string(),
  text: z.string(),
  createdAt: s.IsoTime
})
export type PracticeAction = z.infer<typeof PracticeAction>

export const PracticeEntry = z.object({
  id: s.Id,
  productId: s.Id,
  trackId: TrackIdName,
  /** `track/slug` of the assignment, learning outcome or learning goal. */
  targetKey: z.string(),
  /** Keys of the chosen experiments (PSPO assignments only). */
  experiments: z.array(z.string()),
  plan: z.string(),
  outcome: z.string(),
  reflection: z.string(),
  status: EntryStatusName,
  actionCount: z.number().int().nonnegative(),
  evidenceCount: z.number().int().nonnegative(),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type PracticeEntry = z.infer<typeof PracticeEntry>

export const PracticeEntryDetail = PracticeEntry.extend({
  /** Oldest first. */
  actions: z.array(PracticeAction),
  /** In the order added. */
  evidence: z.array(Evidence)
})
export type PracticeEntryDetail = z.infer<typeof PracticeEntryDetail>

export const EvidenceSource = z.object({
  ref: s.Id.nullable(),
  refKey: z.string().nullable(),
  label: z.string(),
  detail: z.string()
})
export type EvidenceSource = z.infer<typeof EvidenceSource>

export const TargetProgress = z.object({
  key: z.string(),
  title: z.string(),
  group: z.string(),
  entryCount: z.number().int().nonnegative(),
  evidenceCount: z.number().int().nonnegative(),
  hasEvidence: z.boolean(),
  done: z.boolean()
})
export const TrackProgress = z.object({
  trackId: TrackIdName,
  total: z.number().int().nonnegative(),
  withEvidence: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  share: z.number().min(0).max(1),
  targets: z.array(TargetProgress),
  summary: z.string()
})
export type TrackProgress = z.infer<typeof TrackProgress>

const TargetKey = z
  .string({ message: 'Choose an assignment or learning outcome' })
  .trim()
  .min(1, 'Choose an assignment or learning outcome, e.g. pspo/assumptions')
  .max(100, 'Use a key from the catalogue, e.g. pspo/assumptions')

const Experiments = z
  .array(
    z
      .string({ message: 'Name each experiment by its key' })
      .min(1, 'Name each experiment by its key')
      .max(100, 'Use an experiment key from the catalogue')
  )
  .max(30, 'Choose at most 30 experiments')
  .transform((keys) => [...new Set(keys)])

const EntryFields = {
  experiments: Experiments,
  plan: ShortText('plan', 8000),
  outcome: ShortText('outcome', 8000),
  reflection: ShortText('reflection', 8000),
  status: EntryStatusName
}

const Caption = ShortText('comment', 2000).default('')

const FileName = z
  .string({ message: 'Give the file a name' })
  .trim()
  .min(1, 'Give the file a name')
  .max(255, 'Keep the file name to 255 characters or fewer')

const Base64 = z
  .string({ message: 'Send the file content as base64 text' })
  .min(1, 'The file is empty; choose a file with content')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Send the file content as base64 text')
  .superRefine((data, ctx) => {
    const bytes = base64Bytes(data)
    if (bytes > MAX_EVIDENCE_FILE_BYTES) ctx.addIssue({ code: 'custom', message: fileTooLargeMessage(bytes) })
  })

const AddEvidence = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        entryId: s.Id,
        kind: LinkedKindName,
        /** Which one: needed for vision, goal, item, forecast, measure, persona, Sprint Review and canvas version. */
        ref: s.Id.optional(),
        /** The ordering model, for an ordering comparison. */
        refKey: z.string().max(40, 'Name an ordering model, e.g. wsjf').optional(),
        text: Caption
      })
      .strict(),
    z
      .object({
        entryId: s.Id,
        kind: z.literal('note'),
        title: ShortText('note title', 200).min(1, 'Give the note a title'),
        text: ShortText('note', 8000).min(1, 'Write the note')
      })
      .strict(),
    z
      .object({
        entryId: s.Id,
        kind: z.literal('file'),
        name: FileName,
        type: z.string().max(200, 'Keep the file type to 200 characters or fewer').default('application/octet-stream'),
        dataBase64: Base64,
        text: Caption
      })
      .strict()
  ],
  { message: `Choose the kind of evidence: ${EVIDENCE_KINDS.join(', ')}` }
)

export const practiceMethods = {
  'practice.entries.list': defineMethod({
    summary:
      "A product's practice journal entries (one track or all), newest first, with counts of actions and evidence.",
    input: z.object({ productId: s.Id, trackId: TrackIdName.optional() }).strict(),
    output: z.array(PracticeEntry)
  }),

  'practice.entries.get': defineMethod({
    summary: 'One journal entry with its dated actions and its evidence (snapshots included, file contents not).',
    input: ById,
    output: PracticeEntryDetail
  }),

  'practice.entries.create': defineMethod({
    summary: 'Start a journal entry for an assignment, learning outcome or learning goal of the catalogue.',
    input: z
      .object({
        productId: s.Id,
        targetKey: TargetKey,
        experiments: EntryFields.experiments.default([]),
        plan: EntryFields.plan.default(''),
        status: EntryStatusName.default('planned')
      })
      .strict(),
    output: PracticeEntryDetail
  }),

  'practice.entries.update': defineMethod({
    summary: 'Change the chosen experiments, plan, outcome, reflection or status of a journal entry.',
    input: z
      .object({
        id: s.Id,
        patch: z
          .object(EntryFields)
          .partial()
          .strict()
          .refine(
            (patch) => Object.keys(patch).length > 0,
            'Change at least one field: experiments, plan, outcome, reflection or status'
          )
      })
      .strict(),
    output: PracticeEntryDetail
  }),

  'practice.entries.delete': defineMethod({
    summary: 'Delete a journal entry with its actions and evidence.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'practice.actions.add': defineMethod({
    summary: 'Log something done for a journal entry, on a day.',
    input: z.object({ entryId: s.Id, on: IsoDay, text: ShortText('action', 4000).min(1, 'Say what you did') }).strict(),
    output: PracticeAction
  }),

  'practice.actions.delete': defineMethod({
    summary: 'Remove a logged action.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'practice.evidence.sources': defineMethod({
    summary: 'The things of one kind that can be linked as evidence (vision versions, goals, items, forecasts...).',
    input: z.object({ productId: s.Id, kind: LinkedKindName }).strict(),
    output: z.array(EvidenceSource)
  }),

  'practice.evidence.add': defineMethod({
    summary: 'Attach evidence: a link to something in the app (a snapshot is taken now), a note, or a small file.',
    input: AddEvidence,
    output: Evidence
  }),

  'practice.evidence.file': defineMethod({
    summary: 'The content of an attached file, base64-encoded.',
    input: ById,
    output: EvidenceFileInfo.extend({ dataBase64: z.string() })
  }),

  'practice.evidence.delete': defineMethod({
    summary: 'Remove a piece of evidence.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'practice.progress': defineMethod({
    summary: 'Per track: which assignments and outcomes have evidence and which do not.',
    input: ByProduct,
    output: z.array(TrackProgress)
  })
} as const
