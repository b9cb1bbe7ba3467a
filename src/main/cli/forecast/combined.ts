import {
  PERCENTILE_LEVELS,
  finishDates,
  type ForecastJob,
  type HowManyForecast,
  type Refusal,
  type WhenForecast
} from '@shared/domain/flow'
import { formatCount, formatNumber } from '@shared/domain/format'
import { teamHistories, type CombinedPlan, type TeamHistory, type TeamPart } from '@shared/domain/teams'
import type { AppContext } from '../../app/context'
import { teamsOf } from '../team-by-name'
import { CliUserError, type CliRuntime } from '../types'
import { dated, productFlow, type History, type HistoryOptions } from './history'
import {
  howManyJson,
  howManyPercentilesJson,
  howManyText,
  whenAt,
  whenJson,
  whenPercentilesJson,
  whenText
} from './output'
import { runForecast } from './runner'

/** The whole product's window (for the dates and the notes) and each team's own history on it. */
export interface TeamsHistory {
  history: History
  teams: TeamHistory[]
}

/** Every team's history of a product, for --all-teams. */
export async function loadTeamsHistory(
  options: HistoryOptions,
  runtime: CliRuntime,
  withContext: <T>(fn: (ctx: AppContext) => Promise<T>) => Promise<T>
): Promise<TeamsHistory> {
  if (options.product === undefined)
    throw new CliUserError('--all-teams needs --product NAME: only a product knows its teams and their histories.')
  const name = options.product
  return withContext(async (ctx) => {
    const { product, data, asOf } = await productFlow(runtime, ctx, name, options.asOf)
    const teams = await teamsOf(runtime, ctx, product, '--all-teams')
    return {
      history: dated(finishDates(data.items), asOf, options.window, data.calendar, null),
      teams: teamHistories(data.items, teams, { asOf, windowDays: options.window }, data.calendar)
    }
  })
}

/** One team's own forecast beside the combined one, or why it has none. */
interface TeamOwn {
  name: string
  part: TeamPart
  forecast: WhenForecast | HowManyForecast | null
  reason: string | null
}

/** Runs the combined forecast and then each team's own, one after the other on the same seed. */
export async function runCombined<J extends ForecastJob>(
  planned: CombinedPlan<J> | Refusal,
  note: (text: string) => void,
  workerScript?: string
): Promise<{ combined: WhenForecast | HowManyForecast; teams: TeamOwn[] }> {
  if ('ok' in planned) throw new CliUserError(planned.reason)
  const { forecast: combined } = await runForecast({ job: planned.combined, exact: false }, note, workerScript)
  const teams: TeamOwn[] = []
  for (const [index, team] of planned.perTeam.entries()) {
    const part = planned.parts[index]!
    if ('ok' in team.job) teams.push({ name: team.name, part, forecast: null, reason: team.job.reason })
    else
      teams.push({
        name: team.name,
        part,
        forecast: (await runForecast({ job: team.job, exact: false }, note, workerScript)).forecast,
        reason: null
      })
  }
  return { combined, teams }
}

const pct = (share: number) => `${Math.round(share * 100)}%`

/** `--json` of a combined forecast: the usual answer for all teams, and each team's part and own forecast. */
export function combinedJson(run: Awaited<ReturnType<typeof runCombined>>, history: History, start: string | null) {
  const { combined } = run
  const whole =
    combined.question === 'when'
      ? whenJson(combined, null, history, start)
      : howManyJson(combined, null, history, start)
  return {
    ...whole,
    team: null,
    teams: run.teams.map(({ name, part, forecast, reason }) => ({
      name,
      perDay: part.perDay,
      share: part.share,
      own:
        forecast === null
          ? null
          : forecast.question === 'when'
            ? { items: forecast.items, percentiles: whenPercentilesJson(forecast, history.calendar, start) }
            : { days: forecast.days, percentiles: howManyPercentilesJson(forecast) },
      reason
    }))
  }
}

/** The combined forecast in words, then a line per team: its pace, its part and its own forecast at 85%. */
export function combinedText(
  run: Awaited<ReturnType<typeof runCombined>>,
  history: History,
  start: string | null
): string[] {
  const { combined } = run
  const who = ' by all teams together'
  const whole =
    combined.question === 'when'
      ? whenText(combined, null, history, start, who)
      : howManyText(combined, null, history, start, who)
  const teamLines = run.teams.map(({ name, part, forecast, reason }) => {
    const about =
      combined.question === 'when'
        ? ` (about ${formatNumber(Math.round(part.share * combined.items))} of the ${formatCount(combined.items, 'item')})`
        : ''
    const own =
      forecast === null
        ? reason
        : forecast.question === 'when'
          ? `its own ${formatCount(forecast.items, 'open item')}, 85%: ${whenAt(forecast, 85, history.calendar, start)}`
          : `${formatCount(forecast.percentiles[85], 'item')} or more on its own (85%)`
    return `  ${name}: ${part.perDay.toFixed(1)} items a day, ${pct(part.share)} of the combined pace${about}; ${own}`
  })
  const [question, ...rest] = whole
  const percentiles = rest.slice(0, PERCENTILE_LEVELS.length)
  const basis = rest.slice(PERCENTILE_LEVELS.length)
  return [
    question!,
    ...percentiles,
    "Each team's part (every simulated day draws each team's day from its own history and adds them up):",
    ...teamLines,
    ...basis
  ]
}
