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

export interface CsvRecord {
  line: number
  fields: string[]
}

/**
 * RFC 4180 records: comma separated, fields optionally in double quotes, `""` for a quote inside
 * quotes, quoted fields may span lines; CRLF, LF or CR line ends; a leading byte-order mark is dropped.
 * Blank lines are skipped.
 */
export function readCsvRecords(text: string, errors: CsvError[]): CsvRecord[] {
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
    if (errors.length >= MAX_CSV_ERRORS) return records
    i++
  }
  if (quoted) errors.push({ line: recordLine, column: fields.length + 1, message: 'A quoted field is never closed.' })
  else if (field !== '' || fields.length > 0 || wasQuoted) endRecord()
  return records
}

