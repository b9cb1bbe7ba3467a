import { MAX_CSV_ERRORS, readCsvTable, type CsvError } from '../csv'
import { isIsoDay } from '../flow/dates'

export interface CsvMeasure {
  id: number
  name: string
  automatic: boolean
}

export interface ValueRow {
  line: number
  measureId: number
  date: string
  value: number
  note: string
}

export type ValuesCsvResult = { ok: true; rows: ValueRow[] } | { ok: false; errors: CsvError[] }

/** A plain decimal number: an optional sign, digits with one optional point, an optional exponent. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/**
 * Reads measure values from CSV with a header row. With several measures the columns are
 * `measure,date,value` (the measure by its name, any case); for one measure `date,value`. A `note`
 * column is optional, other columns are ignored. Dates are YYYY-MM-DD and not after today; a
 * measure may have one value per day, so a day twice in the file is an error. Every problem names
 * its line and column; any problem means nothing is imported.
 */
export function parseValuesCsv(
  text: string,
  target: { measures: readonly CsvMeasure[] } | { measure: CsvMeasure },
  today: string
): ValuesCsvResult {
  const single = 'measure' in target
  const required = single ? ['date', 'value'] : ['measure', 'date', 'value']
  const table = readCsvTable(text, required, ['note'])
  if (!table.ok) return table
  const { columns, rows } = table.table
  const col = (name: string) => columns.get(name)!
  const byName = new Map((single ? [] : target.measures).map((m) => [key(m.name), m]))
  const errors: CsvError[] = []
  const out: ValueRow[] = []
  const seen = new Map<string, number>()
  if (rows.length === 0) errors.push({ line: 1, column: 1, message: 'The file has a header but no values.' })

  for (const row of rows) {
    if (errors.length >= MAX_CSV_ERRORS) break
    const field = (name: string) => (row.fields[col(name)] ?? '').trim()
    const fail = (name: string, message: string) => errors.push({ line: row.line, column: col(name) + 1, message })

    let measure: CsvMeasure | undefined
    if (single) measure = target.measure
    else {
      const name = field('measure')
      measure = byName.get(key(name))
      if (!name) fail('measure', 'Name the measure.')
      else if (!measure) fail('measure', `There is no measure called “${name}” in this product.`)
    }
    if (measure?.automatic) {
      fail(
        single ? 'value' : 'measure',
        `“${measure.name}” is computed by the app from the backlog; it takes no imported values.`
      )
      measure = undefined
    }

    const date = field('date')
    const validDate = isIsoDay(date)
    if (!validDate) fail('date', `“${date}” is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31.`)
    else if (date > today) fail('date', `${date} is in the future; record values on or before today (${today}).`)

    const rawValue = field('value')
    const value = NUMBER.test(rawValue) ? Number(rawValue) : null
    if (value === null || !Number.isFinite(value)) {
      fail(
        'value',
        rawValue === ''
          ? 'The value is missing.'
          : `“${rawValue}” is not a number; write it like 1234.5 (a point for decimals, no thousands separators or units).`
      )
    }

    const note = columns.has('note') ? field('note') : ''
    if (note.length > 1000) fail('note', 'Keep the note to 1,000 characters or fewer.')

    if (!measure || !validDate || value === null) continue
    const id = `${measure.id}|${date}`
    const earlier = seen.get(id)
    if (earlier !== undefined) {
      fail('date', `“${measure.name}” already has a value on ${date} on line ${earlier}; keep one value per day.`)
      continue
    }
    seen.set(id, row.line)
    out.push({ line: row.line, measureId: measure.id, date, value, note })
  }
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_CSV_ERRORS) } : { ok: true, rows: out }
}

const key = (name: string) => name.trim().toLocaleLowerCase()
