import type { KanoFeatureResult } from '@shared/api/methods/ordering'
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

/** One bar per feature with answers; each category's share of that feature's answers, in percent. */
export function kanoBars(results: readonly KanoFeatureResult[]): KanoBar[] {
  return results
    .filter((result) => result.total > 0)
    .map((result) => {
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
}

export function categoryName(category: KanoCategory | null): string {
  return category === null ? 'No answers yet' : KANO_CATEGORY_LABELS[category]
}
