import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ByProduct } from './common'

const Name = z.string().trim().min(1, 'Give it a name').max(80, 'Keep the name to 80 characters or fewer')
const Kind = z.enum(['activity', 'step', 'slice'], { message: 'Choose activity, step or slice' })

/** The backbone (activities left to right, each with its steps) and the release slices top to bottom. */
export const StoryMap = z.object({
  productId: s.Id,
  activities: z.array(
    z.object({ id: s.Id, name: z.string(), steps: z.array(z.object({ id: s.Id, name: z.string() })) })
  ),
  slices: z.array(z.object({ id: s.Id, name: z.string() })),
  /** Where live backlog items sit; sliceId null means on the map but in no release yet. */
  placements: z.array(z.object({ itemId: s.Id, stepId: s.Id, sliceId: s.Id.nullable() }))
})
export type StoryMap = z.infer<typeof StoryMap>

export const storymapMethods = {
  'storymap.get': defineMethod({
    summary: "A product's story map; the stories are its backlog items (see backlog.list).",
    input: ByProduct,
    output: StoryMap
  }),

  'storymap.addActivity': defineMethod({
    summary: 'Add an activity at the right end of the backbone.',
    input: z.object({ productId: s.Id, name: Name }).strict(),
    output: StoryMap
  }),

  'storymap.addStep': defineMethod({
    summary: "Add a step at the end of an activity's steps.",
    input: z.object({ activityId: s.Id, name: Name }).strict(),
    output: StoryMap
  }),

  'storymap.addSlice': defineMethod({
    summary: 'Add a release slice below the others.',
    input: z.object({ productId: s.Id, name: Name }).strict(),
    output: StoryMap
  }),

  'storymap.rename': defineMethod({
    summary: 'Rename an activity, step or slice.',
    input: z.object({ kind: Kind, id: s.Id, name: Name }).strict(),
    output: StoryMap
  }),

  'storymap.remove': defineMethod({
    summary:
      "Remove an activity (with its steps), a step or a slice; stories stay in the backlog (a removed step's leave the map).",
    input: z.object({ kind: Kind, id: s.Id }).strict(),
    output: StoryMap
  }),

  'storymap.place': defineMethod({
    summary:
      'Put a backlog item under a step and in a slice (sliceId null: no release yet), or take it off the map (stepId null). Undoable.',
    input: z.object({ itemId: s.Id, stepId: s.Id.nullable(), sliceId: s.Id.nullable() }).strict(),
    output: StoryMap
  })
} as const
