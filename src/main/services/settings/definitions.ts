import { ApiError, type ParsedInput } from '@shared/api'
import type { ProductSettings } from '@shared/api/methods/settings'
import { inTransaction, type Db } from '../deps'
import { getProduct } from '../products/service'
import { requireTeamOfProduct } from '../teams/service'
import { definitionColumns, settingsColumns } from './columns'
import { readScale } from './read'

export async function readSettings(db: Db, productId: number): Promise<ProductSettings> {
  await getProduct(db, productId)
  const lines = await db
    .selectFrom('definition_criteria')
    .select(['id', 'kind', 'text', 'position'])
    .where('product_id', '=', productId)
    // Teams' additions are listed with their teams (teams.list).
    .where('team_id', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute()
  const of = (kind: 'ready' | 'done') =>
    lines.filter((l) => l.kind === kind).map(({ id, text, position }) => ({ id, text, position }))
  return {
    productId,
    ...(await readScale(db, productId)),
    definitionOfReady: of('ready'),
    definitionOfDone: of('done')
  }
}

export async function updateScale(
  db: Db,
  { productId, patch }: ParsedInput<'settings.update'>
): Promise<ProductSettings> {
  const current = await readScale(db, (await getProduct(db, productId)).id)
  const next = settingsColumns.write({
    estimateScale: patch.estimateScale ?? current.estimateScale,
    estimateThreshold: patch.estimateThreshold ?? current.estimateThreshold
  })
  await db
    .insertInto('product_settings')
    .values({ product_id: productId, ...next })
    .onConflict((c) => c.column('product_id').doUpdateSet(next))
    .execute()
  return readSettings(db, productId)
}

/**
 * Replaces a checklist in one transaction: the product's, or one team's additions to the Definition
 * of Done (the product's lines stay untouched by a team's, and the other way round). Lines given
 * with their id keep it, so the items' Ready checks against a reworded line survive; lines left out
 * are removed with their checks.
 */
export async function setDefinition(
  db: Db,
  { productId, kind, teamId, criteria }: ParsedInput<'definitions.set'>
): Promise<ProductSettings> {
  await getProduct(db, productId)
  await requireTeamOfProduct(db, productId, teamId, 'teamId')
  const team = teamId ?? null
  await inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('definition_criteria')
      .select('id')
      .where('product_id', '=', productId)
      .where('kind', '=', kind)
      .where('team_id', team === null ? 'is' : '=', team)
      .execute()
    const known = new Set(existing.map((l) => l.id))
    const kept = new Set<number>()
    criteria.forEach((line, index) => {
      if (line.id === undefined) return
      if (!known.has(line.id) || kept.has(line.id)) {
        throw new ApiError('invalid_input', `Line ${line.id} is not (or no longer) in this checklist.`, [
          { path: `criteria.${index}.id`, message: 'Leave the id out for a new line' }
        ])
      }
      kept.add(line.id)
    })
    const removed = [...known].filter((id) => !kept.has(id))
    if (removed.length > 0) await trx.deleteFrom('definition_criteria').where('id', 'in', removed).execute()
    for (const [position, line] of criteria.entries()) {
      if (line.id === undefined) {
        await trx
          .insertInto('definition_criteria')
          .values({
            product_id: productId,
            team_id: team,
            ...definitionColumns.write({ kind, position, text: line.text })
          })
          .execute()
      } else {
        await trx
          .updateTable('definition_criteria')
          .set(definitionColumns.patch({ position, text: line.text }))
          .where('id', '=', line.id)
          .execute()
      }
    }
  })
  return readSettings(db, productId)
}
