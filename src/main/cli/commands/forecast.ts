import { InvalidArgumentError, Option, type Command } from 'commander'
import { MAX_FORECAST_DAYS, MAX_TRIALS, isIsoDay, newSeed, parseSeed } from '@shared/domain/flow'
import { loadHistory, type History, type HistorySource } from '../forecast/history'
import { howManyJson, howManyText, whenJson, whenText } from '../forecast/output'
import { runForecast } from '../forecast/runner'
import { CliUserError, type CliCommand, type CliRuntime } from '../types'

interface CommonOptions extends HistorySource {
  window: number
  trials: number
  seed?: number
  start?: string
}

const wholeNumber = (what: string, min: number, max: number) => (text: string) => {
  const value = Number(text)
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new InvalidArgumentError(`${what} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`)
  }
  return value
}

function isoDate(text: string): string {
  if (!isIsoDay(text)) throw new InvalidArgumentError('Write the date as YYYY-MM-DD.')
  return text
}

function seed(text: string): number {
  const value = parseSeed(text)
  if (value === null) throw new InvalidArgumentError('A seed is a whole number from 0 to 4294967295.')
  return value
}

const SOURCES = ['history', 'product', 'throughput'] as const

/** The options both questions share: where the history comes from and how to run the simulation. */
function addCommonOptions(command: Command): Command {
  return command
    .addOption(new Option('--history <file>', 'CSV with a header, one row per finished item: a "finished" date column, optionally "started" (weekends off)').conflicts(['product', 'throughput']))
    .addOption(new Option('--product <name>', "a product's recorded history, with its working-day calendar").conflicts(['history', 'throughput']))
    .addOption(new Option('--throughput <counts>', 'daily counts such as 2,0,1 (consecutive working days)').conflicts(['history', 'product']))
    .option('--window <days>', 'history window: the last DAYS calendar days (entries of --throughput)', wholeNumber('The window', 1, 3650), 90)
    .option('--trials <n>', `simulated futures (up to ${MAX_TRIALS.toLocaleString('en')})`, wholeNumber('The number of trials', 1, MAX_TRIALS), 10_000)
    .option('--seed <s>', 'random seed, to repeat a forecast exactly (default: a new one, always printed)', seed)
    .option('--start <date>', 'first day of the forecast, to turn working days into dates (default: the day after the history; none for --throughput)', isoDate)
}

async function prepare(options: CommonOptions, command: Command, runtime: CliRuntime): Promise<{ history: History; start: string | null; seed: number }> {
  if (!SOURCES.some((source) => options[source] !== undefined)) {
    command.error('error: say where the history comes from: --history FILE.csv, --product NAME or --throughput 2,0,1,...', { exitCode: 2 })
  }
  const history = await loadHistory(options, options.window, runtime, (fn) => runtime.withContext(command, fn))
  return { history, start: options.start ?? history.defaultStart, seed: options.seed ?? newSeed() }
}

const JSON_WHEN = `
With --json (global option), prints:
  { "question": "when", "items", "trials", "seed", "start": "YYYY-MM-DD" | null,
    "window": { "from", "to", "days", "daysWithCompletions" },
    "percentiles": { "50": P, "70": P, "85": P, "95": P },
    "histogram": [{ "days", "count" }, ...], "unfinished" }
where P is { "days": n, "date": "YYYY-MM-DD" } when a start is known, else n (working days);
"on or before": P% of trials finished within n working days. n is null when not within ten years.
"window.from"/"to" are null for --throughput, whose "days" are its entries.`

const JSON_HOW_MANY = `
With --json (global option), prints:
  { "question": "how-many", "days", "trials", "seed", "start": "YYYY-MM-DD" | null, "end": "YYYY-MM-DD" | null,
    "window": { "from", "to", "days", "daysWithCompletions" },
    "percentiles": { "50": n, "70": n, "85": n, "95": n },
    "histogram": [{ "items", "count" }, ...] }
where n is read from the top: P% of trials finished n items or more. "end" is the last working day.`

function fail(reason: string): never {
  throw new CliUserError(reason)
}

const forecast: CliCommand = {
  name: 'forecast',
  register(program, runtime) {
    const group = program.command('forecast').description('Monte Carlo forecasts from a throughput history: "when" and "how many".')

    addCommonOptions(
      group
        .command('when')
        .description('When will N items be done? Percentiles of working days (and dates), "on or before".')
        .requiredOption('--items <n>', 'how many items', wholeNumber('The number of items', 1, 100_000))
    )
      .addHelpText('after', JSON_WHEN)
      .action(async (options: CommonOptions & { items: number }, command: Command) => {
        const { json } = runtime.globals(command)
        const { history, start, seed } = await prepare(options, command, runtime)
        const result = await runForecast(
          { question: 'when' as const, input: { dailyThroughput: history.series, items: options.items, trials: options.trials, seed } },
          runtime.note
        )
        if (!result.ok) fail(result.reason)
        if (json) runtime.printJson(whenJson(result, history, start))
        else for (const line of whenText(result, history, start)) runtime.print(line)
      })

    addCommonOptions(
      group
        .command('how-many')
        .description('How many items in the next D working days? Percentiles read from the top: "N items or more".')
        .requiredOption('--days <d>', 'working days to forecast', wholeNumber('The number of days', 1, MAX_FORECAST_DAYS))
    )
      .addHelpText('after', JSON_HOW_MANY)
      .action(async (options: CommonOptions & { days: number }, command: Command) => {
        const { json } = runtime.globals(command)
        const { history, start, seed } = await prepare(options, command, runtime)
        const result = await runForecast(
          { question: 'how-many' as const, input: { dailyThroughput: history.series, days: options.days, trials: options.trials, seed } },
          runtime.note
        )
        if (!result.ok) fail(result.reason)
        if (json) runtime.printJson(howManyJson(result, history, start))
        else for (const line of howManyText(result, history, start)) runtime.print(line)
      })
  }
}

export default forecast
