import { addDays, startOfWeek } from '../flow/dates'
import { arrivalsAndDepartures, type ArrivalsDepartures, type FlowItem } from '../flow/metrics'
import { formatCount, formatNumber } from '../format'
import { finding, letterRating, percentOf } from './rating'
import { DEEP_NAMES, type Finding, type HealthItem, type LetterHealth } from './types'

export const RECENT_DAYS = 30
export const STALE_DAYS = 180
export const CHART_WEEKS = 12

export interface RemovedItem {
  id: number
  title: string
  createdAt: string
  deletedAt: string
}

export interface EmergenceInput {
  /** Live items, open and done. */
  items: readonly HealthItem[]
  /** Deleted items, at least those deleted in the last RECENT_DAYS days. */
  removed: readonly RemovedItem[]
  flowItems: readonly FlowItem[]
  /** The current time (ISO). */
  now: string
}

export interface EmergentHealth extends LetterHealth {
  /** Arrivals (new items) and departures (finished items) per week, oldest first. */
  weekly: ArrivalsDepartures[]
}

const DAY_MS = 86_400_000
const daysBefore = (now: string, days: number) => new Date(Date.parse(now) - days * DAY_MS).toISOString()

/**
 * Emergent: a living backlog keeps changing. Counts what was added, changed, split and removed in the
 * last 30 days, which open items nobody touched for half a year, and arrivals against departures per
 * week. The score is the share of open items touched within 180 days; a month without any change is
 * poor whatever the score.
 */
export function assessEmergent({ items, removed, flowItems, now }: EmergenceInput): EmergentHealth {
  const today = now.slice(0, 10)
  const since = daysBefore(now, RECENT_DAYS)
  const staleBefore = daysBefore(now, STALE_DAYS)
  const from = startOfWeek(addDays(today, -7 * (CHART_WEEKS - 1)))
  const weekly = arrivalsAndDepartures(flowItems, { from, to: today }, 'week')
  const name = DEEP_NAMES.emergent

  const recentlyRemoved = removed.filter((item) => item.deletedAt >= since)
  const added = [...items, ...recentlyRemoved].filter((item) => item.createdAt >= since)
  const changed = items.filter((item) => item.updatedAt >= since && item.createdAt < since)
  const splitIds = new Set(
    items.flatMap((item) => (item.parentId !== null && item.createdAt >= since ? [item.parentId] : []))
  )
  const liveIds = new Set(items.map((item) => item.id))
  const split = [...splitIds].filter((id) => liveIds.has(id))
  const open = items.filter((item) => item.open)
  const stale = open.filter((item) => item.updatedAt < staleBefore)
  const ids = (list: readonly { id: number }[]) => list.map((item) => item.id)

  const findings: Finding[] = []
  const changes = added.length + changed.length + split.length + recentlyRemoved.length
  if (changes === 0) {
    findings.push(
      finding(
        'no-change',
        'poor',
        `Nothing was added, changed, split or removed in the last ${RECENT_DAYS} days.`,
        'Refine with the team and bring in what the last Sprint Review, users and stakeholders taught you; a backlog that never changes has stopped learning.'
      )
    )
  } else {
    findings.push(
      finding(
        'added',
        'info',
        `${formatCount(added.length, 'item')} added in the last ${RECENT_DAYS} days.`,
        'Check that each new item earns its place, and put it where it belongs in the order.',
        ids(added)
      )
    )
    findings.push(
      finding(
        'changed',
        'info',
        `${formatCount(changed.length, 'older item')} refined or otherwise changed (text, estimate, status or place) in the last ${RECENT_DAYS} days.`,
        'Nothing to do: this is refinement happening.',
        ids(changed)
      )
    )
    findings.push(
      finding(
        'split',
        'info',
        `${formatCount(split.length, 'item')} split into smaller ones in the last ${RECENT_DAYS} days.`,
        'Check that each piece is still worth something on its own.',
        split
      )
    )
    findings.push(
      finding(
        'removed',
        'info',
        `${formatCount(recentlyRemoved.length, 'item')} removed in the last ${RECENT_DAYS} days.`,
        'Nothing to do: removing what no longer matters keeps the backlog lean.',
        ids(recentlyRemoved)
      )
    )
  }
  if (stale.length > 0) {
    findings.push(
      finding(
        'untouched',
        'attention',
        `${formatCount(stale.length, 'open item')} ${stale.length === 1 ? 'has' : 'have'} not been touched for more than ${STALE_DAYS} days.`,
        'Go through them: remove what nobody will build, and refine or re-order what still matters.',
        ids(stale)
      )
    )
  }
  const arrivals = weekly.reduce((sum, week) => sum + week.arrivals, 0)
  const departures = weekly.reduce((sum, week) => sum + week.departures, 0)
  const growing = arrivals - departures >= 5 && arrivals > departures * 1.5
  findings.push(
    finding(
      'arrivals-departures',
      growing ? 'attention' : 'info',
      `${formatCount(arrivals, 'item')} arrived and ${formatNumber(departures)} finished in the last ${CHART_WEEKS} weeks.`,
      growing
        ? 'The backlog grows much faster than the team finishes: say "not now" more often and remove items nobody will reach.'
        : 'Nothing to do: the backlog grows about as fast as the team finishes, or shrinks.'
    )
  )

  if (open.length === 0)
    return {
      letter: 'emergent',
      name,
      score: null,
      rating: null,
      summary: 'No open items to look at.',
      findings,
      weekly
    }
  const score = percentOf(open.length - stale.length, open.length)
  return {
    letter: 'emergent',
    name,
    score,
    rating: letterRating(score, findings),
    summary: `In the last ${RECENT_DAYS} days: ${formatNumber(added.length)} added, ${formatNumber(changed.length)} changed, ${formatNumber(split.length)} split, ${formatNumber(recentlyRemoved.length)} removed; ${formatNumber(stale.length)} untouched for over ${STALE_DAYS} days.`,
    findings,
    weekly
  }
}
