import type { KanoFeatureResult } from '@shared/api/methods/kano'
import { KANO_CATEGORY_LABELS, type KanoCategory } from '@shared/domain/ordering/scales'
import { KANO_TIE_ORDER } from '@shared/domain/ordering/kano'

/** Stacks in the order of the tie rule, so the categories that matter most sit next to the axis. */
export const STACK_ORDER: readonly KanoCategory[] = KANO_TIE_ORDER

export const CATEGORY_COLOURS: Record<KanoCategory, string> = {
  A: 'var(--kano-a)',
  O: 'var(--kano-o)',
  M: 'var(--kano-m)',
  I: 'var(--kano-i)',
  R: 'var(--kano-r)',
  Q: 'var(--kano-q)'
}

export type KanoBar = { feature: string; total: number } & Record<KanoCategory, number>

/** Beyond this many bars the chart stops being readable; the result list names every feature. */
export const MAX_BARS = 25

/**
 * One bar per feature with answers; each category's share of that feature's answers, in percent.
 * With more than `limit` such features, the bars are those with the most answers, most first;
 * `answered` counts them all.
 */
export function kanoBars(
  results: readonly KanoFeatureResult[],
  limit = MAX_BARS
): { bars: KanoBar[]; answered: number } {
  const answered = results.filter((result) => result.total > 0)
  const shown = answered.length <= limit ? answered : [...answered].sort((a, b) => b.total - a.total).slice(0, limit)
  const bars = shown.map((result) => {
    const share = (category: KanoCategory) => (100 * result.counts[category]) / result.total
    return {
      feature: result.feature,
      total: result.total,
      A: share('A'),
      O: share('O'),
      M: share('M'),
      I: share('I'),
      R: share('R'),
      Q: share('Q')
    }
  })
  return { bars, answered: answered.length }
}

export function categoryName(category: KanoCategory | null): string {
  return category === null ? 'No answers yet' : KANO_CATEGORY_LABELS[category]
}
