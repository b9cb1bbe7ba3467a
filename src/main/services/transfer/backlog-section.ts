import { z } from 'zod'
import { ITEM_TYPES, STATE_CATEGORIES } from '@shared/domain/backlog'
import { ESTIMATE_SCALES } from '@shared/domain/items/estimate-scale'
import { rewriteOverrides } from '@shared/domain/items/not-done'
import { SPLIT_PATTERNS } from '@shared/domain/splitting/patterns'
import { ItemPrefix } from '@shared/api/schemas'
import type { Db } from '../deps'
import { writeCriteria, writeLabels } from '../backlog/detail'
import { itemColumns, statusChangeColumns } from '../backlog/columns'
import { criteriaAndLabels, groupByItem } from '../backlog/criteria-and-labels'
import { productColumns } from '../products/columns'
import { splitColumns } from '../refinement/columns'
import { definitionColumns, settingsColumns } from '../settings/columns'
import { teamColumns } from '../teams/columns'
import { stateColumns } from '../workflow/columns'
import { defineSection, type IdMap } from './section'

const Id = z.number().int().positive()

const BacklogSection = z.object({
  // Files written before teams have none.
  teams: z
    .array(z.object({ id: Id, name: z.string().trim().min(1), position: z.number().int(), createdAt: z.string() }))
    .refine((teams) => new Set(teams.map((team) => team.name.toLowerCase())).size === teams.length, {
      message: 'A product’s team names differ from one another'
    })
    .default([]),
  states: z
    .array(
      z.object({
        id: Id,
        name: z.string().min(1),
        category: z.enum(STATE_CATEGORIES),
        position: z.number().int(),
        // Files written before flow policies read as "no limit, no policies".
        wipLimit: z.number().int().positive().nullable().default(null),
        entryPolicy: z.string().default(''),
        exitPolicy: z.string().default('')
      })
    )
    .min(1),
  items: z
    .array(
      z.object({
        id: Id,
        /** The item's number in the product (PB-12 is number 12); files written before keys have none. */
        number: Id.optional(),
        type: z.enum(ITEM_TYPES),
        title: z.string().min(1),
        description: z.string(),
        estimate: z.number().nullable(),
        stateId: Id,
        rank: z.string().min(1),
        createdAt: z.string(),
        updatedAt: z.string(),
        // Files written before items had these read as "none".
        parentId: Id.nullable().default(null),
        teamId: Id.nullable().default(null),
        notes: z.string().default(''),
        criteria: z.array(z.string()).default([]),
        labels: z.array(z.string()).default([]),
        /** Ids of the Definition of Ready lines (`definitionOfReady[].id`) the item meets. */
        readyChecks: z.array(Id).default([])
      })
    )
    .refine(
      (items) => {
        const numbers = items.flatMap((item) => (item.number === undefined ? [] : [item.number]))
        return new Set(numbers).size === numbers.length
      },
      { message: 'Each item has its own number' }
    ),
  history: z.array(
    z.object({
      itemId: Id,
      fromStateId: Id.nullable(),
      toStateId: Id,
      changedAt: z.string(),
      notDoneReason: z.string().nullable().default(null),
      // Files written before done meant done: the reason an item was moved to done without the Definition of Done.
      dodOverride: z.string().nullable().optional()
    })
  ),
  links: z.array(z.object({ blockerId: Id, blockedId: Id })).default([]),
  /** How items were split (the parent and the pattern), which backlog health counts. */
  splits: z.array(z.object({ itemId: Id, pattern: z.enum(SPLIT_PATTERNS), splitAt: z.string() })).default([]),
  /** What starts the item keys, and the number the next new item gets (past deleted items, which the file leaves out). */
  itemKeys: z.object({ prefix: ItemPrefix, nextNumber: Id }).nullable().default(null),
  settings: z
    .object({ estimateScale: z.enum(ESTIMATE_SCALES), estimateThreshold: z.number().positive() })
    .nullable()
    .default(null),
  definitionOfReady: z.array(z.object({ id: Id, text: z.string().min(1) })).default([]),
  /** The product's lines (teamId null) and the teams' additions. */
  definitionOfDone: z
    .array(z.object({ id: Id, text: z.string().min(1), teamId: Id.nullable().default(null) }))
    .default([])
})

/**
 * The teams, the workflow, the live backlog items in order with their teams, criteria, labels,
 * parents and Ready checks, the blocking links between them, their status history, and the
 * product's settings. Teams live here because items and Definition of Done lines refer to them.
 */
export const backlogSection = defineSection({
  name: 'backlog',
  schema: BacklogSection,

  async export(db, productId) {
    const teams = await db
      .selectFrom('teams')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('position')
      .orderBy('id')
      .execute()
    const states = await db
      .selectFrom('workflow_states')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('position')
      .execute()
    const items = await db
      .selectFrom('backlog_items')
      .selectAll()
      .where('product_id', '=', productId)
      .where('deleted_at', 'is', null)
      .orderBy('rank')
      .orderBy('id')
      .execute()
    const history = await db
      .selectFrom('status_changes as c')
      .innerJoin('backlog_items as i', 'i.id', 'c.item_id')
      .select(['c.item_id', 'c.from_state_id', 'c.to_state_id', 'c.changed_at', 'c.not_done_reason'])
      .where('i.product_id', '=', productId)
      .where('i.deleted_at', 'is', null)
      .orderBy('c.item_id')
      .orderBy('c.changed_at')
      .orderBy('c.id')
      .execute()
    const liveIds = new Set(items.map((i) => i.id))
    const { criteriaOf, labelsOf } = await criteriaAndLabels(db, productId)
    const definitions = await db
      .selectFrom('definition_criteria')
      .select(['id', 'kind', 'text', 'team_id'])
      .where('product_id', '=', productId)
      .orderBy('position')
      .orderBy('id')
      .execute()
    const checks = await db
      .selectFrom('item_ready_checks as r')
      .innerJoin('definition_criteria as d', 'd.id', 'r.criterion_id')
      .select(['r.item_id', 'r.criterion_id'])
      .where('d.product_id', '=', productId)
      .orderBy('r.item_id')
      .orderBy('d.position')
      .execute()
    const links = await db
      .selectFrom('item_links as l')
      .innerJoin('backlog_items as i', 'i.id', 'l.blocker_id')
      .select(['l.blocker_id', 'l.blocked_id'])
      .where('i.product_id', '=', productId)
      .orderBy('l.blocker_id')
      .orderBy('l.blocked_id')
      .execute()
    const splits = await db
      .selectFrom('item_splits as s')
      .innerJoin('backlog_items as i', 'i.id', 's.item_id')
      .select(['s.item_id', 's.pattern', 's.split_at'])
      .where('i.product_id', '=', productId)
      .where('i.deleted_at', 'is', null)
      .orderBy('s.split_at')
      .orderBy('s.id')
      .execute()
    const settings = await db
      .selectFrom('product_settings')
      .selectAll()
      .where('product_id', '=', productId)
      .executeTakeFirst()
    const product = await db.selectFrom('products').selectAll().where('id', '=', productId).executeTakeFirstOrThrow()
    const { itemPrefix, nextItemNumber } = productColumns.read(product)
    const checksOf = groupByItem(checks, (c) => c.criterion_id)
    const definition = (kind: 'ready' | 'done') => definitions.filter((d) => d.kind === kind)
    return {
      teams: teams.map((t) => ({ id: t.id, ...teamColumns.read(t) })),
      states: states.map((s) => ({ id: s.id, ...stateColumns.read(s) })),
      items: items.map((i) => {
        // The file has neither: live items only, and import keys travel in the search section.
        const { externalKey: _key, deletedAt: _deleted, ...own } = itemColumns.read(i)
        return {
          id: i.id,
          ...own,
          stateId: i.state_id,
          // A deleted parent is not in the file; the child then stands on its own.
          parentId: i.parent_id !== null && liveIds.has(i.parent_id) ? i.parent_id : null,
          teamId: i.team_id,
          criteria: criteriaOf(i.id),
          labels: labelsOf(i.id),
          readyChecks: checksOf(i.id)
        }
      }),
      history: history.map((h) => ({
        itemId: h.item_id,
        fromStateId: h.from_state_id,
        toStateId: h.to_state_id,
        ...statusChangeColumns.read(h)
      })),
      links: links
        .filter((l) => liveIds.has(l.blocker_id) && liveIds.has(l.blocked_id))
        .map((l) => ({ blockerId: l.blocker_id, blockedId: l.blocked_id })),
      splits: splits.map((s) => ({ itemId: s.item_id, ...splitColumns.read(s) })),
      itemKeys: { prefix: itemPrefix, nextNumber: nextItemNumber },
      settings: settings ? settingsColumns.read(settings) : null,
      definitionOfReady: definition('ready').map(({ id, text }) => ({ id, text })),
      definitionOfDone: definition('done').map(({ id, text, team_id }) => ({ id, text, teamId: team_id }))
    }
  },

  async import(trx, productId, document, ids) {
    const data = withOverridesReturned(document)
    for (const team of data.teams) {
      const { id } = await trx
        .insertInto('teams')
        .values({ product_id: productId, ...teamColumns.write(team) })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('team', team.id, id)
    }
    // The new product came with the default workflow; the document's own workflow replaces it.
    await trx.deleteFrom('workflow_states').where('product_id', '=', productId).execute()
    for (const state of data.states) {
      const { id } = await trx
        .insertInto('workflow_states')
        .values({ product_id: productId, ...stateColumns.write(state) })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('state', state.id, id)
    }
    if (data.itemKeys)
      await trx
        .updateTable('products')
        .set(productColumns.patch({ itemPrefix: data.itemKeys.prefix, nextItemNumber: data.itemKeys.nextNumber }))
        .where('id', '=', productId)
        .execute()
    // A file from before keys numbers its items as the migration numbered a database's: in id order.
    const numberInIdOrder = new Map(
      [...data.items].sort((a, b) => a.id - b.id).map((item, index) => [item.id, index + 1])
    )
    for (const [index, item] of data.items.entries()) {
      const { id } = await trx
        .insertInto('backlog_items')
        .values({
          product_id: productId,
          state_id: ids.get('state', item.stateId, `backlog.items.${index}.stateId`),
          team_id: ids.getNullable('team', item.teamId, `backlog.items.${index}.teamId`),
          ...itemColumns.write({
            ...item,
            number: item.number ?? numberInIdOrder.get(item.id)!,
            externalKey: null,
            deletedAt: null
          })
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('item', item.id, id)
    }
    for (const [index, change] of data.history.entries()) {
      const path = `backlog.history.${index}`
      await trx
        .insertInto('status_changes')
        .values({
          item_id: ids.get('item', change.itemId, `${path}.itemId`),
          from_state_id: ids.getNullable('state', change.fromStateId, `${path}.fromStateId`),
          to_state_id: ids.get('state', change.toStateId, `${path}.toStateId`),
          ...statusChangeColumns.write(change)
        })
        .execute()
    }
    await importDetail(trx, productId, data, ids)
  }
})

/**
 * An older file may hold items moved to done without meeting the Definition of Done: they come in
 * back on the Product Backlog with their reason, as the migration returned them in databases.
 * The history is in time order per item, which is all the rewrite needs.
 */
function withOverridesReturned(data: z.output<typeof BacklogSection>): z.output<typeof BacklogSection> {
  const rewrite = rewriteOverrides(
    data.states,
    new Map(data.items.map((item) => [item.id, item.stateId])),
    data.history.map((c) => ({
      itemId: c.itemId,
      fromStateId: c.fromStateId,
      toStateId: c.toStateId,
      override: c.dodOverride ?? null
    }))
  )
  return {
    ...data,
    items: data.items.map((item) => ({ ...item, stateId: rewrite.itemStates.get(item.id) ?? item.stateId })),
    history: data.history.map((change, index) => {
      const next = rewrite.history[index]!
      return { ...change, ...next, notDoneReason: next.notDoneReason ?? change.notDoneReason }
    })
  }
}

/** What items carry beyond their own row; runs after the items exist, since parents and links may point anywhere. */
async function importDetail(
  trx: Db,
  productId: number,
  data: z.output<typeof BacklogSection>,
  ids: IdMap
): Promise<void> {
  if (data.settings) {
    await trx
      .insertInto('product_settings')
      .values({ product_id: productId, ...settingsColumns.write(data.settings) })
      .execute()
  }
  for (const kind of ['ready', 'done'] as const) {
    const lines =
      kind === 'ready' ? data.definitionOfReady.map((line) => ({ ...line, teamId: null })) : data.definitionOfDone
    for (const [position, line] of lines.entries()) {
      const { id } = await trx
        .insertInto('definition_criteria')
        .values({
          product_id: productId,
          team_id: ids.getNullable('team', line.teamId, `backlog.definitionOfDone.${position}.teamId`),
          ...definitionColumns.write({ kind, position, text: line.text })
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set(`${kind} line`, line.id, id)
    }
  }
  for (const [index, item] of data.items.entries()) {
    const path = `backlog.items.${index}`
    const id = ids.get('item', item.id, `${path}.id`)
    if (item.parentId !== null) {
      await trx
        .updateTable('backlog_items')
        .set({ parent_id: ids.get('item', item.parentId, `${path}.parentId`) })
        .where('id', '=', id)
        .execute()
    }
    await writeCriteria(trx, id, item.criteria)
    await writeLabels(trx, productId, id, item.labels)
    if (item.readyChecks.length > 0) {
      await trx
        .insertInto('item_ready_checks')
        .values(
          item.readyChecks.map((check, i) => ({
            item_id: id,
            criterion_id: ids.get('ready line', check, `${path}.readyChecks.${i}`)
          }))
        )
        .execute()
    }
  }
  for (const [index, link] of data.links.entries()) {
    const path = `backlog.links.${index}`
    await trx
      .insertInto('item_links')
      .values({
        blocker_id: ids.get('item', link.blockerId, `${path}.blockerId`),
        blocked_id: ids.get('item', link.blockedId, `${path}.blockedId`)
      })
      .onConflict((c) => c.doNothing())
      .execute()
  }
  for (const [index, split] of data.splits.entries()) {
    await trx
      .insertInto('item_splits')
      .values({
        item_id: ids.get('item', split.itemId, `backlog.splits.${index}.itemId`),
        ...splitColumns.write(split)
      })
      .execute()
  }
}
