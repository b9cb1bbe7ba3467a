import { formatNumber } from './compare'
import { MOSCOW, MUST_SHARE_LIMIT, type Moscow } from './scales'

export interface MoscowItem {
  moscow: Moscow | null
  releaseId: number | null
  /** The team's estimate, else the effort score, else the Job Size; null when the item has none. */
  size: number | null
}

export interface ReleaseInfo {
  id: number
  name: string
  targetDate: string | null
}

type PerMoscow = Record<Moscow, number>

export interface MoscowSummary {
  releaseId: number | null
  name: string
  targetDate: string | null
  counts: PerMoscow
  effort: PerMoscow
  totalEffort: number
  mustShare: number | null
  unsized: number
  warning: string | null
}

export const NO_RELEASE_NAME = 'No release'

const zeros = (): PerMoscow => ({ must: 0, should: 0, could: 0, wont: 0 })

/** The size MoSCoW shares are measured in: what the team estimated first, then the relative scores. */
export function moscowSize(item: {
  estimate: number | null
  effort: number | null
  jobSize: number | null
}): number | null {
  return item.estimate ?? item.effort ?? item.jobSize
}

/**
 * MoSCoW per release (releases in the given order, then "No release" when any categorised item has
 * none). The Must share is of the effort planned for the release: Must + Should + Could, since
 * Won't items are out of it. Above 60% the release has too little slack for surprises.
 */
export function moscowSummaries(items: readonly MoscowItem[], releases: readonly ReleaseInfo[]): MoscowSummary[] {
  const groups = new Map<number | null, MoscowSummary>()
  const group = (releaseId: number | null, name: string, targetDate: string | null) => {
    const summary: MoscowSummary = {
      releaseId,
      name,
      targetDate,
      counts: zeros(),
      effort: zeros(),
      totalEffort: 0,
      mustShare: null,
      unsized: 0,
      warning: null
    }
    groups.set(releaseId, summary)
    return summary
  }
  for (const release of releases) group(release.id, release.name, release.targetDate)
  for (const item of items) {
    if (item.moscow === null) continue
    const summary = groups.get(item.releaseId) ?? groups.get(null) ?? group(null, NO_RELEASE_NAME, null)
    summary.counts[item.moscow]++
    if (item.size === null) summary.unsized++
    else summary.effort[item.moscow] += item.size
  }
  for (const summary of groups.values()) {
    const planned = summary.effort.must + summary.effort.should + summary.effort.could
    summary.totalEffort = MOSCOW.reduce((sum, category) => sum + summary.effort[category], 0)
    summary.mustShare = planned > 0 ? summary.effort.must / planned : null
    if (summary.mustShare !== null && summary.mustShare > MUST_SHARE_LIMIT) {
      const percent = formatNumber(Math.round(summary.mustShare * 100))
      summary.warning =
        `Musts take ${percent}% of the effort planned for ${summary.name}. Above about 60% there is little room left ` +
        'for surprises: keep as Must only what the release is worthless without.'
    }
  }
  return [...groups.values()]
}
