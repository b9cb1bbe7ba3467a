import type { ParsedInput } from '@shared/api'
import type { PracticeEntry, TrackProgress } from '@shared/api/methods/practice'
import { TRACKS, trackProgress } from '@shared/domain/practice'
import type { ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { addAction, removeAction } from './actions'
import { createEntry, updateEntry } from './entries'
import { readEntryDetail } from './entry-detail'
import { getEntryRow, toEntries, type EntryRow } from './entry-rows'
import { addEvidence, evidenceFile, removeEvidence } from './evidence'

/** The practice journal: entries on the catalogue's assignments, their logged actions and evidence, and progress. */
export function createJournalService(deps: ServiceDeps) {
  const { db } = deps

  async function list(productId: number, trackId?: string): Promise<PracticeEntry[]> {
    await getProduct(db, productId)
    let query = db.selectFrom('practice_entries').selectAll().where('product_id', '=', productId)
    if (trackId) query = query.where('track_id', '=', trackId as EntryRow['track_id'])
    return toEntries(db, await query.orderBy('updated_at', 'desc').orderBy('id', 'desc').execute())
  }

  return {
    list,
    detail: (id: number) => readEntryDetail(db, id),
    create: (input: ParsedInput<'practice.entries.create'>) => createEntry(deps, input),
    update: (input: ParsedInput<'practice.entries.update'>) => updateEntry(deps, input),

    async remove(id: number): Promise<{ deleted: number }> {
      await getEntryRow(db, id)
      // Actions and evidence go with the entry (ON DELETE CASCADE).
      await db.deleteFrom('practice_entries').where('id', '=', id).execute()
      return { deleted: id }
    },

    addAction: (input: ParsedInput<'practice.actions.add'>) => addAction(deps, input),
    removeAction: (id: number) => removeAction(deps, id),
    addEvidence: (input: ParsedInput<'practice.evidence.add'>) => addEvidence(deps, input),
    file: (id: number) => evidenceFile(deps, id),
    removeEvidence: (id: number) => removeEvidence(deps, id),

    async progress(productId: number): Promise<TrackProgress[]> {
      const entries = await list(productId)
      return TRACKS.map((track) => trackProgress(track, entries))
    }
  }
}
