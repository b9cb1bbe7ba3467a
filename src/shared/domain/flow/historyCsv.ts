import {
  MAX_CSV_ERRORS,
  detectSeparator,
  readCsvRecords,
  type CsvError,
  type CsvRecord,
  type CsvSeparator
} from '../csv'
import { readDateColumn, type DateOrder } from '../import/dates'
import { headerKey } from '../import/formats'

export type { CsvError }

export interface HistoryRow {
  finishedOn: string
  startedOn: string | null
}

/** What the user settled for a file instead of detection: its separator and the order of its numeric dates. */
export interface HistoryCsvOptions {
  separator?: CsvSeparator
  dateOrder?: DateOrder
}

export interface HistoryCsv {
  rows: HistoryRow[]
  /** Rows without a finish date: work still in progress, left out of the throughput. */
  unfinishedRows: number
  /** The header names of the columns that were read. */
  columns: { finished: string; started: string | null }
  separator: CsvSeparator
  /** The order numeric dates were read in; null when every date's own shape said it. */
  dateOrder: DateOrder | null
}

/** A date column that reads validly both day first and month first: the user has to say which. */
export interface AmbiguousDates {
  /** The header name of the column holding the example. */
  column: string
  line: number
  columnNumber: number
  example: string
  /** The example's day read day first and month first. */
  readings: { dmy: string; mdy: string }
}

export type HistoryCsvResult =
  ({ ok: true } & HistoryCsv) | { ok: false; errors: CsvError[] } | { ok: false; ambiguous: AmbiguousDates }

/**
 * Header names for each date, compared as the importers compare them (`headerKey`: case, spaces,
 * underscores and punctuation ignored); the first one present wins, so an export with both "Closed Date" and "Resolved
 * Date" is read by its closed dates.
 */
const FINISHED_NAMES = ['finished', 'closed', 'closed date', 'done', 'resolved', 'resolved date'] as const
const STARTED_NAMES = ['started', 'started date', 'activated date', 'start date', 'in progress'] as const

type Found = { index: number; name: string } | null

function findColumn(header: CsvRecord, aliases: readonly string[], errors: CsvError[]): Found {
  const names = header.fields.map(headerKey)
  for (const alias of aliases.map(headerKey)) {
    const index = names.indexOf(alias)
    if (index < 0) continue
    const again = names.indexOf(alias, index + 1)
    if (again >= 0)
      errors.push({
        line: header.line,
        column: again + 1,
        message: `The header has a second "${header.fields[again]!.trim()}" column.`
      })
    return { index, name: header.fields[index]!.trim() }
  }
  return null
}

const listed = (names: readonly string[]) =>
  `${names
    .slice(0, -1)
    .map((n) => `"${n}"`)
    .join(', ')} or "${names.at(-1)}"`

/**
 * Reads a throughput history as tools export it (text already decoded, as `decodeBytes` does for
 * the importers): a header, then one row per item, with a finish
 * date column and optionally a start date column (other columns are ignored). The separator is
 * detected unless given. Both date columns are read together as one set of dates, since an export
 * writes all its dates one way: ISO, named months and dotted day-first dates read as they are, and
 * numeric dates take the one order that fits them all; when day first and month first both fit,
 * nothing is guessed and the result asks (`ambiguous`) unless `dateOrder` is given.
 *
 * Rows without a finish date are items still in progress: counted, not read. Anything else wrong is
 * an error with its line and column, and all or nothing: a forecast is never built on a silently
 * shortened history.
 */
export function parseHistoryCsv(text: string, options: HistoryCsvOptions = {}): HistoryCsvResult {
  const errors: CsvError[] = []
  const separator = options.separator ?? detectSeparator(text)
  const [header, ...records] = readCsvRecords(text, errors, separator)
  if (errors.length > 0) return { ok: false, errors }
  if (!header) {
    return {
      ok: false,
      errors: [
        {
          line: 1,
          column: 1,
          message: `The file is empty: it needs a header row with a finish date column (${listed(FINISHED_NAMES)}).`
        }
      ]
    }
  }
  const finished = findColumn(header, FINISHED_NAMES, errors)
  const started = findColumn(header, STARTED_NAMES, errors)
  if (!finished) {
    errors.push({
      line: header.line,
      column: 1,
      message: `The header has no finish date column: name one ${listed(FINISHED_NAMES)}.`
    })
  }
  if (errors.length > 0 || !finished) return { ok: false, errors }

  const width = header.fields.length
  const done: CsvRecord[] = []
  let unfinishedRows = 0
  for (const record of records) {
    if (record.fields.length !== width) {
      errors.push({
        line: record.line,
        column: Math.min(record.fields.length, width) + 1,
        message: `Expected ${width} fields like the header, found ${record.fields.length}.`
      })
    } else if (record.fields[finished.index]!.trim() === '') unfinishedRows++
    else done.push(record)
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_CSV_ERRORS) }

  // One list of dates: the finish dates of the finished rows, then their start dates.
  const cellOf = (i: number) =>
    i < done.length ? { record: done[i]!, column: finished } : { record: done[i - done.length]!, column: started! }
  const texts = [
    ...done.map((r) => r.fields[finished.index]!),
    ...(started ? done.map((r) => r.fields[started.index]!) : [])
  ]
  const dates = readDateColumn(texts, options.dateOrder)
  if (dates.question) {
    const { example, readings } = dates.question
    const at = cellOf(texts.findIndex((t) => t.trim() === example))
    return {
      ok: false,
      ambiguous: {
        column: at.column.name,
        line: at.record.line,
        columnNumber: at.column.index + 1,
        example,
        readings: { dmy: readings.dmy.slice(0, 10), mdy: readings.mdy.slice(0, 10) }
      }
    }
  }
  for (const problem of dates.problems) {
    const at = cellOf(problem.index)
    errors.push({ line: at.record.line, column: at.column.index + 1, message: problem.message })
  }

  const day = (i: number) => dates.values[i]?.slice(0, 10) ?? null
  const rows: HistoryRow[] = []
  done.forEach((record, i) => {
    const finishedOn = day(i)
    const startedOn = started ? day(done.length + i) : null
    if (finishedOn && startedOn && startedOn > finishedOn) {
      errors.push({
        line: record.line,
        column: started!.index + 1,
        message: `The item started (${startedOn}) after it finished (${finishedOn}).`
      })
    }
    if (finishedOn) rows.push({ finishedOn, startedOn })
  })
  if (errors.length > 0)
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_CSV_ERRORS) }
  return {
    ok: true,
    rows,
    unfinishedRows,
    columns: { finished: finished.name, started: started?.name ?? null },
    separator,
    dateOrder: dates.order
  }
}

export type ThroughputSeriesResult = { ok: true; values: number[] } | { ok: false; errors: CsvError[] }

/**
 * A plain series of daily counts such as `2,0,1` (the command line's `--throughput`), read as
 * consecutive working days. Errors name the position of the bad entry as its column.
 */
export function parseThroughputSeries(text: string): ThroughputSeriesResult {
  if (text.trim() === '')
    return { ok: false, errors: [{ line: 1, column: 1, message: 'The throughput series is empty.' }] }
  const errors: CsvError[] = []
  const values = text.split(',').map((entry, i) => {
    const trimmed = entry.trim()
    if (!/^\d+$/.test(trimmed)) {
      errors.push({ line: 1, column: i + 1, message: `"${trimmed}" is not a whole number of items (zero or more).` })
    }
    return Number(trimmed)
  })
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_CSV_ERRORS) } : { ok: true, values }
}
