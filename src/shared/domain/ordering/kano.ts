import { formatCount, formatNumber } from '../format'
import { KANO_ANSWERS, KANO_CATEGORIES, KANO_CATEGORY_LABELS, type KanoAnswer, type KanoCategory } from './scales'

/**
 * The Kano evaluation table: rows are the functional answer ("if it has X"), columns the
 * dysfunctional one ("if it lacks X"), both in the order like, expect, neutral, live-with, dislike.
 */
const TABLE: Record<KanoAnswer, readonly KanoCategory[]> = {
  like: ['Q', 'A', 'A', 'A', 'O'],
  expect: ['R', 'I', 'I', 'I', 'M'],
  neutral: ['R', 'I', 'I', 'I', 'M'],
  'live-with': ['R', 'I', 'I', 'I', 'M'],
  dislike: ['R', 'R', 'R', 'R', 'Q']
}

export function evaluateKano(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  return TABLE[functional][KANO_ANSWERS.indexOf(dysfunctional)]!
}

export type KanoCounts = Record<KanoCategory, number>

export function emptyKanoCounts(): KanoCounts {
  return { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 }
}

/**
 * Ties go to the category that hurts most to get wrong: M > O > A > I. Reverse and Questionable come
 * last, so they win only when strictly more frequent than each of the four: a feature is called
 * reverse or questionable only when most answers say so; otherwise they are reported as flags.
 */
export const KANO_TIE_ORDER: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q']

export interface KanoPair {
  functional: KanoAnswer
  dysfunctional: KanoAnswer
}

export interface KanoResult {
  category: KanoCategory | null
  counts: KanoCounts
  total: number
  flags: string[]
}

export function kanoResult(pairs: readonly KanoPair[]): KanoResult {
  const counts = emptyKanoCounts()
  for (const pair of pairs) counts[evaluateKano(pair.functional, pair.dysfunctional)]++
  const total = pairs.length
  let category: KanoCategory | null = null
  for (const candidate of KANO_TIE_ORDER) {
    if (counts[candidate] > 0 && (category === null || counts[candidate] > counts[category])) category = candidate
  }
  return { category, counts, total, flags: kanoFlags(counts, total, category) }
}

function kanoFlags(counts: KanoCounts, total: number, category: KanoCategory | null): string[] {
  const flags: string[] = []
  const share = (n: number) => `${formatNumber(n)} of ${formatCount(total, 'answer')}`
  if (counts.Q > 0) {
    flags.push(
      `${share(counts.Q)} ${counts.Q === 1 ? 'is' : 'are'} questionable (the same feeling about having and lacking the feature): ` +
        'the question may have been misread, so check its wording with those respondents.'
    )
  }
  if (counts.R > 0) {
    flags.push(
      `${share(counts.R)} ${counts.R === 1 ? 'is' : 'are'} reverse: these respondents would rather not have the feature.`
    )
  }
  if (category !== null) {
    const runnerUp = KANO_CATEGORIES.filter((c) => c !== category).find((c) => counts[c] === counts[category])
    if (runnerUp) {
      flags.push(
        `${KANO_CATEGORY_LABELS[category]} and ${KANO_CATEGORY_LABELS[runnerUp]} are tied at ${formatNumber(counts[category])}; ` +
          `${KANO_CATEGORY_LABELS[category]} wins by the tie rule (M > O > A > I). More answers would settle it.`
      )
    }
  }
  return flags
}

export interface KanoFeatureSummary extends KanoResult {
  /** The name as first written; rows naming it in another case count for the same feature. */
  feature: string
}

/** Groups answers by feature (case-insensitively, in order of first appearance) and evaluates each. */
export function kanoByFeature(rows: ReadonlyArray<KanoPair & { feature: string }>): KanoFeatureSummary[] {
  const groups = new Map<string, { feature: string; pairs: KanoPair[] }>()
  for (const row of rows) {
    const key = row.feature.toLowerCase()
    const group = groups.get(key) ?? { feature: row.feature, pairs: [] }
    group.pairs.push(row)
    groups.set(key, group)
  }
  return [...groups.values()].map(({ feature, pairs }) => ({ feature, ...kanoResult(pairs) }))
}
