import { detectSeparator, readCsvRecords, type CsvError, type CsvRecord, type CsvSeparator } from '../csv'
import type { ItemType } from '../backlog'
import type { EstimateScale } from '../items/estimate-scale'
import { unescapeCell } from '../export/spreadsheet'
import { formatCount } from '../format'
import { readDateColumn, type DateOrder } from './dates'
import {
  columnCandidates,
  DATE_FIELDS,
  FIELD_LABELS,
  headerKey,
  type ColumnMapping,
  type DateField,
  type ImportField,
  type ImportFormat
} from './formats'
import { rowHistory, stagesHistory, type HistoryStep } from './history'
import { findStageColumns, findTreeColumns, treeParents, type TreeColumn } from './layout'
import { htmlToText, readCriteria, readEstimate, readLabels, readState, readType, type StateChoice } from './values'

/** One line of the file as the backlog item it will become. */
export interface ImportRow {
  line: number
  /** The item's key in its tool (Jira issue key, Azure ID); re-importing updates the item with this key. */
  key: string | null
  /** Jira's numeric issue id, which its Parent column may refer to. */
  issueId: string | null
  parentKey: string | null
  /** The parent's index among the rows, where the file's layout says it (an Azure DevOps tree). */
  parentRow: number | null
  type: ItemType
  /** The type as the file writes it. */
  sourceType: string
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
  startedAt: string | null
  finishedAt: string | null
  /** The status changes the file's dates tell, oldest first; empty when it gives none. */
  history: HistoryStep[]
}

export interface ImportIssue extends CsvError {
  severity: 'error' | 'warning'
}

/** Date columns that read validly both day first and month first: the user says which. */
export interface DateOrderQuestion {
  columns: string[]
  example: string
  readings: { dmy: string; mdy: string }
}

export interface ImportPlan {
  headers: string[]
  separator: CsvSeparator
  /** The header each field was read from. */
  used: Partial<Record<ImportField, string>>
  /** The workflow stage columns of an ActionableAgile file, in order. */
  stages: string[]
  rows: ImportRow[]
  issues: ImportIssue[]
  /** Statuses (and stage names) that match no state of the product and no well-known name. */
  unknownStates: string[]
  /** Types that match no item type by a well-known name. */
  unknownTypes: string[]
  dateQuestion: DateOrderQuestion | null
}

export interface ImportRequest {
  format: ImportFormat
  text: string
  /** Detected from the header when not given. */
  separator?: CsvSeparator
  /** How all-numeric dates are ordered, when the file leaves it open. */
  dateOrder?: DateOrder
  mapping?: ColumnMapping
  /** File status → product state name, for statuses the product does not know. */
  states?: Readonly<Record<string, string>>
  /** File type → item type, for types the backlog does not know. */
  types?: Readonly<Record<string, ItemType>>
  productStates: readonly StateChoice[]
  scale: EstimateScale
}

/** What an import goes through, in order: reading the file, mapping its rows, writing them. */
export const IMPORT_STAGES = ['reading', 'mapping', 'writing'] as const
export type ImportStage = (typeof IMPORT_STAGES)[number]

/** How far an import has come in its stage: characters read, rows mapped, new items written. */
export interface ImportProgress {
  stage: ImportStage
  done: number
  total: number
}

/** Rows mapped between two progress reports. */
const ROWS_PER_REPORT = 1000

const LIMITS = { title: 500, description: 20000, criterion: 2000, criteria: 50, label: 40, labels: 20 }

type Columns = Partial<Record<ImportField, number[]>>

/** What the whole file decides before its rows are read one by one. */
interface Layout {
  columns: Columns
  tree: TreeColumn[]
  stages: Array<{ name: string; index: number; state: StateChoice }>
  dates: Partial<Record<DateField, Array<string | null>>>
  stageDates: Array<Array<string | null>>
}

/**
 * Reads a Jira, Azure DevOps, ActionableAgile or mapped CSV export into rows, with errors and
 * warnings by line and column; `progress` hears how far it has come, for a large file.
 */
export function planImport(request: ImportRequest, progress?: (progress: ImportProgress) => void): ImportPlan {
  const separator = request.separator ?? detectSeparator(request.text)
  const csvErrors: CsvError[] = []
  const records = readCsvRecords(
    request.text,
    csvErrors,
    separator,
    progress && ((done, total) => progress({ stage: 'reading', done, total }))
  )
  const issues: ImportIssue[] = csvErrors.map((e) => ({ ...e, severity: 'error' }))
  const plan: ImportPlan = {
    headers: [],
    separator,
    used: {},
    stages: [],
    rows: [],
    issues,
    unknownStates: [],
    unknownTypes: [],
    dateQuestion: null
  }
  if (csvErrors.length > 0) return plan
  const [header, ...rest] = records
  if (!header) {
    issues.push({
      line: 1,
      column: 1,
      severity: 'error',
      message: 'The file is empty: it needs a header row naming the columns.'
    })
    return plan
  }
  plan.headers = header.fields.map((h) => h.trim())
  const body = rest.filter((record) => {
    if (record.fields.length === plan.headers.length) return true
    const width = plan.headers.length
    issues.push(
      problem(
        record.line,
        Math.min(record.fields.length, width),
        'error',
        `Expected ${width} fields like the header, found ${record.fields.length}.`
      )
    )
    return false
  })
  const columns = locateColumns(request, plan, header.line)
  const tree = columns.title ? [] : findTreeColumns(plan.headers)
  if (!columns.title && tree.length === 0) {
    const mapped = request.mapping?.title
    const read = `read as ${SEPARATOR_WORDS[separator]}-separated with ${formatCount(plan.headers.length, 'column')}`
    issues.push({
      line: header.line,
      column: 1,
      severity: 'error',
      message: mapped
        ? `There is no column “${mapped}” for the title.`
        : `No column holds the title (the header was ${read}): map one of the columns to Title.`
    })
  }
  if (issues.some((i) => i.severity === 'error' && i.line === header.line)) return plan

  const cellsOf = (record: CsvRecord, indexes: readonly number[]) => firstFilled(record.fields, indexes, request.format)
  const layout: Layout = { columns, tree, stages: [], dates: {}, stageDates: [] }
  for (const field of DATE_FIELDS) {
    const indexes = columns[field]
    if (!indexes) continue
    layout.dates[field] = readDates(plan, request, body, (r) => cellsOf(r, indexes), indexes[0]!)
  }
  if (request.format === 'stages' && columns.title) {
    const unknown = new Set<string>()
    for (const stage of findStageColumns(plan.headers, columns.title[0]!, body)) {
      const state = readState(stage.name, '', request.productStates, request.states)
      if (state.error) issues.push(problem(header.line, stage.index, 'error', state.error))
      if (state.unknown) {
        issues.push(
          problem(
            header.line,
            stage.index,
            'warning',
            `Stage “${stage.name}” is not a state of the product; choose the state it stands for.`
          )
        )
        unknown.add(stage.name)
      }
      layout.stages.push({ ...stage, state: state.value })
      layout.stageDates.push(readDates(plan, request, body, (r) => r.fields[stage.index] ?? '', stage.index))
    }
    plan.stages = layout.stages.map((s) => s.name)
    plan.unknownStates.push(...unknown)
  }

  const keys = new Map<string, number>()
  const unknownStates = new Set<string>(plan.unknownStates)
  const unknownTypes = new Set<string>()
  body.forEach((record, index) => {
    if (progress && index % ROWS_PER_REPORT === 0) progress({ stage: 'mapping', done: index, total: body.length })
    const row = readRow(request, layout, record, index, issues, unknownStates, unknownTypes)
    if (row.key !== null) {
      const earlier = keys.get(row.key.toLowerCase())
      if (earlier !== undefined)
        issues.push(
          problem(
            record.line,
            columns.key?.[0],
            'error',
            `Key “${row.key}” is also on line ${earlier}; each item may appear once.`
          )
        )
      keys.set(row.key.toLowerCase(), record.line)
    }
    plan.rows.push(row)
  })
  if (tree.length > 0) {
    treeParents(body.map((record) => treeLevel(tree, record.fields))).forEach(
      (parent, index) => (plan.rows[index]!.parentRow = parent)
    )
  }
  const wrongEstimates = estimateColumnProblem(plan, body, columns.estimate, request.format, header.line)
  if (wrongEstimates) issues.push(wrongEstimates)
  plan.unknownStates = [...unknownStates]
  plan.unknownTypes = [...unknownTypes]
  issues.sort((a, b) => a.line - b.line || a.column - b.column)
  return plan
}

/** Below this many filled cells, estimates that all fail are more likely typos than the wrong column. */
const WRONG_COLUMN_MIN_CELLS = 3

/**
 * A column in which no filled cell reads as an estimate is the wrong column, not many bad rows (a real
 * Jira export carries rank codes under "Story Points"). Said once, at the header, so the refusal leads with
 * the fix; the lines still follow as the evidence.
 */
function estimateColumnProblem(
  plan: ImportPlan,
  body: readonly CsvRecord[],
  indexes: readonly number[] | undefined,
  format: ImportFormat,
  headerLine: number
): ImportIssue | null {
  if (!indexes || plan.rows.some((row) => row.estimate !== null)) return null
  const filled = body.filter((record) => firstFilled(record.fields, indexes, format).trim() !== '')
  const example = filled[0]
  if (!example || filled.length < WRONG_COLUMN_MIN_CELLS) return null
  return problem(
    headerLine,
    indexes[0],
    'error',
    `No value in the column “${plan.used.estimate}” reads as an estimate (line ${example.line} holds ` +
      `“${firstFilled(example.fields, indexes, format).trim()}”): map Estimate to another column, or leave it out.`
  )
}

const SEPARATOR_WORDS: Record<CsvSeparator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' }

/** Every column index per field, in the order of the names it goes by: Jira repeats Labels and Sprint, and has two story-point fields. */
function locateColumns(request: ImportRequest, plan: ImportPlan, headerLine: number): Columns {
  const keys = plan.headers.map(headerKey)
  const columns: Columns = {}
  for (const [field, names] of Object.entries(columnCandidates(request.format, request.mapping)) as Array<
    [ImportField, readonly string[]]
  >) {
    const indexes = names.flatMap((name) => keys.flatMap((key, i) => (key === headerKey(name) ? [i] : [])))
    if (indexes.length > 0) {
      columns[field] = [...new Set(indexes)]
      plan.used[field] = plan.headers[indexes[0]!]
    } else if (request.mapping?.[field] && field !== 'title') {
      plan.issues.push({
        line: headerLine,
        column: 1,
        severity: 'error',
        message: `There is no column “${request.mapping[field]}” (mapped to ${FIELD_LABELS[field]}).`
      })
    }
  }
  return columns
}

function cellText(text: string, format: ImportFormat): string {
  return format === 'csv' ? unescapeCell(text) : text
}

function firstFilled(fields: readonly string[], indexes: readonly number[], format: ImportFormat): string {
  const index = indexes.find((i) => (fields[i] ?? '').trim() !== '')
  return index === undefined ? '' : cellText(fields[index]!, format)
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
const longDate = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`

/** One date column read as a whole; its problems become errors, an open day/month order becomes the plan's question. */
function readDates(
  plan: ImportPlan,
  request: ImportRequest,
  body: readonly CsvRecord[],
  text: (record: CsvRecord) => string,
  column: number
): Array<string | null> {
  const read = readDateColumn(body.map(text), request.dateOrder)
  for (const { index, message } of read.problems) plan.issues.push(problem(body[index]!.line, column, 'error', message))
  if (read.question) {
    const name = plan.headers[column]!
    const { example, readings } = read.question
    if (plan.dateQuestion) plan.dateQuestion.columns.push(name)
    else plan.dateQuestion = { columns: [name], example, readings }
    plan.issues.push(
      problem(
        1,
        column,
        'error',
        `Dates in “${name}” read both day first and month first (“${example}” is ${longDate(readings.dmy)} or ${longDate(readings.mdy)}): say which order the file uses (in the preview, or with --date-format dmy or mdy).`
      )
    )
  }
  return read.values
}

function treeLevel(tree: readonly TreeColumn[], fields: readonly string[]): number | null {
  return tree.find((column) => (fields[column.index] ?? '').trim() !== '')?.level ?? null
}

/** Without a status column, the dates say where the work is: finished work is done, started work in progress. */
function stateFromDates(states: readonly StateChoice[], finished: string | null, started: string | null): StateChoice {
  const category = finished ? 'done' : started ? 'in_progress' : 'todo'
  return states.find((s) => s.category === category) ?? states[0]!
}

function problem(
  line: number,
  index: number | undefined,
  severity: ImportIssue['severity'],
  message: string
): ImportIssue {
  return { line, column: (index ?? 0) + 1, severity, message }
}

function readRow(
  request: ImportRequest,
  { columns, tree, stages, dates, stageDates }: Layout,
  record: CsvRecord,
  index: number,
  issues: ImportIssue[],
  unknownStates: Set<string>,
  unknownTypes: Set<string>
): ImportRow {
  const { fields, line } = record
  const first = (field: ImportField) => firstFilled(fields, columns[field] ?? [], request.format)
  const columnOf = (field: ImportField) => {
    const indexes = columns[field] ?? []
    return indexes.find((i) => (fields[i] ?? '').trim() !== '') ?? indexes[0]
  }
  const all = (field: ImportField) =>
    (columns[field] ?? []).map((i) => cellText(fields[i] ?? '', request.format)).filter((text) => text.trim() !== '')
  const rich = (text: string) => (request.format === 'azure' ? htmlToText(text) : text)
  const say = (field: ImportField | number | undefined, severity: ImportIssue['severity'], message: string) =>
    issues.push(problem(line, typeof field === 'string' ? columnOf(field) : field, severity, message))

  const treeTitle = tree.find((column) => (fields[column.index] ?? '').trim() !== '')
  const title = (treeTitle ? fields[treeTitle.index]! : first('title')).trim()
  const titleColumn = treeTitle?.index ?? columnOf('title')
  if (!title) say(titleColumn, 'error', 'The title is empty; every item needs one.')
  else if (title.length > LIMITS.title)
    say(titleColumn, 'error', `The title has ${title.length} characters; the backlog allows ${LIMITS.title}.`)

  const sourceType = first('type').trim()
  const type = readType(sourceType, request.types)
  if (type.warning) say('type', 'warning', type.warning)
  if (type.unknown) unknownTypes.add(sourceType)

  const stageSteps = stagesHistory(
    stages.map((stage, i) => ({ name: stage.name, state: stage.state, at: stageDates[i]![index] ?? null }))
  )
  const status = first('state').trim()
  const date = (field: DateField) => dates[field]?.[index] ?? null
  const state =
    stages.length > 0
      ? { value: stageSteps.steps.at(-1)?.state ?? request.productStates[0]! }
      : columns.state || columns.statusCategory
        ? readState(status, first('statusCategory'), request.productStates, request.states)
        : { value: stateFromDates(request.productStates, date('finished'), date('started')) }
  if ('error' in state && state.error) say('state', 'error', state.error)
  if ('warning' in state && state.warning) {
    say('state', 'warning', state.warning)
    unknownStates.add(status)
  }

  const estimate = readEstimate(first('estimate'), request.scale)
  if (estimate.error) say('estimate', 'error', estimate.error)
  if (estimate.warning) say('estimate', 'warning', estimate.warning)

  let description = rich(first('description')).trim()
  if (description.length > LIMITS.description) {
    say('description', 'warning', `The description is cut to ${LIMITS.description} characters.`)
    description = description.slice(0, LIMITS.description)
  }

  let labels = readLabels(all('labels'))
  if (labels.some((l) => l.length > LIMITS.label))
    say('labels', 'warning', `Labels are cut to ${LIMITS.label} characters.`)
  labels = readLabels(labels.map((l) => l.slice(0, LIMITS.label)))
  if (labels.length > LIMITS.labels) {
    say('labels', 'warning', `Only the first ${LIMITS.labels} of ${labels.length} labels are kept.`)
    labels = labels.slice(0, LIMITS.labels)
  }

  let criteria: string[] | null = null
  if (columns.criteria) {
    criteria = readCriteria(rich(first('criteria')))
    if (criteria.some((c) => c.length > LIMITS.criterion))
      say('criteria', 'error', `A criterion is longer than ${LIMITS.criterion} characters; split it.`)
    if (criteria.length > LIMITS.criteria)
      say('criteria', 'error', `${criteria.length} criteria; the backlog allows ${LIMITS.criteria} per item.`)
  }

  const history =
    stages.length > 0
      ? stageSteps
      : rowHistory(
          state.value,
          {
            created: date('created'),
            started: date('started'),
            finished: date('finished'),
            statusChanged: date('statusChanged')
          },
          request.productStates
        )
  for (const warning of history.warnings) say(columnOf('finished') ?? columnOf('state'), 'warning', warning)
  const steps = history.steps
  return {
    line,
    key: first('key').trim() || null,
    issueId: first('issueId').trim() || null,
    parentKey: first('parent').trim() || null,
    parentRow: null,
    type: type.value,
    sourceType,
    title,
    description,
    estimate: estimate.value,
    state: state.value,
    sourceState: stages.length > 0 ? state.value.name : status,
    labels,
    criteria,
    sprints: [...new Set(all('sprint').map((s) => s.trim()))],
    createdAt: date('created') ?? steps[0]?.at ?? null,
    updatedAt: date('updated'),
    startedAt: steps.find((s) => s.state.category === 'in_progress')?.at ?? null,
    finishedAt: steps.at(-1)?.state.category === 'done' ? steps.at(-1)!.at : null,
    history: steps
  }
}
