import { DATE_ORDER_LABELS, type DateOrder } from '@shared/domain/import/dates'
import type { CsvSeparator, TextEncodingName } from '@shared/domain/csv'
import {
  NAMED_CALENDARS,
  finishDates,
  longIdle,
  parseHistoryCsv,
  parseThroughputSeries,
  throughputWindow,
  type AmbiguousDates,
  type CalendarName,
  type LongIdle,
  type WorkingCalendar
} from '@shared/domain/flow'
import { itemsOfTeam } from '@shared/domain/teams'
import type { AppContext } from '../../app/context'
import { csvRefused } from '../csv-errors'
import { readCsvFile } from '../import-csv'
import { productByName } from '../product-by-name'
import { teamByName } from '../team-by-name'
import { CliUserError, type CliRuntime } from '../types'

/** What a --history file held besides the finishes, for the user to check it was read as meant. */
export interface HistoryFile {
  path: string
  finishedRows: number
  unfinishedRows: number
  encoding: TextEncodingName
  /** The encoding and how it was known, as the importer says it. */
  encodingNote: string
  separator: CsvSeparator
  dateOrder: DateOrder | null
}

/** The throughput history a forecast resamples, and where it came from. */
export interface History {
  /** Items finished per working day, oldest first. */
  series: number[]
  /** Calendar days covered; null for a plain --throughput series, which has no dates. */
  from: string | null
  to: string | null
  /** The day the window ends on; null for a --throughput series without --as-of. */
  asOf: string | null
  calendar: WorkingCalendar
  /** Set when the history's last finish lies long before the as-of day. */
  longIdle: LongIdle | null
  file: HistoryFile | null
  /** The team whose finished items the history holds (--team); null for the whole product or a file. */
  team: string | null
}

export interface HistorySource {
  history?: string
  product?: string
  throughput?: string
  /** With --product: one team's finished items only. */
  team?: string
}

export interface HistoryOptions extends HistorySource {
  window: number
  asOf?: string
  calendar: CalendarName
  encoding?: TextEncodingName
  separator?: CsvSeparator
  dateFormat?: DateOrder
}

/** The window of dated finishes by the one rule (`throughputWindow`), with the long-idle check. */
export function dated(
  finishes: readonly string[],
  asOf: string,
  windowDays: number,
  calendar: WorkingCalendar,
  file: HistoryFile | null,
  team: string | null = null
): History {
  const window = throughputWindow(finishes, asOf, windowDays, calendar)
  return {
    series: window.series,
    from: window.from,
    to: window.to,
    asOf,
    calendar,
    longIdle: longIdle(finishes, asOf, windowDays),
    file,
    team
  }
}

function ambiguityMessage(path: string, question: AmbiguousDates): string {
  const { column, line, columnNumber, example, readings } = question
  return (
    `${path}: every date in "${column}" reads both day first and month first, so none was read. ` +
    `Line ${line}, column ${columnNumber} holds "${example}": ${readings.dmy} read ${DATE_ORDER_LABELS.dmy}, ${readings.mdy} read ${DATE_ORDER_LABELS.mdy}. ` +
    'Say which with --date-format dmy or --date-format mdy.'
  )
}

async function fromFile(path: string, options: HistoryOptions): Promise<History> {
  const file = await readCsvFile(path, options)
  const read = parseHistoryCsv(file.text, { separator: options.separator, dateOrder: options.dateFormat })
  if (!read.ok)
    throw 'ambiguous' in read ? new CliUserError(ambiguityMessage(path, read.ambiguous)) : csvRefused(path, read.errors)
  const finishes = read.rows.map((row) => row.finishedOn)
  if (finishes.length === 0) {
    throw new CliUserError(`${path} has no finished items: no row has a finish date (in "${read.columns.finished}").`)
  }
  const { unfinishedRows, separator, dateOrder } = read
  // Today as a UTC calendar day, as a product's flow data counts it.
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10)
  const described = {
    path,
    finishedRows: finishes.length,
    unfinishedRows,
    encoding: file.encoding,
    encodingNote: file.encodingNote,
    separator,
    dateOrder
  }
  return dated(finishes, asOf, options.window, NAMED_CALENDARS[options.calendar], described)
}

/** A product's recorded flow, found by name, with the day its window ends on. */
export async function productFlow(runtime: CliRuntime, ctx: AppContext, name: string, asOf: string | undefined) {
  const product = await productByName(runtime, ctx, name)
  const data = await runtime.api(ctx).call('flow.data', { productId: product.id })
  return { product, data, asOf: asOf ?? data.today }
}

/** A product's own history (or one team's), calendar and today. */
async function fromProduct(
  runtime: CliRuntime,
  ctx: AppContext,
  name: string,
  options: HistoryOptions
): Promise<History> {
  const { product, data, asOf } = await productFlow(runtime, ctx, name, options.asOf)
  const team = options.team === undefined ? null : await teamByName(runtime, ctx, product, options.team)
  const items = team ? itemsOfTeam(data.items, team.id) : data.items
  return dated(finishDates(items), asOf, options.window, data.calendar, null, team?.name ?? null)
}

/**
 * A plain series is already working days and has no dates: the window keeps its last entries, and
 * only --as-of (the day of its last entry) turns the forecast's working days into dates.
 */
function fromSeries(text: string, options: HistoryOptions): History {
  const parsed = parseThroughputSeries(text)
  if (!parsed.ok) throw csvRefused('The --throughput series', parsed.errors)
  const series = parsed.values.slice(-options.window)
  return {
    series,
    from: null,
    to: null,
    asOf: options.asOf ?? null,
    calendar: NAMED_CALENDARS[options.calendar],
    longIdle: null,
    file: null,
    team: null
  }
}

/** The history the options name, its window ending on --as-of or else today. */
export async function loadHistory(
  options: HistoryOptions,
  runtime: CliRuntime,
  withContext: <T>(fn: (ctx: AppContext) => Promise<T>) => Promise<T>
): Promise<History> {
  if (options.history !== undefined) return fromFile(options.history, options)
  if (options.product !== undefined) {
    const name = options.product
    return withContext((ctx) => fromProduct(runtime, ctx, name, options))
  }
  return fromSeries(options.throughput ?? '', options)
}
