import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

export type Db = Kysely<Database>

/** What every service needs: the database and a clock (injected so tests can fix time). */
export interface ServiceDeps {
  db: Db
  now: () => Date
}

/** Runs `work` in a transaction, joining the caller's if there is one, so services compose atomically. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work)
}
