import { ApiError, type ParsedInput } from '@shared/api'
import type { PracticeEntryDetail } from '@shared/api/methods/practice'
import { currentTargetKey, findTarget, unknownExperiments, type PracticeTarget } from '@shared/domain/practice'
import type { ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { entryColumns } from './columns'
import { readEntryDetail } from './entry-detail'
import { getEntryRow } from './entry-rows'

/** An entry works on one assignment or outcome of the catalogue; a renamed key finds its current one. */
function requireTarget(key: string, path: string): PracticeTarget {
  const target = findTarget(currentTargetKey(key))
  if (!target)
    throw new ApiError('invalid_input', `"${key}" is not an assignment or outcome in the catalogue.`, [
      { path, message: 'Choose an assignment or outcome from the catalogue' }
    ])
  return target
}

function requireExperiments(target: PracticeTarget, keys: readonly string[], path: string): void {
  const unknown = unknownExperiments(target, keys)
  if (unknown.length === 0) return
  const hint =
    target.experiments.length === 0
      ? 'it lists no experiments'
      : `choose from: ${target.experiments.map((e) => e.key).join(', ')}`
  throw new ApiError(
    'invalid_input',
    `“${target.title}” has no experiment ${unknown.map((k) => `"${k}"`).join(', ')}; ${hint}.`,
    [{ path, message: `Unknown experiment ${unknown[0]}` }]
  )
}

export async function createEntry(
  { db, now }: ServiceDeps,
  input: ParsedInput<'practice.entries.create'>
): Promise<PracticeEntryDetail> {
  await getProduct(db, input.productId)
  const target = requireTarget(input.targetKey, 'targetKey')
  requireExperiments(target, input.experiments, 'experiments')
  const stamp = now().toISOString()
  const { id } = await db
    .insertInto('practice_entries')
    .values({
      product_id: input.productId,
      ...entryColumns.write({
        ...input,
        trackId: target.trackId,
        targetKey: target.key,
        outcome: '',
        reflection: '',
        createdAt: stamp,
        updatedAt: stamp
      })
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return readEntryDetail(db, id)
}

export async function updateEntry(
  { db, now }: ServiceDeps,
  { id, patch }: ParsedInput<'practice.entries.update'>
): Promise<PracticeEntryDetail> {
  const row = await getEntryRow(db, id)
  if (patch.experiments) requireExperiments(requireTarget(row.target_key, 'id'), patch.experiments, 'patch.experiments')
  await db
    .updateTable('practice_entries')
    .set(entryColumns.patch({ ...patch, updatedAt: now().toISOString() }))
    .where('id', '=', id)
    .execute()
  return readEntryDetail(db, id)
}
