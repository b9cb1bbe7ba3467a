import { sql } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import { PREVIEW_ISSUES, PREVIEW_ROWS, type ImportPreview } from '@shared/api/methods/import'
import { DEFAULT_WORKFLOW, isRemovedCategory, type ItemType, type StateCategory } from '@shared/domain/backlog'
import type { ImportIssue, ImportPlan, ImportRequest, ImportRow } from '@shared/domain/import'
import { DEFAULT_ESTIMATE_SCALE, type EstimateScale } from '@shared/domain/items/estimate-scale'
import { parentProblem } from '@shared/domain/items/hierarchy'
import { itemKey } from '@shared/domain/items/key'
import type { Db } from '../deps'
import { criteriaAndLabels } from '../backlog/criteria-and-labels'
import { getProduct, itemPrefixOf } from '../products/service'
import { readScale } from '../settings/read'

export type ImportInput = ParsedInput<'import.commit'>

interface TargetState {
  name: string
  category: StateCategory
}

/** The product an import goes into: an existing one, or one it will create. */
export interface ImportTarget {
  productId: number | null
  name: string
  states: TargetState[]
  scale: EstimateScale
}

/** What an import compares a row with to tell "update" from "unchanged". */
interface ExistingItem {
  id: number
  type: ItemType
  title: string
  description: string
  estimate: number | null
  state: string
  parentId: number | null
  labels: string[]
  criteria: string[]
}

/** Where a row's parent is: another row of the file (by index) or an item already in the backlog. */
export type ParentRef = { row: number } | { itemId: number } | null

export interface PreparedRow extends ImportRow {
  existingId: number | null
  matchedBy: 'key' | 'title' | null
  /** True when the item exists and the row would change nothing of it. */
  unchanged: boolean
  parent: ParentRef
}

export interface PreparedImport {
  target: ImportTarget
  plan: ImportPlan
  rows: PreparedRow[]
}

/** A product made by an import also gets a state for removed work: real exports hold cancelled items. */
const IMPORTED_WORKFLOW: TargetState[] = [...DEFAULT_WORKFLOW, { name: 'Removed', category: 'removed' }]

async function resolveTarget(db: Db, input: ImportInput): Promise<ImportTarget> {
  if (input.productId !== undefined) {
    const product = await getProduct(db, input.productId)
    const states = await db
      .selectFrom('workflow_states')
      .select(['name', 'category'])
      .where('product_id', '=', product.id)
      .orderBy('position')
      .execute()
    return { productId: product.id, name: product.name, states, scale: (await readScale(db, product.id)).estimateScale }
  }
  const name = input.newProductName!
  const taken = await db
    .selectFrom('products')
    .select('id')
    .where(sql<boolean>`name = ${name} COLLATE NOCASE`)
    .executeTakeFirst()
  if (taken) {
    throw new ApiError(
      'conflict',
      `A product called "${name}" already exists; import into it or choose another name.`,
      [{ path: 'newProductName', message: 'This name is already used by another product' }]
    )
  }
  return { productId: null, name, states: IMPORTED_WORKFLOW, scale: DEFAULT_ESTIMATE_SCALE }
}

/** The product's live items, each with what an import may change of it. */
async function existingItems(db: Db, productId: number | null): Promise<Array<ExistingItem & { keys: string[] }>> {
  if (productId === null) return []
  const [items, { criteriaOf, labelsOf }, prefix] = await Promise.all([
    db
      .selectFrom('backlog_items as i')
      .innerJoin('workflow_states as s', 's.id', 'i.state_id')
      .select([
        'i.id',
        'i.number',
        'i.type',
        'i.title',
        'i.description',
        'i.estimate',
        'i.parent_id',
        'i.external_key',
        's.name as state'
      ])
      .where('i.product_id', '=', productId)
      .where('i.deleted_at', 'is', null)
      .execute(),
    criteriaAndLabels(db, productId),
    itemPrefixOf(db, productId)
  ])
  return items.map((item) => ({
    id: item.id,
    // Exports before item keys wrote `#id`; a file from then still finds its items.
    keys: [item.external_key ?? itemKey(prefix, item.number), `#${item.id}`],
    type: item.type,
    title: item.title,
    description: item.description,
    estimate: item.estimate,
    state: item.state,
    parentId: item.parent_id,
    labels: labelsOf(item.id),
    criteria: criteriaOf(item.id)
  }))
}

const titleKey = (title: string) => title.trim().toLocaleLowerCase()

/**
 * Finds the item each row updates: by key (an external key, or the item key from our own export); a file
 * without keys by title, where exactly one live item has it and no earlier row took it.
 */
function matchRows(
  rows: readonly ImportRow[],
  byKey: ReadonlyMap<string, ExistingItem>,
  items: readonly ExistingItem[],
  issues: ImportIssue[]
): Array<{ item: ExistingItem; by: 'key' | 'title' } | null> {
  const byTitle = new Map<string, ExistingItem | 'several'>()
  for (const item of items) byTitle.set(titleKey(item.title), byTitle.has(titleKey(item.title)) ? 'several' : item)
  const taken = new Set<number>()
  return rows.map((row) => {
    if (row.key !== null) {
      const item = byKey.get(row.key)
      return item ? { item, by: 'key' } : null
    }
    const item = byTitle.get(titleKey(row.title))
    if (item === undefined) return null
    if (item === 'several' || taken.has(item.id)) {
      const why =
        item === 'several'
          ? 'several items of the backlog have this title'
          : 'an earlier row of the file has this title'
      issues.push({
        line: row.line,
        column: 1,
        severity: 'warning',
        message: `“${row.title}” is added as a new item: the file has no keys, and ${why}.`
      })
      return null
    }
    taken.add(item.id)
    return { item, by: 'title' }
  })
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i])

/** The parent an import would give the row's item: undefined leaves it as it is, "new" is an item the import creates. */
function wantedParent(row: PreparedRow, rows: readonly PreparedRow[]): number | 'new' | undefined {
  if (row.parent === null) return undefined
  if ('itemId' in row.parent) return row.parent.itemId
  return rows[row.parent.row]!.existingId ?? 'new'
}

function isUnchanged(row: PreparedRow, item: ExistingItem, parentId: number | 'new' | undefined): boolean {
  return (
    row.type === item.type &&
    row.title === item.title &&
    row.description === item.description &&
    row.estimate === item.estimate &&
    row.state.name === item.state &&
    (parentId === undefined || parentId === item.parentId) &&
    sameList(
      [...row.labels].sort((a, b) => a.localeCompare(b)),
      [...item.labels].sort((a, b) => a.localeCompare(b))
    ) &&
    (row.criteria === null || sameList(row.criteria, item.criteria))
  )
}

/** Parents by key or Jira issue id, within the file first, then among the product's items; a parent that cannot hold the item is dropped with a warning. */
function resolveParents(
  rows: PreparedRow[],
  existing: ReadonlyMap<string, ExistingItem>,
  issues: ImportIssue[],
  parentColumn: number
): void {
  const inFile = new Map<string, number>()
  rows.forEach((row, index) => {
    if (row.key) inFile.set(row.key, index)
    if (row.issueId) inFile.set(row.issueId, index)
  })
  const warn = (row: PreparedRow, message: string) =>
    issues.push({ line: row.line, column: parentColumn, severity: 'warning', message })
  rows.forEach((row, rowIndex) => {
    if (row.parentKey === null && row.parentRow === null) return
    const named = `“${row.parentKey ?? rows[row.parentRow!]!.title}”`
    const index = row.parentRow ?? inFile.get(row.parentKey!)
    const item = index === undefined ? existing.get(row.parentKey!) : undefined
    const parentType = index !== undefined ? rows[index]!.type : item?.type
    if (parentType === undefined)
      return warn(
        row,
        `Parent ${named} is neither in the file nor in the backlog; the item is imported without a parent.`
      )
    if (index === rowIndex) return warn(row, 'The item names itself as its parent; it is imported without one.')
    const problem = parentProblem(parentType, row.type)
    if (problem)
      return warn(
        row,
        `Parent ${named} is left out: ${problem} If “${row.sourceType || row.type}” means something else here, choose its type in the mapping.`
      )
    row.parent = index !== undefined ? { row: index } : { itemId: item!.id }
  })
}

/** Reads and maps a file: planImport, in a worker thread or here. */
export type PlanFile = (request: ImportRequest) => Promise<ImportPlan>

/** Reads the file against the target product: what each row becomes, and every problem by line and column. */
export async function prepareImport(db: Db, input: ImportInput, planFile: PlanFile): Promise<PreparedImport> {
  const target = await resolveTarget(db, input)
  const plan = await planFile({
    format: input.format,
    text: input.csv,
    separator: input.separator,
    dateOrder: input.dateOrder,
    mapping: input.mapping,
    states: input.states,
    types: input.types,
    productStates: target.states,
    scale: target.scale
  })
  const items = await existingItems(db, target.productId)
  const byKey = new Map(items.flatMap((item) => item.keys.map((key) => [key, item] as const)))
  const matches = matchRows(plan.rows, byKey, items, plan.issues)
  const rows: PreparedRow[] = plan.rows.map((row, index) => ({
    ...row,
    existingId: matches[index]?.item.id ?? null,
    matchedBy: matches[index]?.by ?? null,
    unchanged: false,
    parent: null
  }))
  // A tree export has no parent column: its warnings point at the first column.
  const parentColumn = Math.max(1, plan.headers.findIndex((h) => h === plan.used.parent) + 1)
  resolveParents(rows, byKey, plan.issues, parentColumn)
  rows.forEach((row, index) => {
    const match = matches[index]
    if (match) row.unchanged = isUnchanged(row, match.item, wantedParent(row, rows))
  })
  plan.issues.sort((a, b) => a.line - b.line || a.column - b.column)
  return { target, plan, rows }
}

/** How many rows end as added, updated, unchanged and removed work. */
export function countRows(rows: readonly PreparedRow[]) {
  return {
    added: rows.filter((r) => r.existingId === null).length,
    updated: rows.filter((r) => r.existingId !== null && !r.unchanged).length,
    unchanged: rows.filter((r) => r.unchanged).length,
    removed: rows.filter((r) => isRemovedCategory(r.state.category)).length
  }
}

export function toPreview({ target, plan, rows }: PreparedImport): ImportPreview {
  const errors = plan.issues.filter((i) => i.severity === 'error').length
  const counts = countRows(rows)
  return {
    rowCount: rows.length,
    headers: plan.headers,
    separator: plan.separator,
    stages: plan.stages,
    mapping: Object.fromEntries(
      Object.entries(plan.used).filter((entry): entry is [string, string] => entry[1] !== undefined)
    ),
    rows: rows.slice(0, PREVIEW_ROWS).map((row) => ({
      line: row.line,
      action: row.existingId === null ? 'create' : row.unchanged ? 'unchanged' : 'update',
      matchedBy: row.matchedBy,
      key: row.key,
      type: row.type,
      sourceType: row.sourceType,
      title: row.title,
      description: row.description,
      estimate: row.estimate,
      state: row.state.name,
      sourceState: row.sourceState,
      labels: row.labels,
      criteria: row.criteria,
      parent: row.parentKey ?? (row.parentRow === null ? null : rows[row.parentRow]!.title),
      sprints: row.sprints,
      createdAt: row.createdAt,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt
    })),
    issues: plan.issues.slice(0, PREVIEW_ISSUES),
    unknownStates: plan.unknownStates,
    unknownTypes: plan.unknownTypes,
    dateQuestion: plan.dateQuestion,
    stateNames: target.states.map((s) => s.name),
    counts: {
      create: counts.added,
      update: counts.updated,
      unchanged: counts.unchanged,
      matchedByTitle: rows.filter((r) => r.matchedBy === 'title').length,
      removed: counts.removed,
      errors,
      warnings: plan.issues.length - errors
    }
  }
}
