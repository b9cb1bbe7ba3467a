import { z } from 'zod'
import { EmpathyMap, JobStory } from '@shared/api/methods/personas'
import { IsoDay } from '@shared/api/methods/common'
import { GRID_MAX, GRID_MIN, MAX_DISCUSSED } from '@shared/domain/customers'
import { PERSONA_KINDS } from '@shared/domain/discovery'
import { linkedItemIds } from '../backlog/item-references'
import { defineSection } from '../transfer/section'
import { contactColumns, personaColumns, stakeholderColumns } from './columns'

const Id = z.number().int().positive()
const GridScore = z.number().int().min(GRID_MIN).max(GRID_MAX)

const CustomersSection = z.object({
  personas: z.array(
    z.object({
      // For other sections' references (segments, interviews); files written before them have none.
      id: Id.optional(),
      name: z.string().min(1),
      // Files written before personas said buyer or user described users.
      buyerOrUser: z.enum(PERSONA_KINDS).default('user'),
      role: z.string(),
      picture: z.string().nullable(),
      context: z.string(),
      goals: z.string(),
      pains: z.string(),
      quote: z.string(),
      empathy: EmpathyMap,
      jobStories: z.array(JobStory),
      createdAt: z.string(),
      updatedAt: z.string(),
      itemIds: z.array(Id)
    })
  ),
  stakeholders: z.array(
    z.object({
      // For other sections' references (Sprint Review feedback); files written before they existed have none.
      id: Id.optional(),
      name: z.string().min(1),
      role: z.string(),
      power: GridScore,
      interest: GridScore,
      interests: z.string(),
      cadenceDays: z.number().int().positive().nullable(),
      lastContactOn: z.string().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
      // Files written before the contact log existed have only the last contact's day.
      contacts: z
        .array(z.object({ on: IsoDay, discussed: z.string().max(MAX_DISCUSSED), createdAt: z.string() }))
        .optional()
    })
  )
})

/** Personas with their empathy maps, job stories and items, and the stakeholder map. */
export const customersSection = defineSection({
  name: 'customers',
  schema: CustomersSection,

  async export(db, productId) {
    const personas = await db
      .selectFrom('personas')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    const personaItems = await linkedItemIds(db, 'persona', productId)
    const stakeholders = await db
      .selectFrom('stakeholders')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    const contacts = await db
      .selectFrom('stakeholder_contacts as c')
      .innerJoin('stakeholders as s', 's.id', 'c.stakeholder_id')
      .select(['c.stakeholder_id', 'c.on_day', 'c.discussed', 'c.created_at'])
      .where('s.product_id', '=', productId)
      .orderBy('c.id')
      .execute()
    return {
      personas: personas.map((p) => ({
        id: p.id,
        ...personaColumns.read(p),
        itemIds: personaItems.get(p.id) ?? []
      })),
      stakeholders: stakeholders.map((s) => ({
        id: s.id,
        ...stakeholderColumns.read(s),
        contacts: contacts.filter((c) => c.stakeholder_id === s.id).map((c) => contactColumns.read(c))
      }))
    }
  },

  async import(trx, productId, data, ids) {
    for (const [index, p] of data.personas.entries()) {
      const { id } = await trx
        .insertInto('personas')
        .values({ product_id: productId, ...personaColumns.write(p) })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (p.id !== undefined) ids.set('persona', p.id, id)
      const itemIds = new Set(
        p.itemIds.map((itemId, i) => ids.get('item', itemId, `customers.personas.${index}.itemIds.${i}`))
      )
      if (itemIds.size > 0)
        await trx
          .insertInto('item_persona_links')
          .values([...itemIds].map((item_id) => ({ item_id, persona_id: id })))
          .execute()
    }
    for (const s of data.stakeholders) {
      const { id } = await trx
        .insertInto('stakeholders')
        .values({ product_id: productId, ...stakeholderColumns.write(s) })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (s.id !== undefined) ids.set('stakeholder', s.id, id)
      // As migration 0019 did for databases: the last contact's day starts the log of an older file.
      const contacts =
        s.contacts ?? (s.lastContactOn === null ? [] : [{ on: s.lastContactOn, discussed: '', createdAt: s.updatedAt }])
      for (const c of contacts) {
        await trx
          .insertInto('stakeholder_contacts')
          .values({ stakeholder_id: id, ...contactColumns.write(c) })
          .execute()
      }
    }
  }
})
