import { z } from 'zod'
import { ITEM_TYPES, STATE_CATEGORIES } from '@shared/domain/backlog'
import { defineSection } from './section'

const Id = z.number().int().positive()

const BacklogSection = z.object({
  states: z.array(z.object({ id: Id, name: z.string().min(1), category: z.enum(STATE_CATEGORIES), position: z.number().int() })).min(1),
  items: z.array(
    z.object({
      id: Id,
      type: z.enum(ITEM_TYPES),
      title: z.string().min(1),
      description: z.string(),
      estimate: z.number().nullable(),
      stateId: Id,
      rank: z.string().min(1),
      createdAt: z.string(),
      updatedAt: z.string()
    })
  ),
  history: z.array(z.object({ itemId: Id, fromStateId: Id.nullable(), toStateId: Id, changedAt: z.string() }))
})

/** The workflow, the live backlog items in order, and their status history. */
export const backlogSection = defineSection({
  name: 'backlog',
  schema: BacklogSection,

  async export(db, productId) {
    const states = await db.selectFrom('workflow_states').selectAll().where('product_id', '=', productId).orderBy('position').execute()
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
      .select(['c.item_id', 'c.from_state_id', 'c.to_state_id', 'c.changed_at'])
      .where('i.product_id', '=', productId)
      .where('i.deleted_at', 'is', null)
      .orderBy('c.item_id')
      .orderBy('c.changed_at')
      .orderBy('c.id')
      .execute()
    return {
      states: states.map((s) => ({ id: s.id, name: s.name, category: s.category, position: s.position })),
      items: items.map((i) => ({
        id: i.id,
        type: i.type,
        title: i.title,
        description: i.description,
        estimate: i.estimate,
        stateId: i.state_id,
        rank: i.rank,
        createdAt: i.created_at,
        updatedAt: i.updated_at
      })),
      history: history.map((h) => ({ itemId: h.item_id, fromStateId: h.from_state_id, toStateId: h.to_state_id, changedAt: h.changed_at }))
    }
  },

  async import(trx, productId, data, ids) {
    // The new product came with the default workflow; the document's own workflow replaces it.
    await trx.deleteFrom('workflow_states').where('product_id', '=', productId).execute()
    for (const state of data.states) {
      const { id } = await trx
        .insertInto('workflow_states')
        .values({ product_id: productId, name: state.name, category: state.category, position: state.position })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('state', state.id, id)
    }
    for (const [index, item] of data.items.entries()) {
      const { id } = await trx
        .insertInto('backlog_items')
        .values({
          product_id: productId,
          type: item.type,
          title: item.title,
          description: item.description,
          estimate: item.estimate,
          state_id: ids.get('state', item.stateId, `backlog.items.${index}.stateId`),
          rank: item.rank,
          created_at: item.createdAt,
          updated_at: item.updatedAt,
          deleted_at: null
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
          changed_at: change.changedAt
        })
        .execute()
    }
  }
})
