import type { MoscowGroup } from '@shared/api/methods/ordering'
import { MOSCOW_LABELS, type Moscow } from '@shared/domain/ordering/scales'

export interface ShareSegment {
  category: Moscow
  label: string
  effort: number
  count: number
  /** Share of the effort planned for the release (Must + Should + Could); Won't is outside it. */
  share: number | null
}

const PLANNED = ['must', 'should', 'could'] as const

/** The bar's segments: Must, Should and Could as shares of the planned effort, then Won't beside them. */
export function shareSegments(group: MoscowGroup): ShareSegment[] {
  const planned = PLANNED.reduce((sum, category) => sum + group.effort[category], 0)
  const segment = (category: Moscow, share: number | null): ShareSegment => ({
    category,
    label: MOSCOW_LABELS[category],
    effort: group.effort[category],
    count: group.counts[category],
    share
  })
  return [
    ...PLANNED.map((category) => segment(category, planned > 0 ? group.effort[category] / planned : null)),
    segment('wont', null)
  ]
}

export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`
}
