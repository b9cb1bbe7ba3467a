import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import type { Migration } from 'kysely/migration'
import { describe, expect, it } from 'vitest'
import { sqliteDialect } from '../../src/main/db/dialect'
import { migrateToLatest } from '../../src/main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations'
import type { Database as Schema } from '../../src/main/db/schema'
import { addSampleAtOlderVersion } from './helpers/older-sample'
import { onCleanup, snapshotTables, tempDir } from './helpers/temp'

/** A connection set up as openDatabase sets it up, migrated through the first `version` migrations only. */
async function databaseAt(version: number) {
  const sqlite = new Database(join(tempDir(), 'po-studio.sqlite3'))
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  const db = new Kysely<Schema>({ dialect: sqliteDialect(sqlite) })
  onCleanup(() => db.destroy())
  await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, version))
  return { sqlite, db }
}

/** A database at `version` that holds the sample product as that version could hold it. */
async function sampleAt(version: number) {
  const older = await databaseAt(version)
  await addSampleAtOlderVersion(older.sqlite)
  return older
}

/** Everything about a table's shape that the rebuild must keep: columns, foreign keys, indexes. */
function shapeOf(sqlite: Database.Database, table: string) {
  return {
    columns: sqlite.pragma(`table_info(${table})`),
    foreignKeys: sqlite.pragma(`foreign_key_list(${table})`),
    indexes: (sqlite.pragma(`index_list(${table})`) as Array<{ name: string }>).map((index) => ({
      ...index,
      columns: sqlite.pragma(`index_info(${index.name})`)
    }))
  }
}

const REFERENCING = ['workflow_states', 'backlog_items', 'status_changes']

describe('0012_removed_category', () => {
  it('keeps every row of a version 11 database and then accepts the removed category', async () => {
    // The sample product: items in every default state, their status history, labels, links,
    // criteria (with the search index and its triggers), scores, goals, story map, practice.
    const { sqlite, db } = await sampleAt(11)
    expect(sqlite.pragma('user_version', { simple: true })).toBe(11)
    const product = sqlite.prepare('SELECT id FROM products').get() as { id: number }
    // Before 'removed' existed, cancelled work could only be filed under done.
    const wontDo = sqlite
      .prepare("INSERT INTO workflow_states (product_id, name, category, position) VALUES (?, 'Won''t do', 'done', 5)")
      .run(product.id).lastInsertRowid
    const parked = sqlite
      .prepare("INSERT INTO workflow_states (product_id, name, category, position) VALUES (?, 'Parked', 'todo', 6)")
      .run(product.id).lastInsertRowid
    const item = sqlite
      .prepare(
        'SELECT id, state_id FROM backlog_items WHERE product_id = ? AND deleted_at IS NULL ORDER BY rank LIMIT 1'
      )
      .get(product.id) as {
      id: number
      state_id: number
    }
    sqlite.prepare('UPDATE backlog_items SET state_id = ? WHERE id = ?').run(wontDo, item.id)
    sqlite
      .prepare(
        "INSERT INTO status_changes (item_id, from_state_id, to_state_id, changed_at) VALUES (?, ?, ?, '2025-03-10T09:00:00.000Z')"
      )
      .run(item.id, item.state_id, wontDo)
    // A deleted state leaves a gap that AUTOINCREMENT must not fill again.
    sqlite.prepare('DELETE FROM workflow_states WHERE id = ?').run(parked)

    const rowsBefore = snapshotTables(sqlite)
    const shapesBefore = REFERENCING.map((table) => shapeOf(sqlite, table))
    const sequenceBefore = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'workflow_states'").get()
    const categories = sqlite
      .prepare('SELECT category, count(*) AS n FROM workflow_states GROUP BY category ORDER BY category')
      .all()
    const itemsPerCategory = sqlite
      .prepare(
        'SELECT s.category, count(*) AS n FROM backlog_items i JOIN workflow_states s ON s.id = i.state_id GROUP BY s.category ORDER BY s.category'
      )
      .all()
    expect(itemsPerCategory.map((row) => (row as { category: string }).category)).toEqual([
      'done',
      'in_progress',
      'todo'
    ])

    // Up to this migration only: later ones may rewrite rows on purpose.
    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, 12))

    expect(sqlite.pragma('user_version', { simple: true })).toBe(12)
    const { kysely_migration: migrationsAfter, ...rowsAfter } = snapshotTables(sqlite)
    const { kysely_migration: migrationsBefore, ...rowsKept } = rowsBefore
    expect(rowsAfter).toEqual(rowsKept)
    expect(migrationsAfter!.count).toBe(migrationsBefore!.count + 1)
    expect(REFERENCING.map((table) => shapeOf(sqlite, table))).toEqual(shapesBefore)
    expect(sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'workflow_states'").get()).toEqual(
      sequenceBefore
    )
    expect(
      sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'workflow_states_new%'").get()
    ).toEqual({ n: 0 })
    expect(
      sqlite.prepare('SELECT category, count(*) AS n FROM workflow_states GROUP BY category ORDER BY category').all()
    ).toEqual(categories)
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)

    // The wider CHECK: 'removed' now, anything else still refused; foreign keys still enforced.
    const removed = sqlite
      .prepare("INSERT INTO workflow_states (product_id, name, category, position) VALUES (?, 'Removed', 'removed', 7)")
      .run(product.id)
    expect(Number(removed.lastInsertRowid)).toBe((sequenceBefore as { seq: number }).seq + 1)
    sqlite.prepare('UPDATE workflow_states SET category = ? WHERE id = ?').run('removed', wontDo)
    expect(() =>
      sqlite
        .prepare("INSERT INTO workflow_states (product_id, name, category, position) VALUES (?, 'X', 'archived', 8)")
        .run(product.id)
    ).toThrow(/CHECK/)
    expect(() =>
      sqlite
        .prepare("INSERT INTO workflow_states (product_id, name, category, position) VALUES (999, 'X', 'todo', 8)")
        .run()
    ).toThrow(/FOREIGN KEY/)
    expect(() => sqlite.prepare('DELETE FROM workflow_states WHERE id = ?').run(wontDo)).toThrow(/FOREIGN KEY/)
    // The cascade from products survived the rebuild too.
    sqlite.prepare('DELETE FROM products WHERE id = ?').run(product.id)
    expect(sqlite.prepare('SELECT count(*) AS n FROM workflow_states').get()).toEqual({ n: 0 })
  })
})

describe('0015_done_means_done', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0015_done_means_done')

  it('sends items done by override back to the Product Backlog, keeping the reason, and leaves the rest alone', async () => {
    const { sqlite, db } = await sampleAt(position)
    const product = sqlite.prepare('SELECT id FROM products').get() as { id: number }
    const stateOf = (category: string) =>
      (
        sqlite
          .prepare('SELECT id FROM workflow_states WHERE product_id = ? AND category = ? ORDER BY position LIMIT 1')
          .get(product.id, category) as { id: number }
      ).id
    const [todo, doing, done] = [stateOf('todo'), stateOf('in_progress'), stateOf('done')]
    const open = sqlite
      .prepare(
        "SELECT i.id FROM backlog_items i JOIN workflow_states s ON s.id = i.state_id WHERE s.category != 'done' AND i.product_id = ? ORDER BY rank LIMIT 2"
      )
      .all(product.id) as Array<{ id: number }>
    const [stillDone, reopened] = open.map((row) => row.id)
    const move = sqlite.prepare(
      'INSERT INTO status_changes (item_id, from_state_id, to_state_id, changed_at, dod_override) VALUES (?, ?, ?, ?, ?)'
    )
    const place = sqlite.prepare('UPDATE backlog_items SET state_id = ? WHERE id = ?')
    // As the version before stored them: one item left done by override, one overridden and reopened since.
    move.run(stillDone, doing, done, '2099-01-02T10:00:00.000Z', 'Tests next Sprint')
    place.run(done, stillDone)
    move.run(reopened, doing, done, '2099-01-02T10:00:00.000Z', 'Behind a flag')
    move.run(reopened, done, doing, '2099-01-03T10:00:00.000Z', null)
    place.run(doing, reopened)
    const confirmedBefore = sqlite.prepare('SELECT * FROM status_changes WHERE dod_override IS NULL ORDER BY id').all()
    const itemsBefore = sqlite
      .prepare('SELECT id, state_id FROM backlog_items WHERE id NOT IN (?, ?) ORDER BY id')
      .all(stillDone, reopened)

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    const history = (item: number) =>
      sqlite
        .prepare(
          'SELECT from_state_id AS "from", to_state_id AS "to", not_done_reason AS reason FROM status_changes WHERE item_id = ? ORDER BY changed_at, id'
        )
        .all(item)
    expect(history(stillDone!).at(-1)).toEqual({ from: doing, to: todo, reason: 'Tests next Sprint' })
    expect(sqlite.prepare('SELECT state_id FROM backlog_items WHERE id = ?').get(stillDone)).toEqual({ state_id: todo })
    expect(history(reopened!).slice(-2)).toEqual([
      { from: doing, to: todo, reason: 'Behind a flag' },
      { from: todo, to: doing, reason: null }
    ])
    expect(sqlite.prepare('SELECT state_id FROM backlog_items WHERE id = ?').get(reopened)).toEqual({ state_id: doing })
    // Confirmed moves and every other item are as they were; the reopened item's next move now starts from the backlog.
    const confirmedAfter = sqlite
      .prepare('SELECT * FROM status_changes WHERE not_done_reason IS NULL ORDER BY id')
      .all() as Array<Record<string, unknown>>
    expect(confirmedAfter.map(({ not_done_reason: _r, from_state_id: _f, ...rest }) => rest)).toEqual(
      (confirmedBefore as Array<Record<string, unknown>>).map(
        ({ dod_override: _d, from_state_id: _f, ...rest }) => rest
      )
    )
    expect(
      sqlite
        .prepare('SELECT id, state_id FROM backlog_items WHERE id NOT IN (?, ?) ORDER BY id')
        .all(stillDone, reopened)
    ).toEqual(itemsBefore)
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
  })
})

describe('0016_search_index_pause', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0016_search_index_pause')

  it('keeps the search index of a version 15 database, whose triggers then follow edits unless an import pauses them', async () => {
    const { sqlite, db } = await sampleAt(position)
    const indexed = () =>
      sqlite.prepare('SELECT rowid, title, description, criteria FROM item_search ORDER BY rowid').all()
    const before = indexed()
    expect(before.length).toBeGreaterThan(0)
    const itemsBefore = sqlite.prepare('SELECT * FROM backlog_items ORDER BY id').all()
    const labelsBefore = sqlite.prepare('SELECT * FROM item_labels ORDER BY item_id, label_id').all()

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    expect(indexed()).toEqual(before)
    expect(sqlite.prepare('SELECT * FROM backlog_items ORDER BY id').all()).toEqual(itemsBefore)
    expect(sqlite.prepare('SELECT * FROM item_labels ORDER BY item_id, label_id').all()).toEqual(labelsBefore)
    expect(sqlite.prepare('SELECT id, paused FROM search_index_state').all()).toEqual([{ id: 1, paused: 0 }])
    expect(
      sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'item_labels' AND sql IS NOT NULL")
        .all()
    ).toEqual([{ name: 'item_labels_label' }])

    const item = sqlite.prepare('SELECT id FROM backlog_items ORDER BY id LIMIT 1').get() as { id: number }
    const search = (word: string) =>
      sqlite.prepare('SELECT rowid AS id FROM item_search WHERE item_search MATCH ?').all(word)
    sqlite.prepare("UPDATE backlog_items SET title = 'Zeppelin delivery' WHERE id = ?").run(item.id)
    sqlite
      .prepare("INSERT INTO acceptance_criteria (item_id, position, text) VALUES (?, 99, 'Arrives by airship')")
      .run(item.id)
    expect(search('zeppelin')).toEqual([{ id: item.id }])
    expect(search('airship')).toEqual([{ id: item.id }])
    sqlite.exec('UPDATE search_index_state SET paused = 1')
    sqlite.prepare("UPDATE backlog_items SET title = 'Balloon delivery' WHERE id = ?").run(item.id)
    expect(search('balloon')).toEqual([])
    sqlite.exec('UPDATE search_index_state SET paused = 0')
    expect(() => sqlite.exec('INSERT INTO search_index_state (id, paused) VALUES (2, 0)')).toThrow(/CHECK/)
  })
})

describe('0017_flow_policies', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0017_flow_policies')

  it('keeps every row of the version before, gives its states no limit and empty policies, and holds one SLE per product', async () => {
    const { sqlite, db } = await sampleAt(position)
    const product = sqlite.prepare('SELECT id FROM products').get() as { id: number }
    const statesBefore = sqlite.prepare('SELECT * FROM workflow_states ORDER BY id').all() as Array<
      Record<string, unknown>
    >
    const { workflow_states: _states, kysely_migration: migrationsBefore, ...rowsBefore } = snapshotTables(sqlite)

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    expect(sqlite.pragma('user_version', { simple: true })).toBe(position + 1)
    const {
      workflow_states: _after,
      kysely_migration: migrationsAfter,
      service_level_expectations: sles,
      ...rowsAfter
    } = snapshotTables(sqlite)
    expect(rowsAfter).toEqual(rowsBefore)
    expect(migrationsAfter!.count).toBe(migrationsBefore!.count + 1)
    expect(sles!.count).toBe(0)
    expect(sqlite.prepare('SELECT * FROM workflow_states ORDER BY id').all()).toEqual(
      statesBefore.map((state) => ({ ...state, wip_limit: null, entry_policy: '', exit_policy: '' }))
    )
    expect(sqlite.pragma('foreign_key_check')).toEqual([])

    // The constraints: a limit of at least 1, an SLE between 50% and 99% of at least a day, one per product and team.
    const someState = statesBefore[0]!.id as number
    expect(() => sqlite.prepare('UPDATE workflow_states SET wip_limit = 0 WHERE id = ?').run(someState)).toThrow(
      /CHECK/
    )
    sqlite.prepare('UPDATE workflow_states SET wip_limit = 3 WHERE id = ?').run(someState)
    const addSle = sqlite.prepare(
      'INSERT INTO service_level_expectations (product_id, team_id, percentile, days) VALUES (?, ?, ?, ?)'
    )
    expect(() => addSle.run(product.id, null, 100, 10)).toThrow(/CHECK/)
    expect(() => addSle.run(product.id, null, 85, 0)).toThrow(/CHECK/)
    addSle.run(product.id, null, 85, 10)
    expect(() => addSle.run(product.id, null, 90, 12)).toThrow(/UNIQUE/)
    addSle.run(product.id, 7, 90, 12)
    expect(() => addSle.run(product.id, 7, 80, 8)).toThrow(/UNIQUE/)
    expect(() => addSle.run(999, null, 85, 10)).toThrow(/FOREIGN KEY/)
    // The SLE goes with its product.
    sqlite.prepare('DELETE FROM status_changes').run()
    sqlite.prepare('DELETE FROM products WHERE id = ?').run(product.id)
    expect(sqlite.prepare('SELECT count(*) AS n FROM service_level_expectations').get()).toEqual({ n: 0 })
  })
})

describe('0018_teams', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0018_teams')

  it('keeps every row of the version before, with no team anywhere, and then holds teams per product', async () => {
    const { sqlite, db } = await sampleAt(position)
    const product = sqlite.prepare('SELECT id FROM products').get() as { id: number }
    const before = snapshotTables(sqlite)
    const rows = (table: string) =>
      sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Array<Record<string, unknown>>
    const [items, sprints, lines] = [rows('backlog_items'), rows('sprints'), rows('definition_criteria')]
    expect(items.length).toBeGreaterThan(100)
    expect(sprints.length).toBeGreaterThan(0)

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    // Every row is as it was, with an empty team: the product works as one implicit team.
    const withoutTeam = (list: Array<Record<string, unknown>>) =>
      list.map(({ team_id: team, ...rest }) => (expect(team).toBeNull(), rest))
    expect(withoutTeam(rows('backlog_items'))).toEqual(items)
    expect(withoutTeam(rows('sprints'))).toEqual(sprints)
    expect(withoutTeam(rows('definition_criteria'))).toEqual(lines)
    const after = snapshotTables(sqlite)
    const changed = ['backlog_items', 'sprints', 'definition_criteria', 'kysely_migration']
    for (const table of Object.keys(before).filter((t) => !changed.includes(t))) {
      expect(after[table], table).toEqual(before[table])
    }
    expect(after.teams).toMatchObject({ count: 0 })

    const team = sqlite
      .prepare("INSERT INTO teams (product_id, name, position, created_at) VALUES (?, 'Team Lanes', 0, '2025-03-12')")
      .run(product.id).lastInsertRowid
    expect(() =>
      sqlite
        .prepare("INSERT INTO teams (product_id, name, position, created_at) VALUES (?, 'TEAM LANES', 1, '2025-03-12')")
        .run(product.id)
    ).toThrow(/UNIQUE/)
    // A team adds to the Definition of Done only.
    const line = sqlite.prepare(
      "INSERT INTO definition_criteria (product_id, kind, position, text, team_id) VALUES (?, ?, 9, 'Works at the pool', ?)"
    )
    expect(() => line.run(product.id, 'ready', team)).toThrow(/CHECK/)
    line.run(product.id, 'done', team)
    // The database keeps a team that still has items.
    sqlite.prepare('UPDATE backlog_items SET team_id = ? WHERE id = ?').run(team, items[0]!.id)
    expect(() => sqlite.prepare('DELETE FROM teams WHERE id = ?').run(team)).toThrow(/FOREIGN KEY/)
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
  })
})

describe('migrateToLatest', () => {
  // The app's migrations and one more after them.
  const plusOne = (name: string, up: Migration['up']) => [...MIGRATIONS, [name, { up }] as const]

  it('rolls back a migration that leaves a broken reference, and turns foreign keys back on', async () => {
    const { sqlite, db } = await databaseAt(LATEST_SCHEMA_VERSION)
    const before = snapshotTables(sqlite)
    const orphan = plusOne('9999_orphan', async (trx) => {
      await sql`INSERT INTO products (name, created_at, updated_at) VALUES ('Kept out', 'x', 'x')`.execute(trx)
      await sql`INSERT INTO workflow_states (product_id, name, category, position) VALUES (12345, 'Nowhere', 'todo', 0)`.execute(
        trx
      )
    })
    await expect(migrateToLatest(db as Kysely<unknown>, orphan)).rejects.toThrow(
      /Migration 9999_orphan failed and was rolled back: it would leave 1 broken reference \(workflow_states row \d+ points at a missing products row\)/
    )
    expect(snapshotTables(sqlite)).toEqual(before)
    expect(sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('turns foreign keys back on after a migration that throws', async () => {
    const { sqlite, db } = await databaseAt(LATEST_SCHEMA_VERSION)
    const broken = plusOne('9999_broken', async () => {
      throw new Error('boom')
    })
    await expect(migrateToLatest(db as Kysely<unknown>, broken)).rejects.toThrow(
      'Migration 9999_broken failed and was rolled back: boom'
    )
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('runs each migration with foreign keys off', async () => {
    const { sqlite, db } = await databaseAt(LATEST_SCHEMA_VERSION)
    let inside: unknown
    const probe = plusOne('9999_probe', async (trx) => {
      inside = (await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(trx)).rows[0]?.foreign_keys
    })
    await migrateToLatest(db as Kysely<unknown>, probe)
    expect(inside).toBe(0)
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('refuses a Kysely instance whose migrator would run migrations outside transactions', async () => {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) })
    onCleanup(() => db.destroy())
    await expect(migrateToLatest(db)).rejects.toThrow(/sqliteDialect\(\)/)
  })
})

describe('0019_sprint_reviews', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0019_sprint_reviews')

  it('keeps every row of the version before and starts each contact log with the day of the last contact', async () => {
    const { sqlite, db } = await sampleAt(position)
    const product = sqlite.prepare('SELECT id FROM products').get() as { id: number }
    // A stakeholder never contacted has no log entry to start with.
    sqlite
      .prepare(
        "INSERT INTO stakeholders (product_id, name, power, interest, created_at, updated_at) VALUES (?, 'New face', 10, 10, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z')"
      )
      .run(product.id)
    const stakeholders = sqlite
      .prepare('SELECT id, last_contact_on, updated_at FROM stakeholders ORDER BY id')
      .all() as Array<{ id: number; last_contact_on: string | null; updated_at: string }>
    expect(stakeholders.filter((s) => s.last_contact_on !== null).length).toBeGreaterThan(5)
    const rowsBefore = snapshotTables(sqlite)

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    const { kysely_migration: _after, ...rowsAfter } = snapshotTables(sqlite)
    const { kysely_migration: _before, ...rowsKept } = rowsBefore
    for (const [table, rows] of Object.entries(rowsKept)) expect(rowsAfter[table], table).toEqual(rows)
    expect(
      sqlite
        .prepare(
          'SELECT stakeholder_id AS stakeholderId, on_day AS onDay, discussed, created_at AS createdAt FROM stakeholder_contacts ORDER BY id'
        )
        .all()
    ).toEqual(
      stakeholders
        .filter((s) => s.last_contact_on !== null)
        .map((s) => ({ stakeholderId: s.id, onDay: s.last_contact_on, discussed: '', createdAt: s.updated_at }))
    )
    for (const table of [
      'sprint_reviews',
      'sprint_review_attendees',
      'sprint_review_feedback',
      'sprint_retrospectives',
      'retrospective_actions'
    ]) {
      expect(sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 })
    }
    expect(sqlite.pragma('foreign_key_check')).toEqual([])

    // A piece of feedback leads to one item at most; deleting its Sprint takes the review along.
    const sprint = sqlite.prepare('SELECT id FROM sprints ORDER BY id LIMIT 1').get() as { id: number }
    const item = sqlite.prepare('SELECT id FROM backlog_items ORDER BY id LIMIT 1').get() as { id: number }
    const review = sqlite
      .prepare(
        "INSERT INTO sprint_reviews (sprint_id, status, agenda, prepared_at, created_at, updated_at) VALUES (?, 'prepared', '{}', 'x', 'x', 'x')"
      )
      .run(sprint.id).lastInsertRowid
    const feedback = sqlite.prepare(
      "INSERT INTO sprint_review_feedback (review_id, stakeholder_id, stakeholder_name, text, created_item_id, changed_item_id, created_at) VALUES (?, ?, 'Grace', 'More', ?, ?, 'x')"
    )
    expect(() => feedback.run(review, stakeholders[0]!.id, item.id, item.id)).toThrow(/CHECK/)
    expect(() => sqlite.prepare("UPDATE sprint_reviews SET status = 'cancelled'").run()).toThrow(/CHECK/)
    feedback.run(review, stakeholders[0]!.id, item.id, null)
    sqlite.prepare('DELETE FROM stakeholders WHERE id = ?').run(stakeholders[0]!.id)
    expect(sqlite.prepare('SELECT stakeholder_id, stakeholder_name FROM sprint_review_feedback').get()).toEqual({
      stakeholder_id: null,
      stakeholder_name: 'Grace'
    })
    sqlite.prepare('DELETE FROM sprints WHERE id = ?').run(sprint.id)
    expect(sqlite.prepare('SELECT count(*) AS n FROM sprint_review_feedback').get()).toEqual({ n: 0 })
  })
})

describe('0020_discovery', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0020_discovery')

  it('keeps every row of the version before, makes every persona a user unless its role says buyer, and holds the discovery tables', async () => {
    const { sqlite, db } = await sampleAt(position)
    const product = sqlite.prepare('SELECT id FROM products').get() as { id: number }
    sqlite
      .prepare(
        "INSERT INTO personas (product_id, name, role, empathy, created_at, updated_at) VALUES (?, 'Nadia Rahman', ' Buyer ', '{}', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z')"
      )
      .run(product.id)
    const personas = sqlite.prepare('SELECT * FROM personas ORDER BY id').all() as Array<Record<string, unknown>>
    expect(personas.length).toBeGreaterThan(2)
    const rowsBefore = snapshotTables(sqlite)

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    const { kysely_migration: _after, personas: _personasAfter, ...rowsAfter } = snapshotTables(sqlite)
    const { kysely_migration: _before, personas: _personasBefore, ...rowsKept } = rowsBefore
    for (const [table, rows] of Object.entries(rowsKept)) expect(rowsAfter[table], table).toEqual(rows)
    const migrated = sqlite.prepare('SELECT * FROM personas ORDER BY id').all() as Array<Record<string, unknown>>
    expect(migrated.map(({ buyer_or_user: _kind, segment_id: _segment, ...rest }) => rest)).toEqual(personas)
    expect(migrated.map((p) => [p.name, p.buyer_or_user, p.segment_id])).toEqual(
      personas.map((p) => [p.name, p.name === 'Nadia Rahman' ? 'buyer' : 'user', null])
    )
    for (const table of [
      'customer_segments',
      'assumptions',
      'interviews',
      'interview_items',
      'interview_assumptions',
      'product_definition_versions'
    ]) {
      expect(sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 })
    }
    expect(sqlite.pragma('foreign_key_check')).toEqual([])

    // Segment names are unique per product regardless of case; a deleted segment leaves its personas in none.
    const segment = sqlite
      .prepare("INSERT INTO customer_segments (product_id, name, created_at, updated_at) VALUES (?, 'Clubs', 'x', 'x')")
      .run(product.id).lastInsertRowid
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO customer_segments (product_id, name, created_at, updated_at) VALUES (?, 'CLUBS', 'x', 'x')"
        )
        .run(product.id)
    ).toThrow(/UNIQUE/)
    sqlite.prepare('UPDATE personas SET segment_id = ?').run(segment)
    expect(() => sqlite.prepare("UPDATE personas SET buyer_or_user = 'payer'").run()).toThrow(/CHECK/)
    sqlite.prepare('DELETE FROM customer_segments WHERE id = ?').run(segment)
    expect(sqlite.prepare('SELECT count(*) AS n FROM personas WHERE segment_id IS NOT NULL').get()).toEqual({ n: 0 })

    // Scores run from 1 to 5; one experiment tests one assumption, and deleting it leaves the assumption untested.
    const experiment = sqlite.prepare('SELECT id FROM ebm_experiments ORDER BY id LIMIT 1').get() as { id: number }
    const assumption = sqlite.prepare(
      "INSERT INTO assumptions (product_id, statement, risk, importance, evidence, experiment_id, created_at, updated_at) VALUES (?, 'Parents book', 'value', ?, ?, ?, 'x', 'x')"
    )
    expect(() => assumption.run(product.id, 6, 1, null)).toThrow(/CHECK/)
    expect(() => assumption.run(product.id, 5, 0, null)).toThrow(/CHECK/)
    const tested = assumption.run(product.id, 5, 1, experiment.id).lastInsertRowid
    expect(() => assumption.run(product.id, 4, 2, experiment.id)).toThrow(/UNIQUE/)
    assumption.run(product.id, 4, 2, null)
    assumption.run(product.id, 3, 2, null)

    // An interview outlives the persona it was with; its links go with it.
    const persona = migrated[0]!.id as number
    const interview = sqlite
      .prepare(
        "INSERT INTO interviews (product_id, held_on, method, persona_id, learned, created_at, updated_at) VALUES (?, '2025-03-01', 'interview', ?, 'Parents book', 'x', 'x')"
      )
      .run(product.id, persona).lastInsertRowid
    sqlite
      .prepare('INSERT INTO interview_assumptions (interview_id, assumption_id) VALUES (?, ?)')
      .run(interview, tested)
    sqlite.prepare('DELETE FROM ebm_experiment_items WHERE experiment_id = ?').run(experiment.id)
    sqlite.prepare('DELETE FROM ebm_experiments WHERE id = ?').run(experiment.id)
    expect(sqlite.prepare('SELECT experiment_id FROM assumptions WHERE id = ?').get(tested)).toEqual({
      experiment_id: null
    })
    sqlite.prepare('DELETE FROM personas WHERE id = ?').run(persona)
    expect(sqlite.prepare('SELECT persona_id FROM interviews').get()).toEqual({ persona_id: null })
    sqlite.prepare('DELETE FROM interviews').run()
    expect(sqlite.prepare('SELECT count(*) AS n FROM interview_assumptions').get()).toEqual({ n: 0 })
  })
})

describe('0023_team_flow_policies', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0023_team_flow_policies')

  it('keeps every row of the version before, drops the SLEs of teams gone, and holds a WIP limit per team and state', async () => {
    const { sqlite, db } = await sampleAt(position)
    const product = sqlite.prepare('SELECT id FROM products').get() as { id: number }
    const team = sqlite
      .prepare("INSERT INTO teams (product_id, name, position, created_at) VALUES (?, 'Team Pool', 9, '2025-03-12')")
      .run(product.id).lastInsertRowid
    const sle = sqlite.prepare(
      'INSERT INTO service_level_expectations (product_id, team_id, percentile, days) VALUES (?, ?, 85, 9)'
    )
    sle.run(product.id, team)
    // A team SLE left behind by a team removed before this version.
    sle.run(product.id, 9999)
    const before = snapshotTables(sqlite)
    const sles = sqlite
      .prepare('SELECT * FROM service_level_expectations WHERE team_id IS NULL OR team_id <> 9999 ORDER BY id')
      .all()

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    const after = snapshotTables(sqlite)
    for (const table of Object.keys(before).filter(
      (t) => !['kysely_migration', 'service_level_expectations'].includes(t)
    )) {
      expect(after[table], table).toEqual(before[table])
    }
    expect(sqlite.prepare('SELECT * FROM service_level_expectations ORDER BY id').all()).toEqual(sles)
    expect(after.team_wip_limits).toMatchObject({ count: 0 })

    const inProgress = sqlite.prepare("SELECT id FROM workflow_states WHERE name = 'In progress'").get() as {
      id: number
    }
    const limit = sqlite.prepare('INSERT INTO team_wip_limits (team_id, state_id, wip_limit) VALUES (?, ?, ?)')
    expect(() => limit.run(team, inProgress.id, 0)).toThrow(/CHECK/)
    limit.run(team, inProgress.id, 2)
    expect(() => limit.run(team, inProgress.id, 3)).toThrow(/UNIQUE|PRIMARY KEY/)
    sqlite.prepare('DELETE FROM teams WHERE id = ?').run(team)
    expect(sqlite.prepare('SELECT count(*) AS n FROM team_wip_limits').get()).toEqual({ n: 0 })
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
  })
})

describe('0024_cspo_learning_goals', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0024_cspo_learning_goals')

  it('moves journal entries of the twenty CSPO topics to the goal each became, and keeps every other row', async () => {
    const { sqlite, db } = await sampleAt(position)
    const product = sqlite.prepare('SELECT id FROM products').get() as { id: number }
    const entry = sqlite.prepare(
      "INSERT INTO practice_entries (product_id, track_id, target_key, experiments, plan, outcome, reflection, status, created_at, updated_at) VALUES (?, ?, ?, '[]', 'p', '', '', 'planned', 'x', 'x')"
    )
    for (const [track, key] of [
      ['cspo', 'cspo/vision'],
      ['cspo', 'cspo/acceptance'],
      ['qspo-1', 'qspo-1/vision']
    ])
      entry.run(product.id, track, key)
    const keys = () =>
      (
        sqlite.prepare('SELECT target_key FROM practice_entries ORDER BY id').all() as Array<{ target_key: string }>
      ).map((r) => r.target_key)
    const keysBefore = keys()
    const rowsBefore = snapshotTables(sqlite)

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    const { kysely_migration: _after, practice_entries: _entriesAfter, ...rowsAfter } = snapshotTables(sqlite)
    const { kysely_migration: _before, practice_entries: entriesBefore, ...rowsKept } = rowsBefore
    for (const [table, rows] of Object.entries(rowsKept)) expect(rowsAfter[table], table).toEqual(rows)
    const moved = new Map([
      ['cspo/vision', 'cspo/2.2'],
      ['cspo/acceptance', 'cspo/7.8']
    ])
    expect(keys()).toHaveLength(entriesBefore!.count)
    expect(keys()).toEqual(keysBefore.map((key) => moved.get(key) ?? key))
    expect(keys()).toContain('qspo-1/vision')
  })
})

describe('0025_item_keys', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0025_item_keys')

  it('numbers the items of each product in their id order, derives each prefix from the name, and numbers new items after them', async () => {
    const { sqlite, db } = await sampleAt(position)
    // A second product whose items were added between the sample's: numbers still run per product.
    const other = Number(
      sqlite
        .prepare(
          "INSERT INTO products (name, description, is_sample, created_at, updated_at) VALUES ('Harbour ferries', '', 0, 'x', 'x')"
        )
        .run().lastInsertRowid
    )
    const state = Number(
      sqlite
        .prepare("INSERT INTO workflow_states (product_id, name, category, position) VALUES (?, 'To do', 'todo', 0)")
        .run(other).lastInsertRowid
    )
    const addOther = sqlite.prepare(
      "INSERT INTO backlog_items (product_id, type, title, description, state_id, rank, created_at, updated_at) VALUES (?, 'story', ?, '', ?, 'a0', 'x', 'x')"
    )
    addOther.run(other, 'Buy a ticket', state)
    addOther.run(other, 'Refund a ticket', state)
    const rows = (table: string) =>
      sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Array<Record<string, unknown>>
    const [items, products] = [rows('backlog_items'), rows('products')]
    expect(items.length).toBeGreaterThan(100)
    const before = snapshotTables(sqlite)

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    // Every row as it was, with its number; other tables untouched.
    const after = rows('backlog_items')
    expect(after.map(({ number: _number, ...rest }) => rest)).toEqual(items)
    for (const productId of [...new Set(items.map((i) => i.product_id))]) {
      const numbers = after.filter((i) => i.product_id === productId).map((i) => i.number)
      expect(numbers, `product ${productId}`).toEqual(numbers.map((_, index) => index + 1))
    }
    expect(
      rows('products').map(({ item_prefix: prefix, next_item_number: next, ...rest }) => [rest, prefix, next])
    ).toEqual(
      products.map((p) => [p, p.id === other ? 'HF' : 'SL', after.filter((i) => i.product_id === p.id).length + 1])
    )
    const now = snapshotTables(sqlite)
    for (const table of Object.keys(before).filter(
      (t) => !['backlog_items', 'products', 'kysely_migration'].includes(t)
    )) {
      expect(now[table], table).toEqual(before[table])
    }

    // The next item of either product continues its own sequence; a number is never used twice.
    addOther.run(other, 'Print a ticket', state)
    expect(
      sqlite.prepare('SELECT number FROM backlog_items WHERE product_id = ? ORDER BY id DESC LIMIT 1').get(other)
    ).toEqual({ number: 3 })
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO backlog_items (product_id, type, title, description, state_id, rank, created_at, updated_at, number) VALUES (?, 'story', 'Again', '', ?, 'a1', 'x', 'x', 3)"
        )
        .run(other, state)
    ).toThrow(/UNIQUE/)
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
  })
})

describe('0026_strategy', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0026_strategy')

  it('keeps every row of the version before and adds empty strategy tables that hold their rules', async () => {
    const { sqlite, db } = await sampleAt(position)
    const product = sqlite.prepare('SELECT id FROM products').get() as { id: number }
    const persona = sqlite.prepare('SELECT id FROM personas ORDER BY id LIMIT 1').get() as { id: number }
    const rowsBefore = snapshotTables(sqlite)
    expect(rowsBefore.personas!.count).toBeGreaterThan(0)

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    const { kysely_migration: _after, ...rowsAfter } = snapshotTables(sqlite)
    const { kysely_migration: _before, ...rowsKept } = rowsBefore
    const added = [
      'strategy_canvases',
      'canvas_versions',
      'competitors',
      'competitor_criteria',
      'competitor_scores',
      'cost_items'
    ]
    expect(Object.keys(rowsAfter).sort()).toEqual([...Object.keys(rowsKept), ...added].sort())
    for (const [table, rows] of Object.entries(rowsKept)) expect(rowsAfter[table], table).toEqual(rows)
    for (const table of added) expect(rowsAfter[table], table).toMatchObject({ count: 0 })

    // Only a Value Proposition Canvas has a persona, and it outlives the persona.
    const canvas = sqlite.prepare(
      "INSERT INTO strategy_canvases (product_id, kind, title, persona_id, created_at, updated_at) VALUES (?, ?, 'Canvas', ?, 'x', 'x')"
    )
    expect(() => canvas.run(product.id, 'bmc', persona.id)).toThrow(/CHECK/)
    expect(() => canvas.run(product.id, 'lean', null)).toThrow(/CHECK/)
    const vpc = canvas.run(product.id, 'vpc', persona.id).lastInsertRowid
    const version = sqlite.prepare(
      "INSERT INTO canvas_versions (canvas_id, number, reason, content, saved_at) VALUES (?, ?, 'Why', '{}', 'x')"
    )
    version.run(vpc, 1)
    expect(() => version.run(vpc, 1)).toThrow(/UNIQUE/)
    sqlite.prepare('DELETE FROM personas WHERE id = ?').run(persona.id)
    expect(sqlite.prepare('SELECT persona_id FROM strategy_canvases WHERE id = ?').get(vpc)).toEqual({
      persona_id: null
    })

    // Scores and weights are 1 to 5; names are unique per product whatever their case.
    const competitor = sqlite.prepare(
      "INSERT INTO competitors (product_id, name, position, created_at, updated_at) VALUES (?, ?, 0, 'x', 'x')"
    )
    const rival = competitor.run(product.id, 'SwimBook').lastInsertRowid
    expect(() => competitor.run(product.id, 'swimbook')).toThrow(/UNIQUE/)
    const criterion = sqlite.prepare(
      "INSERT INTO competitor_criteria (product_id, name, weight, own_score, position, created_at) VALUES (?, ?, ?, ?, 0, 'x')"
    )
    expect(() => criterion.run(product.id, 'Price', 6, null)).toThrow(/CHECK/)
    expect(() => criterion.run(product.id, 'Price', 1, 0)).toThrow(/CHECK/)
    const price = criterion.run(product.id, 'Price', 3, 4).lastInsertRowid
    const score = sqlite.prepare('INSERT INTO competitor_scores (competitor_id, criterion_id, score) VALUES (?, ?, ?)')
    expect(() => score.run(rival, price, 9)).toThrow(/CHECK/)
    score.run(rival, price, 2)
    sqlite.prepare('DELETE FROM competitor_criteria WHERE id = ?').run(price)
    expect(sqlite.prepare('SELECT count(*) AS n FROM competitor_scores').get()).toEqual({ n: 0 })

    const cost = sqlite.prepare(
      "INSERT INTO cost_items (product_id, category, name, amount, period, position, created_at, updated_at) VALUES (?, ?, 'Hosting', ?, ?, 0, 'x', 'x')"
    )
    expect(() => cost.run(product.id, 'run', -1, 'monthly')).toThrow(/CHECK/)
    expect(() => cost.run(product.id, 'run', 10, 'weekly')).toThrow(/CHECK/)
    expect(() => cost.run(product.id, 'marketing', 10, 'monthly')).toThrow(/CHECK/)
    cost.run(product.id, 'run', 420.5, 'monthly')
    sqlite.prepare('DELETE FROM products WHERE id = ?').run(product.id)
    for (const table of ['strategy_canvases', 'canvas_versions', 'competitors', 'competitor_criteria', 'cost_items']) {
      expect(sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 })
    }
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
  })
})

describe('0027_strategy_more', () => {
  const position = MIGRATIONS.findIndex(([name]) => name === '0027_strategy_more')

  it('keeps the canvases and their versions of the version before, accepts a technical strategy, and holds influences', async () => {
    const { sqlite, db } = await sampleAt(position)
    const product = sqlite.prepare('SELECT id FROM products').get() as { id: number }
    const kinds = sqlite.prepare('SELECT kind, count(*) AS n FROM strategy_canvases GROUP BY kind ORDER BY kind').all()
    expect(kinds).toEqual([
      { kind: 'bmc', n: 1 },
      { kind: 'swot', n: 1 },
      { kind: 'vpc', n: 1 }
    ])
    // A deleted canvas leaves a gap that AUTOINCREMENT must not fill again.
    const gone = sqlite
      .prepare(
        "INSERT INTO strategy_canvases (product_id, kind, title, created_at, updated_at) VALUES (?, 'swot', 'Gone', 'x', 'x')"
      )
      .run(product.id).lastInsertRowid
    sqlite.prepare('DELETE FROM strategy_canvases WHERE id = ?').run(gone)
    const rowsBefore = snapshotTables(sqlite)
    const shapesBefore = ['strategy_canvases', 'canvas_versions'].map((table) => shapeOf(sqlite, table))
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO strategy_canvases (product_id, kind, title, created_at, updated_at) VALUES (?, 'tech', 'T', 'x', 'x')"
        )
        .run(product.id)
    ).toThrow(/CHECK/)

    await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, position + 1))

    expect(sqlite.pragma('user_version', { simple: true })).toBe(position + 1)
    const { kysely_migration: _after, influences, ...rowsAfter } = snapshotTables(sqlite)
    const { kysely_migration: _before, ...rowsKept } = rowsBefore
    expect(rowsAfter).toEqual(rowsKept)
    expect(influences).toMatchObject({ count: 0 })
    expect(['strategy_canvases', 'canvas_versions'].map((table) => shapeOf(sqlite, table))).toEqual(shapesBefore)
    expect(
      sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'strategy_canvases_new%'").get()
    ).toEqual({ n: 0 })
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')

    // The wider CHECK: a technical strategy now, without a persona; anything else still refused.
    const canvas = sqlite.prepare(
      "INSERT INTO strategy_canvases (product_id, kind, title, persona_id, created_at, updated_at) VALUES (?, ?, 'Canvas', ?, 'x', 'x')"
    )
    const persona = sqlite.prepare('SELECT id FROM personas ORDER BY id LIMIT 1').get() as { id: number }
    const tech = canvas.run(product.id, 'tech', null).lastInsertRowid
    expect(Number(tech)).toBe(Number(gone) + 1)
    expect(() => canvas.run(product.id, 'tech', persona.id)).toThrow(/CHECK/)
    expect(() => canvas.run(product.id, 'lean', null)).toThrow(/CHECK/)
    expect(() => canvas.run(999, 'tech', null)).toThrow(/FOREIGN KEY/)
    sqlite
      .prepare(
        "INSERT INTO canvas_versions (canvas_id, number, reason, content, saved_at) VALUES (?, 1, 'Why', '{}', 'x')"
      )
      .run(tech)
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO canvas_versions (canvas_id, number, reason, content, saved_at) VALUES (999, 1, 'Why', '{}', 'x')"
        )
        .run()
    ).toThrow(/FOREIGN KEY/)
    // Removing a persona still keeps its Value Proposition Canvas.
    const vpc = sqlite.prepare("SELECT id, persona_id FROM strategy_canvases WHERE kind = 'vpc'").get() as {
      id: number
      persona_id: number
    }
    sqlite.prepare('DELETE FROM personas WHERE id = ?').run(vpc.persona_id)
    expect(sqlite.prepare('SELECT persona_id FROM strategy_canvases WHERE id = ?').get(vpc.id)).toEqual({
      persona_id: null
    })

    // Ratings are 1 to 5; a factor's name is unique per product whatever its case.
    const factor = sqlite.prepare(
      "INSERT INTO influences (product_id, name, predictability, control, position, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 'x', 'x')"
    )
    expect(() => factor.run(product.id, 'Budget', 0, 3)).toThrow(/CHECK/)
    expect(() => factor.run(product.id, 'Budget', 3, 6)).toThrow(/CHECK/)
    factor.run(product.id, 'Budget', 2, 1)
    expect(() => factor.run(product.id, 'budget', 2, 1)).toThrow(/UNIQUE/)
    expect(sqlite.prepare("SELECT note FROM influences WHERE name = 'Budget'").get()).toEqual({ note: '' })

    // The cascades from products survived the rebuild.
    sqlite.prepare('DELETE FROM products WHERE id = ?').run(product.id)
    for (const table of ['strategy_canvases', 'canvas_versions', 'influences']) {
      expect(sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 })
    }
  })
})
