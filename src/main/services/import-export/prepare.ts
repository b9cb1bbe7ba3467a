import { sql } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { ImportPreview } from '@shared/api/methods/import-export'
import { DEFAULT_WORKFLOW, type ItemType, type StateCategory } from '@shared/domain/backlog'
import { planImport, type ImportIssue, type ImportPlan, type ImportRow } from '@shared/domain/import'
import { DEFAULT_ESTIMATE_SCALE, type EstimateScale } from '@shared/domain/items/estimate-scale'
import { parentProblem } from '@shared/domain/items/hierarchy'
import type { Db } from '../deps'
import { getProduct } from '../products'
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

interface ExistingItem {
  id: number
  type: ItemType
}

/** Where a row's parent is: another row of the file (by index) or an item already in the backlog. */
export type ParentRef = { row: number } | { itemId: number } | null

export interface PreparedRow extends ImportRow {
  existingId: number | null
  parent: ParentRef
}

export interface PreparedImport {
  target: ImportTarget
  plan: ImportPlan
  rows: PreparedRow[]
}

async function resolveTarget(db: Db, input: ImportInput): Promise<ImportTarget> {
  if (input.productId !== undefined) {
    const product = await getProduct(db, input.productId)
    const states = await db.selectFrom('workflow_states').select(['name', 'category']).where('product_id', '=', product.id).orderBy('position').execute()
    return { productId: product.id, name: product.name, states, scale: (await readScale(db, product.id)).estimateScale }
  }
  const name = input.newProductName!
  const taken = await db.selectFrom('products').select('id').where(sql<boolean>`name = ${name} COLLATE NOCASE`).executeTakeFirst()
  if (taken) {
    throw new ApiError('conflict', `A product called "${name}" already exists; import into it or choose another name.`, [
      { path: 'newProductName', message: 'This name is already used by another product' }
    ])
  }
  return { productId: null, name, states: [...DEFAULT_WORKFLOW], scale: DEFAULT_ESTIMATE_SCALE }
}

/** Live items of the product by the key a file may name them with: their external key, or `#id` (our own CSV export). */
async function existingByKey(db: Db, productId: number | null): Promise<Map<string, ExistingItem>> {
  const byKey = new Map<string, ExistingItem>()
  if (productId === null) return byKey
  const rows = await db
    .selectFrom('backlog_items')
    .select(['id', 'type', 'external_key'])
    .where('product_id', '=', productId)
    .where('deleted_at', 'is', null)
    .execute()
  for (const row of rows) byKey.set(row.external_key ?? `#${row.id}`, { id: row.id, type: row.type })
  return byKey
}

/** Parents by key or Jira issue id, within the file first, then among the product's items; a parent that cannot hold the item is dropped with a warning. */
function resolveParents(rows: PreparedRow[], existing: Map<string, ExistingItem>, issues: ImportIssue[], parentColumn: number): void {
  const inFile = new Map<string, number>()
  rows.forEach((row, index) => {
    if (row.key) inFile.set(row.key, index)
    if (row.issueId) inFile.set(row.issueId, index)
  })
  const warn = (row: PreparedRow, message: string) => issues.push({ line: row.line, column: parentColumn, severity: 'warning', message })
  for (const row of rows) {
    if (!row.parentKey) continue
    const index = inFile.get(row.parentKey)
    const item = index === undefined ? existing.get(row.parentKey) : undefined
    const parentType = index !== undefined ? rows[index]!.type : item?.type
    if (parentType === undefined) {
      warn(row, `Parent “${row.parentKey}” is neither in the file nor in the backlog; the item is imported without a parent.`)
      continue
    }
    if (index !== undefined && rows[index] === row) {
      warn(row, 'The item names itself as its parent; it is imported without one.')
      continue
    }
    const problem = parentProblem(parentType, row.type)
    if (problem) {
      warn(row, `Parent “${row.parentKey}” is left out: ${problem}`)
      continue
    }
    row.parent = index !== undefined ? { row: index } : { itemId: item!.id }
  }
}

/** Reads the file against the target product: what each row becomes, and every problem by line and column. */
export async function prepareImport(db: Db, input: ImportInput): Promise<PreparedImport> {
  const target = await resolveTarget(db, input)
  const plan = planImport({ format: input.format, text: input.csv, mapping: input.mapping, states: input.states, productStates: target.states, scale: target.scale })
  const existing = await existingByKey(db, target.productId)
  const rows: PreparedRow[] = plan.rows.map((row) => ({ ...row, existingId: (row.key === null ? undefined : existing.get(row.key)?.id) ?? null, parent: null }))
  const parentColumn = plan.headers.findIndex((h) => h === plan.used.parent) + 1
  resolveParents(rows, existing, plan.issues, parentColumn)
  plan.issues.sort((a, b) => a.line - b.line || a.column - b.column)
  return { target, plan, rows }
}

export function toPreview({ target, plan, rows }: PreparedImport): ImportPreview {
  const errors = plan.issues.filter((i) => i.severity === 'error').length
  return {
    headers: plan.headers,
    mapping: Object.fromEntries(Object.entries(plan.used).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    rows: rows.map((row) => ({
      line: row.line,
      action: row.existingId === null ? 'create' : 'update',
      key: row.key,
      type: row.type,
      title: row.title,
      description: row.description,
      estimate: row.estimate,
      state: row.state.name,
      sourceState: row.sourceState,
      labels: row.labels,
      criteria: row.criteria,
      parentKey: row.parentKey,
      sprints: row.sprints,
      createdAt: row.createdAt,
      resolvedAt: row.resolvedAt
    })),
    issues: plan.issues,
    unknownStates: plan.unknownStates,
    stateNames: target.states.map((s) => s.name),
    counts: {
      create: rows.filter((r) => r.existingId === null).length,
      update: rows.filter((r) => r.existingId !== null).length,
      errors,
      warnings: plan.issues.length - errors
    }
  }
}
