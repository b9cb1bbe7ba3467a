import { withSource } from '../guides'

/**
 * The assumption map: every assumption scored for how much the product depends on it (importance)
 * and how much is known about it (evidence), both from 1 to 5. The ones that matter most and are
 * known least are tested first.
 */

/** Which of the four product risks an assumption is about: will they want it, can they use it, can we build it, does it pay. */
export const ASSUMPTION_RISKS = ['value', 'usability', 'feasibility', 'viability'] as const
export type AssumptionRisk = (typeof ASSUMPTION_RISKS)[number]

export const ASSUMPTION_RISK_LABELS: Record<AssumptionRisk, string> = {
  value: 'Value: will they want it?',
  usability: 'Usability: can they use it?',
  feasibility: 'Feasibility: can we build it?',
  viability: 'Viability: does it work for the business?'
}

export const SCORE_MIN = 1
export const SCORE_MAX = 5

export const IMPORTANCE_LABELS: Record<number, string> = {
  1: 'hardly matters',
  2: 'matters a little',
  3: 'matters',
  4: 'matters a lot',
  5: 'the product fails without it'
}

export const EVIDENCE_LABELS: Record<number, string> = {
  1: 'a guess',
  2: 'a few opinions',
  3: 'some signs',
  4: 'good evidence',
  5: 'proven by what people did'
}

export const QUADRANTS = ['test', 'proceed', 'park', 'setAside'] as const
export type Quadrant = (typeof QUADRANTS)[number]

export const QUADRANT_TEXT: Record<Quadrant, { title: string; advice: string }> = {
  test: { title: 'Test first', advice: 'Important and little known: run an experiment before building on it.' },
  proceed: {
    title: 'Build on it',
    advice: 'Important and known: act on it, and watch for signs that it stops holding.'
  },
  park: { title: 'Park', advice: 'Little known but not important: come back to it if it starts to matter.' },
  setAside: { title: 'Set aside', advice: 'Known and not important: no work needed.' }
}

/**
 * A 3 counts as important and as not yet known: when unsure, an assumption is treated as one to test
 * rather than one to build on.
 */
export const isImportant = (importance: number) => importance >= 3
export const isKnown = (evidence: number) => evidence >= 4

export function quadrantOf(importance: number, evidence: number): Quadrant {
  if (isImportant(importance)) return isKnown(evidence) ? 'proceed' : 'test'
  return isKnown(evidence) ? 'setAside' : 'park'
}

/** Importance times the lack of evidence: 25 for "the product fails without it" on a guess, 1 for a proven detail. */
export const riskScore = (importance: number, evidence: number) => importance * (SCORE_MAX + 1 - evidence)

export interface ScoredAssumption {
  importance: number
  evidence: number
}

const QUADRANT_ORDER: Record<Quadrant, number> = { test: 0, proceed: 1, park: 2, setAside: 3 }

/**
 * Riskiest first: the "test first" quadrant before the others, then the higher risk score, then the
 * more important, then the less known; ties keep the order given (oldest first, as the list comes).
 */
export function rankAssumptions<T extends ScoredAssumption>(assumptions: readonly T[]): T[] {
  return assumptions
    .map((a, index) => ({
      a,
      index,
      quadrant: QUADRANT_ORDER[quadrantOf(a.importance, a.evidence)],
      score: riskScore(a.importance, a.evidence)
    }))
    .sort(
      (x, y) =>
        x.quadrant - y.quadrant ||
        y.score - x.score ||
        y.a.importance - x.a.importance ||
        x.a.evidence - y.a.evidence ||
        x.index - y.index
    )
    .map(({ a }) => a)
}

/** The assumption to test next: the riskiest one in "test first" that no experiment tests yet, or null. */
export function riskiestUntested<T extends ScoredAssumption>(
  assumptions: readonly T[],
  isTested: (assumption: T) => boolean
): T | null {
  return (
    rankAssumptions(assumptions).find((a) => quadrantOf(a.importance, a.evidence) === 'test' && !isTested(a)) ?? null
  )
}

/** What the map advises, with the guide the experiment step follows. */
export const RISKIEST_ADVICE = withSource(
  'Test the riskiest assumption first: the one the product depends on most and knows least about. Turn it into an experiment with a hypothesis that a measure can prove wrong by a date, then inspect the result and adapt',
  'ebm',
  'experiments'
)

/**
 * The title and the "we believe <change>" an experiment starts from: the statement without its final
 * full stop, its first letter in lower case unless it starts an abbreviation ("SMS").
 */
export function experimentDraftFrom(statement: string): { title: string; change: string } {
  const text = statement.trim().replace(/[.\s]+$/, '')
  const title = text.length > 200 ? `${text.slice(0, 199)}…` : text
  const abbreviation = /^\p{Lu}{2}/u.test(text)
  return { title, change: abbreviation ? text : text.charAt(0).toLowerCase() + text.slice(1) }
}
