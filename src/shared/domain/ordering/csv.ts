import { MAX_CSV_ERRORS, readCsvTable, type CsvError } from '../csv'
import { KANO_ANSWERS, SCALE_MESSAGE, isOnWsjfScale, type KanoAnswer, type OrderingModel } from './scales'
import { NO_SCORES, type ModelScores } from './scores'

export type CsvResult<T> = { ok: true; rows: T[] } | { ok: false; errors: CsvError[] }

interface NumberColumn {
  header: string
  field: keyof ModelScores
  /** Returns a message when the number is not allowed. */
  check: (value: number) => string | null
}

const onScale = (value: number) => (isOnWsjfScale(value) ? null : SCALE_MESSAGE)

/** The columns each model reads in `order --input`, named as the command line documents them. */
export const ORDER_CSV_COLUMNS: Record<OrderingModel, readonly NumberColumn[]> = {
  wsjf: [
    { header: 'ubv', field: 'ubv', check: onScale },
    { header: 'tc', field: 'tc', check: onScale },
    { header: 'rr', field: 'rr', check: onScale },
    { header: 'size', field: 'jobSize', check: onScale }
  ],
  cd3: [
    {
      header: 'cod_per_week',
      field: 'codPerWeek',
      check: (v) => (v < 0 ? 'The Cost of Delay per week cannot be negative' : null)
    },
    {
      header: 'duration_weeks',
      field: 'durationWeeks',
      check: (v) => (v <= 0 ? 'The duration must be more than 0 weeks' : null)
    }
  ],
  'value-effort': [
    { header: 'value', field: 'value', check: onScale },
    { header: 'effort', field: 'effort', check: onScale }
  ]
}

export interface OrderCsvRow {
  id: string
  title: string
  scores: ModelScores
}

/**
 * Reads the what-if input of `order`: a header with id, title and the model's columns, one row per
 * item in the Product Owner's order. An empty score cell means "not scored"; anything else must be a
 * number the model accepts. All or nothing.
 */
export function parseOrderCsv(text: string, model: OrderingModel): CsvResult<OrderCsvRow> {
  const numberColumns = ORDER_CSV_COLUMNS[model]
  const read = readCsvTable(text, ['id', 'title', ...numberColumns.map((c) => c.header)])
  if (!read.ok) return read
  const { columns, rows } = read.table
  const errors: CsvError[] = []
  const seen = new Map<string, number>()
  const parsed = rows.map((record) => {
    const cell = (name: string) => record.fields[columns.get(name)!]!.trim()
    const fail = (name: string, message: string) =>
      errors.push({ line: record.line, column: columns.get(name)! + 1, message: `${name}: ${message}` })
    const id = cell('id')
    if (id === '') fail('id', 'Every row needs an id.')
    else if (seen.has(id)) fail('id', `The id "${id}" is already used on line ${seen.get(id)}.`)
    else seen.set(id, record.line)
    const scores: ModelScores = { ...NO_SCORES }
    for (const column of numberColumns) {
      const text = cell(column.header)
      if (text === '') continue
      const value = Number(text)
      const problem = !Number.isFinite(value) ? `"${text}" is not a number.` : column.check(value)
      if (problem) fail(column.header, problem)
      else scores[column.field] = value
    }
    return { id, title: cell('title'), scores }
  })
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_CSV_ERRORS) } : { ok: true, rows: parsed }
}

/** Reads an answer, forgiving case, spaces and underscores: "Live with" and "live_with" are live-with. */
export function parseKanoAnswer(text: string): KanoAnswer | null {
  const normal = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  return (KANO_ANSWERS as readonly string[]).includes(normal) ? (normal as KanoAnswer) : null
}

export interface KanoCsvRow {
  line: number
  feature: string
  functional: KanoAnswer
  dysfunctional: KanoAnswer
  /** From an optional respondent column; otherwise null and the caller names one. */
  respondent: string | null
}

/** Reads Kano answers: feature, functional, dysfunctional and optionally respondent. All or nothing. */
export function parseKanoCsv(text: string): CsvResult<KanoCsvRow> {
  const read = readCsvTable(text, ['feature', 'functional', 'dysfunctional'], ['respondent'])
  if (!read.ok) return read
  const { columns, rows } = read.table
  const errors: CsvError[] = []
  const parsed: KanoCsvRow[] = []
  for (const record of rows) {
    const cell = (name: string) => record.fields[columns.get(name)!]!.trim()
    const fail = (name: string, message: string) =>
      errors.push({ line: record.line, column: columns.get(name)! + 1, message: `${name}: ${message}` })
    const feature = cell('feature')
    if (feature === '') fail('feature', 'Name the feature the answers are about.')
    else if (feature.length > 200) fail('feature', 'Keep the feature name to 200 characters or fewer.')
    const answer = (name: 'functional' | 'dysfunctional') => {
      const value = parseKanoAnswer(cell(name))
      if (value === null) fail(name, `"${cell(name)}" is not an answer; use one of ${KANO_ANSWERS.join(', ')}.`)
      return value
    }
    const functional = answer('functional')
    const dysfunctional = answer('dysfunctional')
    const respondent = columns.has('respondent') ? cell('respondent') : ''
    if (respondent.length > 120) fail('respondent', 'Keep the respondent to 120 characters or fewer.')
    if (functional && dysfunctional && feature !== '') {
      parsed.push({
        line: record.line,
        feature,
        functional,
        dysfunctional,
        respondent: respondent === '' ? null : respondent
      })
    }
  }
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_CSV_ERRORS) } : { ok: true, rows: parsed }
}
