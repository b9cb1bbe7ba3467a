import { isIsoDay } from './dates'
import { MAX_CSV_ERRORS, readCsvRecords, type CsvError } from '../csv'

export type { CsvError }

export interface HistoryRow {
  finishedOn: string
  startedOn: string | null
}

export type HistoryCsvResult = { ok: true; rows: HistoryRow[] } | { ok: false; errors: CsvError[] }

/**
 * Reads a throughput history: a header, then one row per finished item, with a `finished` ISO date
 * column and an optional `started` one (other columns are ignored; header names are
 * case-insensitive). All or nothing: any bad row makes the whole file an error, so a forecast is
 * never built on a silently shortened history.
 */
export function parseHistoryCsv(text: string): HistoryCsvResult {
  const errors: CsvError[] = []
  const records = readCsvRecords(text, errors)
  if (errors.length > 0) return { ok: false, errors }
  const [header, ...rows] = records
  if (!header) return { ok: false, errors: [{ line: 1, column: 1, message: 'The file is empty: it needs a header row with a "finished" column.' }] }

  const names = header.fields.map((name) => name.trim().toLowerCase())
  const finishedColumn = names.indexOf('finished')
  const startedColumn = names.indexOf('started')
  if (finishedColumn < 0) {
    return { ok: false, errors: [{ line: header.line, column: 1, message: 'The header has no "finished" column.' }] }
  }
  for (const name of ['finished', 'started']) {
    const again = names.indexOf(name, names.indexOf(name) + 1)
    if (again >= 0) errors.push({ line: header.line, column: again + 1, message: `The header has a second "${name}" column.` })
  }

  const parsed: HistoryRow[] = []
  for (const record of rows) {
    if (errors.length >= MAX_CSV_ERRORS) break
    const fail = (column: number, message: string) => errors.push({ line: record.line, column: column + 1, message })
    if (record.fields.length !== names.length) {
      fail(Math.min(record.fields.length, names.length), `Expected ${names.length} fields like the header, found ${record.fields.length}.`)
      continue
    }
    const finishedOn = record.fields[finishedColumn]!.trim()
    const startedOn = startedColumn < 0 ? '' : record.fields[startedColumn]!.trim()
    if (finishedOn === '') fail(finishedColumn, 'The "finished" date is missing.')
    else if (!isIsoDay(finishedOn)) fail(finishedColumn, `"${finishedOn}" is not a date written YYYY-MM-DD.`)
    if (startedOn !== '' && !isIsoDay(startedOn)) fail(startedColumn, `"${startedOn}" is not a date written YYYY-MM-DD.`)
    else if (startedOn !== '' && isIsoDay(finishedOn) && startedOn > finishedOn) {
      fail(startedColumn, `The item started (${startedOn}) after it finished (${finishedOn}).`)
    }
    parsed.push({ finishedOn, startedOn: startedOn === '' ? null : startedOn })
  }
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_CSV_ERRORS) } : { ok: true, rows: parsed }
}

export type ThroughputSeriesResult = { ok: true; values: number[] } | { ok: false; errors: CsvError[] }

/**
 * A plain series of daily counts such as `2,0,1` (the command line's `--throughput`), read as
 * consecutive working days. Errors name the position of the bad entry as its column.
 */
export function parseThroughputSeries(text: string): ThroughputSeriesResult {
  if (text.trim() === '') return { ok: false, errors: [{ line: 1, column: 1, message: 'The throughput series is empty.' }] }
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
