import { sql, type Kysely, type RawBuilder } from 'kysely'

/**
 * An item's acceptance criteria as one text, in their order, for the search index. The order comes
 * from a subquery rather than `group_concat(... ORDER BY ...)`, which needs SQLite 3.44: the schema
 * must stay readable by every SQLite from 3.37 on (Debian 12 and Ubuntu 22.04 ship older ones than
 * 3.44), or their tools call the whole file malformed. SQLite keeps the ORDER BY of a subquery that
 * an aggregate reads and concatenates in that order; the documentation does not promise it, so
 * tests/integration/db-older-sqlite.test.ts checks it in both SQLites.
 */
export function criteriaTextOf(itemId: string): RawBuilder<unknown> {
  return sql.raw(
    `(SELECT coalesce(group_concat(text, char(10)), '') FROM (SELECT text FROM acceptance_criteria WHERE item_id = ${itemId} ORDER BY position, id))`
  )
}

/** The search index triggers that read an item's criteria (0007 created them, 0013 recreated them portably). */
export const CRITERIA_TRIGGERS = [
  'item_search_insert',
  'item_search_criteria_insert',
  'item_search_criteria_update',
  'item_search_criteria_delete',
  'item_search_criteria_move'
] as const

/**
 * Creates the triggers of CRITERIA_TRIGGERS, which keep the criteria column of `item_search` in step;
 * `when` (a WHEN clause, from 0016 on) says when they fire.
 */
export async function createCriteriaTriggers(db: Kysely<unknown>, when: RawBuilder<unknown> = sql``): Promise<void> {
  await sql`CREATE TRIGGER item_search_insert AFTER INSERT ON backlog_items ${when} BEGIN
    INSERT INTO item_search (rowid, title, description, criteria) VALUES (new.id, new.title, new.description, ${criteriaTextOf('new.id')});
  END`.execute(db)
  for (const [event, row] of [
    ['INSERT', 'new'],
    ['UPDATE', 'new'],
    ['DELETE', 'old']
  ] as const) {
    await sql`CREATE TRIGGER ${sql.raw(`item_search_criteria_${event.toLowerCase()}`)} AFTER ${sql.raw(event)} ON acceptance_criteria ${when} BEGIN
      UPDATE item_search SET criteria = ${criteriaTextOf(`${row}.item_id`)} WHERE rowid = ${sql.raw(`${row}.item_id`)};
    END`.execute(db)
  }
  // An item that moves to another criterion list (update of item_id) refreshes its old list too.
  await sql`CREATE TRIGGER item_search_criteria_move AFTER UPDATE OF item_id ON acceptance_criteria ${when} BEGIN
    UPDATE item_search SET criteria = ${criteriaTextOf('old.item_id')} WHERE rowid = old.item_id;
  END`.execute(db)
}

/** The search index triggers on the items' own title and description (0007 created them). */
export const ITEM_TRIGGERS = ['item_search_update', 'item_search_delete'] as const

/** Creates the triggers of ITEM_TRIGGERS; `when` as for createCriteriaTriggers. */
export async function createItemTriggers(db: Kysely<unknown>, when: RawBuilder<unknown> = sql``): Promise<void> {
  await sql`CREATE TRIGGER item_search_update AFTER UPDATE OF title, description ON backlog_items ${when} BEGIN
    UPDATE item_search SET title = new.title, description = new.description WHERE rowid = new.id;
  END`.execute(db)
  await sql`CREATE TRIGGER item_search_delete AFTER DELETE ON backlog_items ${when} BEGIN
    DELETE FROM item_search WHERE rowid = old.id;
  END`.execute(db)
}

/** Fills the criteria column for every existing item. */
export async function indexExistingItems(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO item_search (rowid, title, description, criteria)
    SELECT i.id, i.title, i.description, ${criteriaTextOf('i.id')} FROM backlog_items i`.execute(db)
}
