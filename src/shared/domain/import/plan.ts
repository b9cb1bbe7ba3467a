import { readCsvRecords, type CsvError } from '../csv'
import type { ItemType } from '../backlog'
import type { EstimateScale } from '../items/estimate-scale'
import { unescapeCell } from '../export/spreadsheet'
import { readDateColumn } from './dates'
import { columnCandidates, type ColumnMapping, type ImportField, type ImportFormat } from './formats'
import { htmlToText, readCriteria, readEstimate, readLabels, readState, readType, type StateChoice } from './values'

/** One line of the file as the backlog item it will become. */
export interface ImportRow {
  line: number
  /** The item's key in its tool (Jira issue key, Azure ID); re-importing updates the item with this key. */
  key: string | null
  /** Jira's numeric issue id, which its Parent column refers to. */
  issueId: string | null
  parentKey: string | null
  type: ItemType
  title: string
  description: string
  estimate: number | null
  state: StateChoice
  /** The status as the file writes it. */
  sourceState: string
  labels: string[]
  /** Null when the file has no criteria column: an update then keeps the item's criteria. */
  criteria: string[] | null
  sprints: string[]
  createdAt: string | null
  updatedAt: string | null
  resolvedAt: string | null
}

export interface ImportIssue extends CsvError {
  severity: 'error' | 'warning'
}

export interface ImportPlan {
  headers: string[]
  /** The header each field was read from. */
  used: Partial<Record<ImportField, string>>
  rows: ImportRow[]
  issues: ImportIssue[]
  /** Statuses in the file that match no state of the product and no well-known name. */
  unknownStates: string[]
}

export interface ImportRequest {
  format: ImportFormat
  text: string
  mapping?: ColumnMapping
  /** File status → product state name, for statuses the product does not know. */
  states?: Readonly<Record<string, string>>
  productStates: readonly StateChoice[]
  scale: EstimateScale
}

const LIMITS = { title: 500, description: 20000, criterion: 2000, criteria: 50, label: 40, labels: 20 }

/** Reads a Jira, Azure DevOps or mapped CSV export into rows, with errors and warnings by line and column. */
export function planImport(request: ImportRequest): ImportPlan {
  const csvErrors: CsvError[] = []
  const records = readCsvRecords(request.text, csvErrors)
  const issues: ImportIssue[] = csvErrors.map((e) => ({ ...e, severity: 'error' }))
  const plan: ImportPlan = { headers: [], used: {}, rows: [], issues, unknownStates: [] }
  if (csvErrors.length > 0) return plan
  const [header, ...body] = records
  if (!header) {
    issues.push({ line: 1, column: 1, severity: 'error', message: 'The file is empty: it needs a header row naming the columns.' })
    return plan
  }
  plan.headers = header.fields.map((h) => h.trim())
  const columns = locateColumns(request, plan, header.line)
  if (!columns.title) {
    const mapped = request.mapping?.title
    issues.push({
      line: header.line,
      column: 1,
      severity: 'error',
      message: mapped ? `There is no column “${mapped}” for the title.` : 'No column holds the title: map one of the columns to Title.'
    })
  }
  if (issues.length > 0) return plan

  const keys = new Map<string, number>()
  const unknown = new Set<string>()
  for (const record of body) {
    const row = readRow(request, columns, record.fields, record.line, plan.headers.length, issues, unknown)
    if (!row) continue
    if (row.key !== null) {
      const earlier = keys.get(row.key.toLowerCase())
      if (earlier !== undefined) {
        issues.push(problem(record.line, columns.key?.[0], 'error', `Key “${row.key}” is also on line ${earlier}; each item may appear once.`))
      }
      keys.set(row.key.toLowerCase(), record.line)
    }
    plan.rows.push(row)
  }
  plan.unknownStates = [...unknown]
  return plan
}

type Columns = Partial<Record<ImportField, number[]>>

/** Every column index per field: Jira repeats headers such as Labels and Sprint. */
function locateColumns(request: ImportRequest, plan: ImportPlan, headerLine: number): Columns {
  const lower = plan.headers.map((h) => h.toLowerCase())
  const columns: Columns = {}
  for (const [field, names] of Object.entries(columnCandidates(request.format, request.mapping)) as Array<[ImportField, readonly string[]]>) {
    for (const name of names) {
      const indexes = lower.flatMap((h, i) => (h === name.toLowerCase() ? [i] : []))
      if (indexes.length === 0) continue
      columns[field] = indexes
      plan.used[field] = plan.headers[indexes[0]!]
      break
    }
    if (request.format === 'csv' && request.mapping?.[field] && !columns[field] && field !== 'title') {
      plan.issues.push({ line: headerLine, column: 1, severity: 'error', message: `There is no column “${request.mapping[field]}” (mapped to ${field}).` })
    }
  }
  return columns
}

function problem(line: number, index: number | undefined, severity: ImportIssue['severity'], message: string): ImportIssue {
  return { line, column: (index ?? 0) + 1, severity, message }
}

function readRow(
  request: ImportRequest,
  columns: Columns,
  fields: readonly string[],
  line: number,
  width: number,
  issues: ImportIssue[],
  unknownStates: Set<string>
): ImportRow | null {
  if (fields.length !== width) {
    issues.push(problem(line, Math.min(fields.length, width), 'error', `Expected ${width} fields like the header, found ${fields.length}.`))
    return null
  }
  const cell = (index: number) => {
    const text = fields[index] ?? ''
    return request.format === 'csv' ? unescapeCell(text) : text
  }
  const first = (field: ImportField): { text: string; index: number | undefined } => {
    const indexes = columns[field] ?? []
    const index = indexes.find((i) => cell(i).trim() !== '') ?? indexes[0]
    return { text: index === undefined ? '' : cell(index), index }
  }
  const all = (field: ImportField) => (columns[field] ?? []).map(cell).filter((text) => text.trim() !== '')
  const rich = (text: string) => (request.format === 'azure' ? htmlToText(text) : text)
  const say = (field: ImportField | number | undefined, severity: ImportIssue['severity'], message: string) =>
    issues.push(problem(line, typeof field === 'number' || field === undefined ? field : first(field).index, severity, message))

  const title = first('title').text.trim()
  if (!title) say('title', 'error', 'The title is empty; every item needs one.')
  else if (title.length > LIMITS.title) say('title', 'error', `The title has ${title.length} characters; the backlog allows ${LIMITS.title}.`)

  const type = readType(first('type').text)
  if (type.warning) say('type', 'warning', type.warning)

  const status = first('state').text
  const state = readState(status, first('statusCategory').text, request.productStates, request.states)
  if (state.error) say('state', 'error', state.error)
  if (state.warning) {
    say('state', 'warning', state.warning)
    unknownStates.add(status.trim())
  }

  const estimate = readEstimate(first('estimate').text, request.scale)
  if (estimate.error) say('estimate', 'error', estimate.error)
  if (estimate.warning) say('estimate', 'warning', estimate.warning)

  let description = rich(first('description').text).trim()
  if (description.length > LIMITS.description) {
    say('description', 'warning', `The description is cut to ${LIMITS.description} characters.`)
    description = description.slice(0, LIMITS.description)
  }

  let labels = readLabels(all('labels'))
  if (labels.some((l) => l.length > LIMITS.label)) say('labels', 'warning', `Labels are cut to ${LIMITS.label} characters.`)
  labels = readLabels(labels.map((l) => l.slice(0, LIMITS.label)))
  if (labels.length > LIMITS.labels) {
    say('labels', 'warning', `Only the first ${LIMITS.labels} of ${labels.length} labels are kept.`)
    labels = labels.slice(0, LIMITS.labels)
  }

  let criteria: string[] | null = null
  if (columns.criteria) {
    criteria = readCriteria(rich(first('criteria').text))
    if (criteria.some((c) => c.length > LIMITS.criterion)) say('criteria', 'error', `A criterion is longer than ${LIMITS.criterion} characters; split it.`)
    if (criteria.length > LIMITS.criteria) say('criteria', 'error', `${criteria.length} criteria; the backlog allows ${LIMITS.criteria} per item.`)
  }

  const date = (field: 'created' | 'updated' | 'resolved') => {
    const { text, index } = first(field)
    if (!text.trim()) return null
    const parsed = readDateColumn([text], 'mdy').values[0] ?? null
    if (!parsed) say(index, 'error', `“${text.trim()}” is not a date this import reads (e.g. 12/Mar/25 10:30 AM or 2025-03-12).`)
    return parsed
  }
  const key = first('key').text.trim() || null
  const issueId = first('issueId').text.trim() || null
  const parentKey = first('parent').text.trim() || null
  const sprints = [...new Set(all('sprint').map((s) => s.trim()))]
  return {
    line,
    key,
    issueId,
    parentKey,
    type: type.value,
    title,
    description,
    estimate: estimate.value,
    state: state.value,
    sourceState: status.trim(),
    labels,
    criteria,
    sprints,
    createdAt: date('created'),
    updatedAt: date('updated'),
    resolvedAt: date('resolved')
  }
}
