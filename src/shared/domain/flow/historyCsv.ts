import { isIsoDay } from './dates'

/** Where an import went wrong: 1-based physical line and 1-based column (field) number. */
export interface CsvError {
  line: number
  column: number
  message: string
}

export interface HistoryRow {
  finishedOn: string
  startedOn: string | null
}

export type HistoryCsvResult = { ok: true; rows: HistoryRow[] } | { ok: false; errors: CsvError[] }

/** Enough errors to fix a file in one go without flooding the screen. */
const MAX_ERRORS = 50

interface CsvRecord {
  line: number
  fields: string[]
}

/**
 * RFC 4180 records: comma separated, fields optionally in double quotes, `""` for a quote inside
 * quotes, quoted fields may span lines; CRLF, LF or CR line ends; a leading byte-order mark is dropped.
 * Blank lines are skipped.
 */
function readRecords(text: string, errors: CsvError[]): CsvRecord[] {
  const records: CsvRecord[] = []
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  let line = 1
  let recordLine = 1
  let fields: string[] = []
  let field = ''
  let quoted = false // inside quotes
  let wasQuoted = false // the current field was quoted and its closing quote is behind us
  let i = 0
  const endField = () => {
    fields.push(field)
    field = ''
    wasQuoted = false
  }
  const endRecord = () => {
    endField()
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields })
    fields = []
  }
  const fail = (message: string) => errors.push({ line, column: fields.length + 1, message })

  while (i < source.length) {
    const c = source[i]!
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        wasQuoted = true
      } else {
        if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) line++
        field += c
      }
      i++
      continue
    }
    if (c === ',') endField()
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && source[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else if (c === '"') {
      if (field === '' && !wasQuoted) quoted = true
      else fail('A double quote may only appear inside a field that starts with one (write it as "").')
    } else if (wasQuoted) {
      fail(`Unexpected text after a closing quote: "${c}".`)
      wasQuoted = false
    } else field += c
    if (errors.length >= MAX_ERRORS) return records
    i++
  }
  if (quoted) errors.push({ line: recordLine, column: fields.length + 1, message: 'A quoted field is never closed.' })
  else if (field !== '' || fields.length > 0 || wasQuoted) endRecord()
  return records
}

/**
 * Reads a throughput history: a header, then one row per finished item, with a `finished` ISO date
 * column and an optional `started` one (other columns are ignored; header names are
 * case-insensitive). All or nothing: any bad row makes the whole file an error, so a forecast is
 * never built on a silently shortened history.
 */
export function parseHistoryCsv(text: string): HistoryCsvResult {
  const errors: CsvError[] = []
  const records = readRecords(text, errors)
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
    if (errors.length >= MAX_ERRORS) break
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
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, rows: parsed }
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
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, values }
}
