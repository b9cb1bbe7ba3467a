import type Database from 'better-sqlite3'
import { SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely'

/**
 * SQLite runs schema changes inside transactions, but Kysely's adapter says it cannot (kysely#56,
 * kept that way upstream), so its migrator would apply each migration without one and a failure
 * halfway, say between dropping a table and renaming its rebuilt copy, would stay half-applied.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

class AppSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter()
  }
}

/** The dialect for every Kysely instance on the app's database: its migrator then runs each migration in a transaction. */
export function sqliteDialect(database: Database.Database): SqliteDialect {
  return new AppSqliteDialect({ database })
}
