import { InvalidArgumentError, Option, type Command } from 'commander'
import { TEXT_ENCODINGS, parseSeparatorName, type CsvSeparator } from '@shared/domain/csv'
import { DATE_ORDERS } from '@shared/domain/import/dates'
import { formatNumber } from '@shared/domain/format'
import {
  CALENDAR_NAMES,
  DEFAULT_TRIALS,
  DEFAULT_WINDOW_DAYS,
  EXACT_BUDGET_TRIALS,
  MAX_TRIALS,
  forecastStart,
  newSeed,
  planHowMany,
  planWhen,
  type ForecastJob,
  type Refusal
} from '@shared/domain/flow'
import { planCombinedHowMany, planCombinedWhen, type CombinedPlan } from '@shared/domain/teams'
import { forecastSetting, isoDate } from '../arguments'
import { combinedJson, combinedText, loadTeamsHistory, runCombined, type TeamsHistory } from '../forecast/combined'
import { loadHistory, type History, type HistoryOptions } from '../forecast/history'
import { howManyJson, howManyText, longIdleNote, whenJson, whenText } from '../forecast/output'
import { runForecast } from '../forecast/runner'
import { CliUserError, type CliCommand, type CliRuntime } from '../types'

interface CommonOptions extends HistoryOptions {
  trials: number
  seed?: number
  start?: string
  allTeams?: boolean
}

function separator(text: string): CsvSeparator {
  const value = parseSeparatorName(text)
  if (value === null) throw new InvalidArgumentError('Choose comma, semicolon or tab.')
  return value
}

const SOURCES = ['history', 'product', 'throughput'] as const

/** Options that only say how to read a --history file. */
const fileOption = (flags: string, description: string) =>
  new Option(flags, description).conflicts(['product', 'throughput'])

/** The options both questions share: where the history comes from, its window, and how to run the simulation. */
function addCommonOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--history <file>',
        'CSV export with a header, one row per item: a finish date column (finished, closed, closed date, done, resolved, resolved date), optionally a start date column (started, activated date, start date, in progress); rows without a finish date are left out'
      ).conflicts(['product', 'throughput'])
    )
    .addOption(
      new Option(
        '--product <name>',
        "a product's recorded history, with the product's own working-day calendar"
      ).conflicts(['history', 'throughput'])
    )
    .addOption(
      new Option(
        '--throughput <counts>',
        'daily counts such as 2,0,1 (consecutive working days, the last one on --as-of)'
      ).conflicts(['history', 'product'])
    )
    .addOption(
      new Option(
        '--team <name>',
        "with --product: one team's finished items only, as that team's own history"
      ).conflicts(['history', 'throughput', 'allTeams'])
    )
    .addOption(
      new Option(
        '--all-teams',
        "with --product: every team together, each team's day drawn from its own history and added up, with each team's part and its own forecast"
      ).conflicts(['history', 'throughput', 'team'])
    )
    .option(
      '--as-of <date>',
      'the day the history window ends on, idle days before it included; the forecast starts the next day (default: today; none for --throughput)',
      isoDate
    )
    .option(
      '--window <days>',
      'history window: DAYS calendar days up to and including --as-of (the last DAYS entries of --throughput)',
      forecastSetting('windowDays'),
      DEFAULT_WINDOW_DAYS
    )
    .addOption(
      new Option(
        '--calendar <name>',
        'working days of --history and --throughput: weekdays, or every-day for teams that finish work at weekends (--product uses its own calendar)'
      )
        .choices(CALENDAR_NAMES)
        .default('weekdays')
        .conflicts('product')
    )
    .addOption(
      fileOption('--encoding <name>', '--history file encoding instead of detecting it').choices(TEXT_ENCODINGS)
    )
    .addOption(
      fileOption(
        '--separator <name>',
        '--history file separator instead of detecting it: comma, semicolon or tab'
      ).argParser(separator)
    )
    .addOption(
      fileOption(
        '--date-format <order>',
        '--history numeric dates: dmy (31.12.2025), mdy (12/31/2025) or ymd, instead of detecting the order'
      ).choices(DATE_ORDERS)
    )
    .option(
      '--trials <n>',
      `simulated futures (up to ${formatNumber(MAX_TRIALS)})`,
      forecastSetting('trials'),
      DEFAULT_TRIALS
    )
    .option(
      '--seed <s>',
      'random seed, to repeat a forecast exactly (default: a new one, always printed)',
      forecastSetting('seed')
    )
    .option(
      '--start <date>',
      'first day of the forecast, to turn working days into dates (default: the day after --as-of)',
      isoDate
    )
}

/** Checks where the history comes from; a team needs its product, whose record alone knows the teams. */
function checkSource(options: CommonOptions, command: Command): void {
  const teamOption = options.team !== undefined ? '--team' : options.allTeams ? '--all-teams' : null
  if (teamOption && options.product === undefined) {
    command.error(`error: ${teamOption} needs --product NAME: a team's history is recorded in its product.`, {
      exitCode: 2
    })
  }
  if (!SOURCES.some((source) => options[source] !== undefined)) {
    command.error(
      'error: say where the history comes from: --history FILE.csv, --product NAME or --throughput 2,0,1,...',
      { exitCode: 2 }
    )
  }
}

/** The note on a history that stopped long ago, the forecast's first day and its seed. */
function basis(history: History, options: CommonOptions, runtime: CliRuntime): { start: string | null; seed: number } {
  const note = longIdleNote(history, options.window)
  if (note) runtime.note(note)
  return {
    start: options.start ?? (history.asOf === null ? null : forecastStart(history.asOf)),
    seed: options.seed ?? newSeed()
  }
}

async function prepare(
  options: CommonOptions,
  command: Command,
  runtime: CliRuntime
): Promise<{ history: History; start: string | null; seed: number }> {
  checkSource(options, command)
  const history = await loadHistory(options, runtime, (fn) => runtime.withContext(command, fn))
  return { history, ...basis(history, options, runtime) }
}

/** --all-teams: every team's history of the product, and the plan the question makes of them. */
async function combined(
  options: CommonOptions,
  command: Command,
  runtime: CliRuntime,
  plan: (teams: TeamsHistory['teams'], seed: number) => CombinedPlan<ForecastJob> | Refusal
): Promise<void> {
  checkSource(options, command)
  const { history, teams } = await loadTeamsHistory(options, runtime, (fn) => runtime.withContext(command, fn))
  const { start, seed } = basis(history, options, runtime)
  const run = await runCombined(plan(teams, seed), runtime.note, runtime.io.forecastWorker)
  if (runtime.globals(command).json) runtime.printJson(combinedJson(run, history, start))
  else for (const line of combinedText(run, history, start)) runtime.print(line)
}

const JSON_BASIS = `    "team": NAME | null, "asOf": "YYYY-MM-DD" | null, "calendar": { "weekendsOff", "nonWorkingDays" },
    "window": { "from", "to", "days", "daysWithCompletions" },
    "longIdle": { "lastFinish", "idleDays", "suggestedAsOf" } | null,
    "file": { "path", "finishedRows", "unfinishedRows", "encoding", "separator", "dateOrder" } | null,`

const HISTORY_NOTES = `"window.from"/"to" are null for --throughput, whose "days" are its entries. "longIdle" is set (and
a note printed on stderr) when more than half of the window lies after the history's last finish:
if the history simply ends there, run again with --as-of set to "suggestedAsOf". "file" describes
a --history file: rows without a finish date are counted in "unfinishedRows" and left out.`

const TEAM_NOTES = `"team" names the team of --team. With --all-teams the answer is for every team together (the
window is the product's, no "exact"), with "teams": [{ "name", "perDay", "share", "own": { "items" | "days",
"percentiles" } | null, "reason" }]: each team's pace in the window, its share of the combined pace
(about that share of the items is its work) and its own forecast (its own open items, or the same days).`

const EXACT_NOTES = `"exact" checks the simulation against the exact distribution of the same question:
"largestPercentileGap" is the largest difference between a simulated and an exact percentile
(null when one of them lies beyond ten years), "totalVariation" the total-variation distance of the
two distributions (0: the same, 1: nothing in common). It is not computed when it would take longer
than ${formatNumber(EXACT_BUDGET_TRIALS)} trials of the simulation; "reason" says so.`

const JSON_WHEN = `
With --json (global option), prints:
  { "question": "when", "items", "trials", "seed", "start": "YYYY-MM-DD" | null,
${JSON_BASIS}
    "percentiles": { "50": P, "70": P, "85": P, "95": P },
    "histogram": [{ "days", "count" }, ...], "unfinished",
    "exact": { "computed": true, "percentiles": { "50": n, ... }, "largestPercentileGap", "totalVariation" }
           | { "computed": false, "reason" } }
where P is { "days": n, "date": "YYYY-MM-DD" } when a start is known, else n (working days);
"on or before": P% of trials finished within n working days. n is null when not within ten years.
${HISTORY_NOTES}
${TEAM_NOTES}
${EXACT_NOTES}`

const JSON_HOW_MANY = `
With --json (global option), prints:
  { "question": "how-many", "days", "trials", "seed", "start": "YYYY-MM-DD" | null, "end": "YYYY-MM-DD" | null,
${JSON_BASIS}
    "percentiles": { "50": n, "70": n, "85": n, "95": n },
    "histogram": [{ "items", "count" }, ...],
    "exact": { "computed": true, "percentiles": { "50": n, ... }, "largestPercentileGap", "totalVariation" }
           | { "computed": false, "reason" } }
where n is read from the top: P% of trials finished n items or more. "end" is the last working day.
${HISTORY_NOTES}
${TEAM_NOTES}
${EXACT_NOTES}`

/** A refused forecast (thin history, bad input) is a user error with the engine's explanation. */
function checked<J extends ForecastJob>(job: J | Refusal): J {
  if ('ok' in job) throw new CliUserError(job.reason)
  return job
}

const forecast: CliCommand = {
  name: 'forecast',
  register(program, runtime) {
    const group = program
      .command('forecast')
      .description('Monte Carlo forecasts from a throughput history: "when" and "how many".')

    addCommonOptions(
      group
        .command('when')
        .description('When will N items be done? Percentiles of working days (and dates), "on or before".')
        .requiredOption('--items <n>', 'how many items', forecastSetting('items'))
    )
      .addHelpText('after', JSON_WHEN)
      .action(async (options: CommonOptions & { items: number }, command: Command) => {
        if (options.allTeams) {
          return combined(options, command, runtime, (teams, seed) =>
            planCombinedWhen({ teams, items: options.items, trials: options.trials, seed })
          )
        }
        const { json } = runtime.globals(command)
        const { history, start, seed } = await prepare(options, command, runtime)
        const job = checked(
          planWhen({ dailyThroughput: history.series, items: options.items, trials: options.trials, seed })
        )
        const { forecast, exact } = await runForecast({ job, exact: true }, runtime.note, runtime.io.forecastWorker)
        if (json) runtime.printJson(whenJson(forecast, exact, history, start))
        else for (const line of whenText(forecast, exact, history, start)) runtime.print(line)
      })

    addCommonOptions(
      group
        .command('how-many')
        .description('How many items in the next D working days? Percentiles read from the top: "N items or more".')
        .requiredOption('--days <d>', 'working days to forecast', forecastSetting('days'))
    )
      .addHelpText('after', JSON_HOW_MANY)
      .action(async (options: CommonOptions & { days: number }, command: Command) => {
        if (options.allTeams) {
          return combined(options, command, runtime, (teams, seed) =>
            planCombinedHowMany({ teams, days: options.days, trials: options.trials, seed })
          )
        }
        const { json } = runtime.globals(command)
        const { history, start, seed } = await prepare(options, command, runtime)
        const job = checked(
          planHowMany({ dailyThroughput: history.series, days: options.days, trials: options.trials, seed })
        )
        const { forecast, exact } = await runForecast({ job, exact: true }, runtime.note, runtime.io.forecastWorker)
        if (json) runtime.printJson(howManyJson(forecast, exact, history, start))
        else for (const line of howManyText(forecast, exact, history, start)) runtime.print(line)
      })
  }
}

export default forecast
