import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ById, ByProduct } from './common'
import { ServiceLevelExpectation } from './flow'
import { DefinitionCriterion } from './settings'
import { WipLimit } from './workflow'

const TeamName = z
  .string({ message: 'Give the team a name' })
  .trim()
  .min(1, 'Give the team a name, e.g. "Team Lanes"')
  .max(60, 'Keep the team name to 60 characters or fewer')

/** A Scrum Team working from the product's one Product Backlog. */
export const Team = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  position: z.number().int(),
  /** The team's own lines on top of the product's Definition of Done, in order. */
  definitionOfDone: z.array(DefinitionCriterion),
  /** The team's own WIP limits, per to-do or in-progress state, in workflow order; a state without one is not listed. */
  wipLimits: z.array(z.object({ stateId: s.Id, wipLimit: z.number().int().positive() })),
  /** The Service Level Expectation the team chose; null until it chooses one. */
  sle: ServiceLevelExpectation.nullable(),
  /** Live items and Sprints that belong to the team. */
  itemCount: z.number().int().nonnegative(),
  sprintCount: z.number().int().nonnegative()
})
export type Team = z.infer<typeof Team>

export const teamsMethods = {
  'teams.list': defineMethod({
    summary:
      "A product's Scrum Teams in order, each with its additions to the Definition of Done and how much work it has.",
    input: ByProduct,
    output: z.array(Team)
  }),

  'teams.create': defineMethod({
    summary:
      'Add a Scrum Team to the product; it shares the Product Backlog, the Product Goal and the Definition of Done.',
    input: z.object({ productId: s.Id, name: TeamName }).strict(),
    output: Team
  }),

  'teams.rename': defineMethod({
    summary: 'Rename a team (names are unique per product, whatever their case).',
    input: z.object({ id: s.Id, name: TeamName }).strict(),
    output: Team
  }),

  'teams.setWipLimit': defineMethod({
    summary:
      "Set or clear (null) a team's own WIP limit on a to-do or in-progress state; the board and cumulative flow of the team read it.",
    input: z.object({ id: s.Id, stateId: s.Id, wipLimit: WipLimit }).strict(),
    output: Team
  }),

  'teams.remove': defineMethod({
    summary:
      'Remove a team that no longer has items or Sprints (give them to another team or to none first); its Definition of Done additions, WIP limits and SLE go with it.',
    input: ById,
    output: z.object({ deleted: s.Id })
  })
} as const
