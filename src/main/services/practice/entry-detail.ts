import type { PracticeEntryDetail } from '@shared/api/methods/practice'
import type { Db } from '../deps'
import { toAction } from './actions'
import { getEntryRow, toEntries } from './entry-rows'
import { EVIDENCE_COLUMNS, toEvidence } from './evidence-rows'

/** An entry with its actions by day and its evidence in the order it was added. */
export async function readEntryDetail(db: Db, id: number): Promise<PracticeEntryDetail> {
  const row = await getEntryRow(db, id)
  const [entry] = await toEntries(db, [row])
  const actions = await db
    .selectFrom('practice_actions')
    .selectAll()
    .where('entry_id', '=', id)
    .orderBy('on_day')
    .orderBy('id')
    .execute()
  const evidence = await db
    .selectFrom('practice_evidence')
    .select(EVIDENCE_COLUMNS)
    .where('entry_id', '=', id)
    .orderBy('id')
    .execute()
  return {
    ...entry!,
    actions: actions.map(toAction),
    evidence: await Promise.all(evidence.map((e) => toEvidence(db, row.product_id, e)))
  }
}
