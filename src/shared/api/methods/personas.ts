import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { PERSONA_KINDS } from '../../domain/discovery/personas'
import { ById, ByProduct } from './common'

export const Text = (what: string, max: number) =>
  z
    .string({ message: `Write the ${what} as text` })
    .trim()
    .max(max, `Keep the ${what} to ${max.toLocaleString('en')} characters or fewer`)

const PersonaName = z
  .string({ message: 'Give the persona a name' })
  .trim()
  .min(1, 'Give the persona a name, e.g. "Sam the early swimmer"')
  .max(120, 'Keep the name to 120 characters or fewer')

/** A small picture as a data URL (PNG, JPEG, WebP or GIF); about 150 kB of image at most. */
export const MAX_PICTURE_CHARS = 200_000
const Picture = z
  .string()
  .regex(/^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/, {
    message: 'Use a PNG, JPEG, WebP or GIF picture (as a data URL)'
  })
  .max(MAX_PICTURE_CHARS, 'Use a smaller picture (about 150 kB at most)')

export const EmpathyMap = z
  .object({
    says: Text('"says" box', 4000).default(''),
    thinks: Text('"thinks" box', 4000).default(''),
    does: Text('"does" box', 4000).default(''),
    feels: Text('"feels" box', 4000).default(''),
    pains: Text('"pains" box', 4000).default(''),
    gains: Text('"gains" box', 4000).default('')
  })
  .strict()
export type EmpathyMap = z.infer<typeof EmpathyMap>

/** "When <situation>, I want to <motivation>, so I can <outcome>." */
export const JobStory = z
  .object({
    situation: Text('situation', 1000).min(1, 'Describe the situation ("When ...")'),
    motivation: Text('motivation', 1000).min(1, 'Describe the motivation ("I want to ...")'),
    outcome: Text('outcome', 1000).default('')
  })
  .strict()
export type JobStory = z.infer<typeof JobStory>

const BuyerOrUser = z.enum(PERSONA_KINDS, {
  message: 'Say whether the persona buys, uses or does both: buyer, user or both'
})

const PersonaFields = {
  name: PersonaName,
  /** Whether the persona chooses and pays for the product, works with it, or both. */
  buyerOrUser: BuyerOrUser.default('user'),
  /** The customer segment the persona belongs to; null: none yet. */
  segmentId: s.Id.nullable().default(null),
  /** The role used in stories ("As a <role>"), e.g. "swimmer"; matched with the name against story roles. */
  role: Text('role', 120).default(''),
  picture: Picture.nullable().default(null),
  context: Text('context', 4000).default(''),
  goals: Text('goals', 4000).default(''),
  pains: Text('pains', 4000).default(''),
  quote: Text('quote', 1000).default(''),
  empathy: EmpathyMap.prefault({}),
  jobStories: z.array(JobStory).max(50, 'Keep at most 50 job stories per persona').default([])
}

export const Persona = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  buyerOrUser: BuyerOrUser,
  segmentId: s.Id.nullable(),
  role: z.string(),
  /** Shown when there is no picture. */
  initials: z.string(),
  picture: z.string().nullable(),
  context: z.string(),
  goals: z.string(),
  pains: z.string(),
  quote: z.string(),
  empathy: EmpathyMap,
  jobStories: z.array(JobStory),
  /** Backlog items linked to this persona, in backlog order. */
  itemIds: z.array(s.Id),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Persona = z.infer<typeof Persona>

const ItemIds = z
  .array(s.Id)
  .min(1, 'Choose at least one item')
  .max(10_000, 'Link at most 10,000 items at once')
  .transform((ids) => [...new Set(ids)])

export const StoryRole = z.object({
  itemId: s.Id,
  title: z.string(),
  /** The role as written in the story, e.g. "front-desk assistant". */
  role: z.string()
})

export const StoryMatches = z.object({
  /** Open stories written "As a <role>, ..." that were checked. */
  checked: z.number().int().nonnegative(),
  matched: z.array(StoryRole.extend({ personaId: s.Id })),
  /** Stories whose role matches no persona's name or role. */
  unmatched: z.array(StoryRole),
  /** Open stories not written in the "As a <role>" form (nothing to match). */
  withoutRole: z.number().int().nonnegative()
})
export type StoryMatches = z.infer<typeof StoryMatches>

export const personasMethods = {
  'personas.list': defineMethod({
    summary: "A product's personas with their empathy maps, job stories and linked items.",
    input: ByProduct,
    output: z.array(Persona)
  }),

  'personas.create': defineMethod({
    summary: 'Add a persona.',
    input: z.object({ productId: s.Id, ...PersonaFields }).strict(),
    output: Persona
  }),

  'personas.update': defineMethod({
    summary: "Change a persona's fields; empathy and jobStories replace the whole map or list.",
    input: z
      .object({
        id: s.Id,
        patch: z
          .object({
            name: PersonaName,
            buyerOrUser: BuyerOrUser,
            segmentId: s.Id.nullable(),
            role: Text('role', 120),
            picture: Picture.nullable(),
            context: Text('context', 4000),
            goals: Text('goals', 4000),
            pains: Text('pains', 4000),
            quote: Text('quote', 1000),
            empathy: EmpathyMap,
            jobStories: PersonaFields.jobStories.unwrap()
          })
          .partial()
          .strict()
      })
      .strict(),
    output: Persona
  }),

  'personas.delete': defineMethod({
    summary: 'Delete a persona (its item links go with it; the items stay).',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'personas.linkItems': defineMethod({
    summary: 'Link backlog items to a persona (an item may serve several personas).',
    input: z.object({ personaId: s.Id, itemIds: ItemIds }).strict(),
    output: Persona
  }),

  'personas.unlinkItems': defineMethod({
    summary: 'Remove links between backlog items and a persona.',
    input: z.object({ personaId: s.Id, itemIds: ItemIds }).strict(),
    output: Persona
  }),

  'personas.unmatchedStories': defineMethod({
    summary: 'Match each open story\'s role ("As a <role>, ...") to the personas; list the ones that match none.',
    input: ByProduct,
    output: StoryMatches
  })
} as const
