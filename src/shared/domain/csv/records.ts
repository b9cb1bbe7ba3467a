import { detectSeparator, type CsvSeparator } from './separator'

/**
 * A small RFC 4180 reader shared by the app's CSV imports. Each import maps columns itself; this
 * only turns text into records and reports where the text is malformed.
 */

/** Where an import went wrong: 1-based physical line and 1-based column (field) number. */
export interface CsvError {
  line: number
  column: number
  message: string
}

/** Enough errors to fix a file in one go without flooding the screen. */
export const MAX_CSV_ERRORS = 50

/** How every CSV error is written, in messages, issues and the command line: "line 4, column 2: …". */
export const describeCsvError = (error: CsvError) => `line ${error.line}, column ${error.column}: ${error.message}`

/** Whether a text is one error written that way, so a screen can list it as a line of the file. */
export const isCsvErrorText = (text: string) => /^line \d+, column \d+: /.test(text)

export interface CsvRecord {
  line: number
  fields: string[]
}

/**
 * RFC 4180 records: comma (or the given separator) separated, fields optionally in double quotes,
 * `""` for a quote inside quotes, quoted fields may span lines; CRLF, LF or CR line ends; a leading
 * byte-order mark is dropped. Blank lines and rows whose cells are all empty (Excel leaves those
 * below a table) are skipped. Fields are slices of the text, not built character by character: a
 * 50 MB file would otherwise take gigabytes while it is read. `progress` hears how far it has read.
 */
export function readCsvRecords(
  text: string,
  errors: CsvError[],
  separator: CsvSeparator = ',',
  progress?: (read: number, total: number) => void
): CsvRecord[] {
  const records: CsvRecord[] = []
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const sep = separator.charCodeAt(0)
  let line = 1
  let recordLine = 1
  let fields: string[] = []
  let field = '' // the current field's text up to `from`
  let from = 0 // where the current field's text not yet taken starts
  let quoted = false // inside quotes
  let wasQuoted = false // the current field was quoted and its closing quote is behind us
  let i = 0
  const take = (to: number) => {
    if (to > from) field = field === '' ? source.slice(from, to) : field + source.slice(from, to)
  }
  const endField = () => {
    take(i)
    fields.push(field)
    field = ''
    wasQuoted = false
  }
  const endRecord = () => {
    endField()
    if (fields.some((f) => f !== '')) records.push({ line: recordLine, fields })
    fields = []
  }
  const fail = (message: string) => errors.push({ line, column: fields.length + 1, message })

  while (i < source.length) {
    if (progress && i % PROGRESS_STEP === 0) progress(i, source.length)
    const c = source.charCodeAt(i)
    if (quoted) {
      if (c === QUOTE) {
        if (source.charCodeAt(i + 1) === QUOTE) {
          take(i + 1)
          i += 2
          from = i
          continue
        }
        take(i)
        quoted = false
        wasQuoted = true
        from = i + 1
      } else if (c === LF || (c === CR && source.charCodeAt(i + 1) !== LF)) line++
      i++
      continue
    }
    if (c === sep) {
      endField()
      from = i + 1
    } else if (c === CR || c === LF) {
      endRecord()
      if (c === CR && source.charCodeAt(i + 1) === LF) i++
      from = i + 1
      line++
      recordLine = line
    } else if (c === QUOTE) {
      if (field === '' && from === i && !wasQuoted) quoted = true
      else {
        take(i)
        fail('A double quote may only appear inside a field that starts with one (write it as "").')
      }
      from = i + 1
    } else if (wasQuoted) {
      fail(`Unexpected text after a closing quote: "${source[i]}".`)
      wasQuoted = false
      from = i + 1
    }
    if (errors.length >= MAX_CSV_ERRORS) return records
    i++
  }
  if (quoted) errors.push({ line: recordLine, column: fields.length + 1, message: 'A quoted field is never closed.' })
  else {
    take(source.length)
    from = source.length
    if (field !== '' || fields.length > 0 || wasQuoted) endRecord()
  }
  return records
}

/** Characters read between two progress reports. */
const PROGRESS_STEP = 1 << 20
const QUOTE = 0x22
const CR = 0x0d
const LF = 0x0a

export interface CsvTable {
  /** 0-based field index of each requested column (optional ones that are absent are left out). */
  columns: Map<string, number>
  rows: CsvRecord[]
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; errors: CsvError[] }

/**
 * Records with a header naming the columns (case-insensitive, surrounding spaces ignored; other
 * columns are allowed and ignored). Every row must have as many fields as the header.
 */
export function readCsvTable(
  text: string,
  required: readonly string[],
  optional: readonly string[] = []
): CsvTableResult {
  const errors: CsvError[] = []
  const records = readCsvRecords(text, errors, detectSeparator(text))
  if (errors.length > 0) return { ok: false, errors }
  const [header, ...rows] = records
  if (!header) {
    return {
      ok: false,
      errors: [
        {
          line: 1,
          column: 1,
          message: `The file is empty: it needs a header row with the columns ${required.join(', ')}.`
        }
      ]
    }
  }
  const names = header.fields.map((name) => name.trim().toLowerCase())
  const columns = new Map<string, number>()
  for (const name of [...required, ...optional]) {
    const index = names.indexOf(name)
    if (index >= 0) columns.set(name, index)
    const again = names.indexOf(name, index + 1)
    if (index >= 0 && again >= 0)
      errors.push({ line: header.line, column: again + 1, message: `The header has a second "${name}" column.` })
  }
  const missing = required.filter((name) => !columns.has(name))
  if (missing.length > 0) {
    errors.push({
      line: header.line,
      column: 1,
      message: `The header lacks the ${missing.length === 1 ? 'column' : 'columns'} ${missing.map((m) => `"${m}"`).join(', ')} (it needs ${required.join(', ')}).`
    })
  }
  for (const row of rows) {
    if (errors.length >= MAX_CSV_ERRORS) break
    if (row.fields.length !== names.length) {
      errors.push({
        line: row.line,
        column: Math.min(row.fields.length, names.length) + 1,
        message: `Expected ${names.length} fields like the header, found ${row.fields.length}.`
      })
    }
  }
  return errors.length > 0
    ? { ok: false, errors: errors.slice(0, MAX_CSV_ERRORS) }
    : { ok: true, table: { columns, rows } }
}

/** Writes records as RFC 4180 text (CRLF line ends); fields with the separator, a quote or a line break are quoted. */
export function writeCsv(records: ReadonlyArray<readonly string[]>, separator: CsvSeparator = ','): string {
  const field = (text: string) =>
    text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  return records.map((record) => record.map(field).join(separator)).join('\r\n') + '\r\n'
}
