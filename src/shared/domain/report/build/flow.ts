import {
  PERCENTILE_LEVELS,
  cycleTimePercentiles,
  cycleTimes,
  lastDays,
  serviceLevelExpectation,
  sleAttainment,
  sleText,
  weeklyThroughput,
  wipBreaches,
  wipPerState,
  type CycleTimePoint,
  type ServiceLevelExpectation
} from '../../flow'
import { formatCount, formatNumber } from '../../format'
import type { ReportData } from '../data'
import type { ReportBlock, ReportPeriod } from '../document'
import { formatDay, inPeriod } from '../period'

/** Without a period, flow looks at the last 90 days: enough for a stable Service Level Expectation. */
export const DEFAULT_FLOW_DAYS = 90

/**
 * Weekly throughput, cycle-time percentiles with the SLE the history suggests and the one the team
 * chose, the WIP limits and policies with the days above each limit, and the forecasts saved in the period.
 */
export function flowBlocks(flow: NonNullable<ReportData['flow']>, period: ReportPeriod | null): ReportBlock[] {
  const window = period ?? lastDays(flow.data.today, DEFAULT_FLOW_DAYS)
  const weeks = weeklyThroughput(flow.data.items, window)
  const points = cycleTimes(flow.data.items, window)
  const percentiles = cycleTimePercentiles(points)
  const sle = serviceLevelExpectation(points)
  const finished = weeks.reduce((sum, w) => sum + w.count, 0)
  const limited = flow.data.states.filter((s) => s.wipLimit !== null)
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: `Flow from ${formatDay(window.from)} to ${formatDay(window.to)}.` },
    {
      kind: 'facts',
      facts: [
        { label: 'Items finished', value: formatNumber(finished) },
        { label: 'Average per week', value: weeks.length ? (finished / weeks.length).toFixed(1) : 'n/a' },
        {
          label: 'Service Level Expectation the history suggests',
          value:
            sle === null ? 'not enough finished items' : `85% of items finish in ${formatCount(sle, 'day')} or less`
        },
        { label: 'Service Level Expectation the team chose', value: teamSleValue(flow.data.sle, points) },
        {
          label: 'WIP limits',
          value: limited.length === 0 ? 'none set' : limited.map((s) => `${s.name} ${s.wipLimit}`).join(', ')
        },
        {
          label: 'Cycle time percentiles (50 / 70 / 85 / 95)',
          value: percentiles ? PERCENTILE_LEVELS.map((p) => `${percentiles[p]} d`).join(' / ') : 'n/a'
        }
      ]
    }
  ]
  if (weeks.length > 0)
    blocks.push({
      kind: 'chart',
      chart: {
        type: 'bar',
        title: 'Throughput per week',
        xLabel: 'Week starting',
        yLabel: 'Items finished',
        points: weeks.map((w) => ({ label: w.weekStart.slice(5), value: w.count })),
        markers: []
      }
    })
  if (points.length > 0)
    blocks.push({
      kind: 'chart',
      chart: {
        type: 'line',
        title: 'Cycle time of finished items',
        xLabel: 'Finish date',
        yLabel: 'Cycle time (days)',
        points: points.map((p) => ({ label: p.finishedOn.slice(5), value: p.days })),
        markers: [
          ...(sle === null ? [] : [{ label: `SLE ${sle} d (85th percentile)`, value: sle }]),
          ...(flow.data.sle
            ? [{ label: `Team SLE ${flow.data.sle.days} d (${flow.data.sle.percentile}%)`, value: flow.data.sle.days }]
            : [])
        ]
      }
    })

  const withPolicies = flow.data.states.filter(
    (s) => s.wipLimit !== null || s.entryPolicy !== '' || s.exitPolicy !== ''
  )
  if (withPolicies.length > 0) {
    const breaches = new Map(
      wipBreaches(wipPerState(flow.data, window), flow.data.states).map((b) => [b.state, b.days.length])
    )
    blocks.push({
      kind: 'table',
      caption:
        'WIP limits and explicit policies per workflow state (days above a limit are counted against today’s limit)',
      columns: ['State', 'WIP limit', 'Days above it', 'Enters when', 'Leaves when'],
      rows: withPolicies.map((s) => [
        s.name,
        s.wipLimit === null ? 'none' : String(s.wipLimit),
        s.wipLimit === null ? '' : String(breaches.get(s.name) ?? 0),
        s.entryPolicy,
        s.exitPolicy
      ])
    })
  }

  blocks.push({ kind: 'heading', text: 'Saved forecasts' })
  const forecasts = flow.forecasts.filter((f) => inPeriod(period, f.createdAt))
  if (forecasts.length === 0) blocks.push({ kind: 'paragraph', text: 'No forecast was saved in the period.' })
  else
    blocks.push({
      kind: 'table',
      caption: 'Monte Carlo forecasts, with the 50th, 85th and 95th percentiles',
      columns: ['Saved', 'Forecast', '50%', '85%', '95%'],
      rows: forecasts.map((f) => [
        formatDay(f.createdAt),
        f.label,
        ...([50, 85, 95] as const).map((p) => forecastValue(f, p))
      ])
    })
  return blocks
}

function forecastValue(forecast: NonNullable<ReportData['flow']>['forecasts'][number], level: 50 | 85 | 95): string {
  const value = forecast.result.percentiles[level]
  if (value === null) return 'beyond ten years'
  if (forecast.question === 'how-many') return `${formatCount(value, 'item')} or more`
  const date = forecast.result.percentileDates?.[level]
  return date ? `on or before ${formatDay(date)}` : formatCount(value, 'working day')
}

function teamSleValue(team: ServiceLevelExpectation | null, points: readonly CycleTimePoint[]): string {
  if (!team) return 'not set'
  const attainment = sleAttainment(points, team)
  if (attainment.percent === null) return `${sleText(team)}; no item finished in the period`
  return `${sleText(team)}; ${formatNumber(attainment.within)} of ${formatCount(attainment.finished, 'item')} finished in the period (${attainment.percent}%) kept to it, so it ${attainment.met ? 'held' : 'did not hold'}`
}
