import type { MethodInput } from '@shared/api'
import type { ItemDetail } from '@shared/api/methods/backlog'
import type { ItemType } from '@shared/domain/backlog'

/** The item editor's fields as the form holds them. */
export interface ItemForm {
  title: string
  type: ItemType
  description: string
  estimate: string
  stateId: number
  parentId: number | null
  teamId: number | null
  notes: string
  criteria: string[]
  labels: string[]
  readyChecks: number[]
}

export function formOf(detail: ItemDetail): ItemForm {
  const { item } = detail
  return {
    title: item.title,
    type: item.type,
    description: item.description,
    estimate: item.estimate === null ? '' : String(item.estimate),
    stateId: item.stateId,
    parentId: item.parentId,
    teamId: item.teamId,
    notes: detail.notes,
    criteria: detail.criteria.map((c) => c.text),
    labels: item.labels,
    readyChecks: detail.readyChecks.filter((c) => c.met).map((c) => c.criterionId)
  }
}

export type Patch = MethodInput<'backlog.update'>['patch']

/** Only what changed goes to the server; empty criteria lines being typed are not sent. */
export function patchOf(before: ItemForm, after: ItemForm): Patch {
  const patch: Patch = {}
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  if (after.title !== before.title) patch.title = after.title
  if (after.type !== before.type) patch.type = after.type
  if (after.description !== before.description) patch.description = after.description
  if (after.estimate !== before.estimate) patch.estimate = after.estimate === '' ? null : Number(after.estimate)
  if (after.stateId !== before.stateId) patch.stateId = after.stateId
  if (after.parentId !== before.parentId) patch.parentId = after.parentId
  if (after.teamId !== before.teamId) patch.teamId = after.teamId
  if (after.notes !== before.notes) patch.notes = after.notes
  const criteria = after.criteria.map((c) => c.trim()).filter(Boolean)
  if (!same(criteria, before.criteria)) patch.criteria = criteria
  if (!same(after.labels, before.labels)) patch.labels = after.labels
  if (!same([...after.readyChecks].sort(), [...before.readyChecks].sort())) patch.readyChecks = after.readyChecks
  return patch
}
