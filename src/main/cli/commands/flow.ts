import type { Command } from 'commander'
import {
  DEFAULT_WINDOW_DAYS,
  PERCENTILE_LEVELS,
  flowSummary,
  lastDays,
  sleText,
  type FlowSummary
} from '@shared/domain/flow'
import { formatCount, formatNumber } from '@shared/domain/format'
import { flowOfTeam } from '@shared/domain/teams'
import { forecastSetting, isoDate } from '../arguments'
import { productFlow } from '../forecast/history'
import { teamByName } from '../team-by-name'
import type { CliCommand } from '../types'

interface MetricsOptions {
  product: string
  team?: string
  window: number
  asOf?: string
}

const JSON_METRICS = `
With --json (global option), prints:
  { "product", "team": NAME | null, "window": { "from", "to" }, "finished", "workingDays", "perWorkingDay",
    "cycleTime": { "50", "70", "85", "95" } | null,
    "suggestedSle": { "percentile", "days" } | null, "sle": { "percentile", "days" } | null,
    "attainment": { "finished", "within", "percent", "met" } | null, "agingPastSle",
    "wip": [{ "state", "category", "count", "wipLimit", "excess", "daysOver", "lastOver" }, ...] }
"cycleTime" holds days of the items finished in the window. "sle" is the one the team chose (with
--team, that team's own), "suggestedSle" the 85th percentile of the window. "wip" lists the to-do and
in-progress states with the items in them today against the WIP limit (with --team, the team's own),
and the days of the window a state ended above it.`

/** The summary in sentences, one fact a line. */
function metricsText(summary: FlowSummary, whose: string): string[] {
  const { window, cycleTime, suggestedSle, sle, attainment } = summary
  const wip = summary.wip.map((s) => {
    const limit = s.wipLimit === null ? 'no WIP limit' : `WIP limit ${s.wipLimit}`
    const over = s.excess > 0 ? `, OVER by ${s.excess}` : ''
    const past =
      s.daysOver > 0 ? `; above it on ${formatCount(s.daysOver, 'day')} of the window, the last ${s.lastOver}` : ''
    return `  ${s.state}: ${formatCount(s.count, 'item')} (${limit}${over})${past}`
  })
  return [
    `Flow of ${whose}, ${window.from} to ${window.to}:`,
    `Throughput: ${formatCount(summary.finished, 'item')} finished in ${formatCount(summary.workingDays, 'working day')}, ${summary.perWorkingDay.toFixed(2)} a working day.`,
    cycleTime
      ? `Cycle time: ${PERCENTILE_LEVELS.map((p) => `${cycleTime[p]}`).join(' / ')} days at ${PERCENTILE_LEVELS.join(' / ')}%.`
      : 'Cycle time: no finished item with a start in this window.',
    suggestedSle
      ? `The history suggests an SLE of ${sleText(suggestedSle)}.`
      : 'The history suggests no SLE until items finish in this window.',
    sle
      ? `Chosen SLE: ${sleText(sle)}${attainment?.percent == null ? '.' : `; ${formatNumber(attainment.within)} of ${formatNumber(attainment.finished)} finished items (${attainment.percent}%) kept to it: ${attainment.met ? 'it held' : 'it did not hold'}.`}`
      : 'Chosen SLE: none yet (set one on Flow › Metrics).',
    ...(sle ? [`Started items older than the SLE today: ${summary.agingPastSle}.`] : []),
    'Work in progress today:',
    ...wip
  ]
}

const flow: CliCommand = {
  name: 'flow',
  register(program, runtime) {
    const group = program
      .command('flow')
      .description("Flow metrics of a product's recorded history, for the whole product or one team.")
    group
      .command('metrics')
      .description(
        'Throughput, cycle time, the SLE chosen and the one history suggests, and the work in progress per state against its WIP limit.'
      )
      .requiredOption('--product <name>', 'the product')
      .option('--team <name>', "one team's items, against the team's own WIP limits and SLE")
      .option(
        '--window <days>',
        'DAYS calendar days up to and including --as-of',
        forecastSetting('windowDays'),
        DEFAULT_WINDOW_DAYS
      )
      .option('--as-of <date>', 'the day the window ends on (default: today)', isoDate)
      .addHelpText('after', JSON_METRICS)
      .action(async (options: MetricsOptions, command: Command) => {
        const { json } = runtime.globals(command)
        const { product, team, summary } = await runtime.withContext(command, async (ctx) => {
          const { product, data, asOf } = await productFlow(runtime, ctx, options.product, options.asOf)
          const team = options.team === undefined ? null : await teamByName(runtime, ctx, product, options.team)
          return {
            product,
            team,
            summary: flowSummary(flowOfTeam(data, team?.id ?? 'all'), lastDays(asOf, options.window))
          }
        })
        if (json) runtime.printJson({ product: product.name, team: team?.name ?? null, ...summary })
        else
          for (const line of metricsText(summary, team ? `${team.name} (${product.name})` : product.name))
            runtime.print(line)
      })
  }
}

export default flow
