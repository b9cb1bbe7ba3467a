import { InvalidArgumentError, Option, type Command } from 'commander'
import { TEXT_ENCODINGS, parseSeparatorName, type CsvSeparator } from '@shared/domain/csv'
import { DATE_ORDERS } from '@shared/domain/import/dates'
import {
  CALENDAR_NAMES,
  DEFAULT_TRIALS,
  DEFAULT_WINDOW_DAYS,
  EXACT_BUDGET_TRIALS,
  MAX_TRIALS,
  forecastStart,
  isIsoDay,
  newSeed,
  planHowMany,
  planWhen,
  readSetting,
  type ForecastJob,
  type ForecastSetting,
  type Refusal
} from '@shared/domain/flow'
import { loadHistory, type History, type HistoryOptions } from '../forecast/history'
import { howManyJson, howManyText, longIdleNote, whenJson, whenText } from '../forecast/output'
import { runForecast } from '../forecast/runner'
import { CliUserError, type CliCommand, type CliRuntime } from '../types'

interface CommonOptions extends HistoryOptions {
  trials: number
  seed?: number
  start?: string
}

/** An option read as one of the forecast settings, with the app's bounds and words. */
const setting = (name: ForecastSetting) => (text: string) => {
  const read = readSetting(name, text)
  if (!read.ok) throw new InvalidArgumentError(read.message)
  return read.value
}

function isoDate(text: string): string {
  if (!isIsoDay(text)) throw new InvalidArgumentError('Write the date as YYYY-MM-DD.')
  return text
}

function separator(text: string): CsvSeparator {
  const value = parseSeparatorName(text)
  if (value === null) throw new InvalidArgumentError('Choose comma, semicolon or tab.')
  return value
}

const SOURCES = ['history', 'product', 'throughput'] as const

/** Options that only say how to read a --history file. */
const fileOption = (flags: string, description: string) => new Option(flags, description).conflicts(['product', 'throughput'])

/** The options both questions share: where the history comes from, its window, and how to run the simulation. */
function addCommonOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--history <file>', 'CSV export with a header, one row per item: a finish date column (finished, closed, closed date, done, resolved, resolved date), optionally a start date column (started, activated date, start date, in progress); rows without a finish date are left out').conflicts(['product', 'throughput'])
    )
    .addOption(new Option('--product <name>', "a product's recorded history, with the product's own working-day calendar").conflicts(['history', 'throughput']))
    .addOption(new Option('--throughput <counts>', 'daily counts such as 2,0,1 (consecutive working days, the last one on --as-of)').conflicts(['history', 'product']))
    .option('--as-of <date>', 'the day the history window ends on, idle days before it included; the forecast starts the next day (default: today; none for --throughput)', isoDate)
    .option('--window <days>', 'history window: DAYS calendar days up to and including --as-of (the last DAYS entries of --throughput)', setting('windowDays'), DEFAULT_WINDOW_DAYS)
    .addOption(
      new Option('--calendar <name>', 'working days of --history and --throughput: weekdays, or every-day for teams that finish work at weekends (--product uses its own calendar)')
        .choices(CALENDAR_NAMES)
        .default('weekdays')
        .conflicts('product')
    )
    .addOption(fileOption('--encoding <name>', '--history file encoding instead of detecting it').choices(TEXT_ENCODINGS))
    .addOption(fileOption('--separator <name>', '--history file separator instead of detecting it: comma, semicolon or tab').argParser(separator))
    .addOption(fileOption('--date-format <order>', '--history numeric dates: dmy (31.12.2025), mdy (12/31/2025) or ymd, instead of detecting the order').choices(DATE_ORDERS))
    .option('--trials <n>', `simulated futures (up to ${MAX_TRIALS.toLocaleString('en')})`, setting('trials'), DEFAULT_TRIALS)
    .option('--seed <s>', 'random seed, to repeat a forecast exactly (default: a new one, always printed)', setting('seed'))
    .option('--start <date>', 'first day of the forecast, to turn working days into dates (default: the day after --as-of)', isoDate)
}

async function prepare(options: CommonOptions, command: Command, runtime: CliRuntime): Promise<{ history: History; start: string | null; seed: number }> {
  if (!SOURCES.some((source) => options[source] !== undefined)) {
    command.error('error: say where the history comes from: --history FILE.csv, --product NAME or --throughput 2,0,1,...', { exitCode: 2 })
  }
  const history = await loadHistory(options, runtime, (fn) => runtime.withContext(command, fn))
  const note = longIdleNote(history, options.window)
  if (note) runtime.note(note)
  const start = options.start ?? (history.asOf === null ? null : forecastStart(history.asOf))
  return { history, start, seed: options.seed ?? newSeed() }
}

const JSON_BASIS = `    "asOf": "YYYY-MM-DD" | null, "calendar": { "weekendsOff", "nonWorkingDays" },
    "window": { "from", "to", "days", "daysWithCompletions" },
    "longIdle": { "lastFinish", "idleDays", "suggestedAsOf" } | null,
    "file": { "path", "finishedRows", "unfinishedRows", "encoding", "separator", "dateOrder" } | null,`

const HISTORY_NOTES = `"window.from"/"to" are null for --throughput, whose "days" are its entries. "longIdle" is set (and
a note printed on stderr) when more than half of the window lies after the history's last finish:
if the history simply ends there, run again with --as-of set to "suggestedAsOf". "file" describes
a --history file: rows without a finish date are counted in "unfinishedRows" and left out.`

const EXACT_NOTES = `"exact" checks the simulation against the exact distribution of the same question:
"largestPercentileGap" is the largest difference between a simulated and an exact percentile
(null when one of them lies beyond ten years), "totalVariation" the total-variation distance of the
two distributions (0: the same, 1: nothing in common). It is not computed when it would take longer
than ${EXACT_BUDGET_TRIALS.toLocaleString('en')} trials of the simulation; "reason" says so.`

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
${EXACT_NOTES}`

/** A refused forecast (thin history, bad input) is a user error with the engine's explanation. */
function checked<J extends ForecastJob>(job: J | Refusal): J {
  if ('ok' in job) throw new CliUserError(job.reason)
  return job
}

const forecast: CliCommand = {
  name: 'forecast',
  register(program, runtime) {
    const group = program.command('forecast').description('Monte Carlo forecasts from a throughput history: "when" and "how many".')

    addCommonOptions(
      group
        .command('when')
        .description('When will N items be done? Percentiles of working days (and dates), "on or before".')
        .requiredOption('--items <n>', 'how many items', setting('items'))
    )
      .addHelpText('after', JSON_WHEN)
      .action(async (options: CommonOptions & { items: number }, command: Command) => {
        const { json } = runtime.globals(command)
        const { history, start, seed } = await prepare(options, command, runtime)
        const job = checked(planWhen({ dailyThroughput: history.series, items: options.items, trials: options.trials, seed }))
        const { forecast, exact } = await runForecast({ job, exact: true }, runtime.note, runtime.io.forecastWorker)
        if (json) runtime.printJson(whenJson(forecast, exact, history, start))
        else for (const line of whenText(forecast, exact, history, start)) runtime.print(line)
      })

    addCommonOptions(
      group
        .command('how-many')
        .description('How many items in the next D working days? Percentiles read from the top: "N items or more".')
        .requiredOption('--days <d>', 'working days to forecast', setting('days'))
    )
      .addHelpText('after', JSON_HOW_MANY)
      .action(async (options: CommonOptions & { days: number }, command: Command) => {
        const { json } = runtime.globals(command)
        const { history, start, seed } = await prepare(options, command, runtime)
        const job = checked(planHowMany({ dailyThroughput: history.series, days: options.days, trials: options.trials, seed }))
        const { forecast, exact } = await runForecast({ job, exact: true }, runtime.note, runtime.io.forecastWorker)
        if (json) runtime.printJson(howManyJson(forecast, exact, history, start))
        else for (const line of howManyText(forecast, exact, history, start)) runtime.print(line)
      })
  }
}

export default forecast
