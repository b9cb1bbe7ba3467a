import { sql, type Kysely } from 'kysely'
import { CSPO_TOPIC_TO_GOAL } from '@shared/domain/practice/cspo'

/**
 * The CSPO catalogue lists the course's 65 learning goals instead of 20 topics: journal entries of a
 * topic move to the goal that topic became, so no entry loses its place in the catalogue.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [topic, goal] of Object.entries(CSPO_TOPIC_TO_GOAL)) {
    await sql`UPDATE practice_entries SET target_key = ${`cspo/${goal}`} WHERE target_key = ${`cspo/${topic}`}`.execute(
      db
    )
  }
}
