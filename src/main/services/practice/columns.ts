import { z } from 'zod'
import { EvidenceSnapshot } from '@shared/api/methods/practice'
import { json, rowMapping } from '../../db/columns'

export const entryColumns = rowMapping(
  'practice_entries',
  {
    trackId: 'track_id',
    targetKey: 'target_key',
    experiments: json('experiments', z.array(z.string())),
    plan: 'plan',
    outcome: 'outcome',
    reflection: 'reflection',
    status: 'status',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id']
)

export const actionColumns = rowMapping('practice_actions', { on: 'on_day', text: 'text', createdAt: 'created_at' }, [
  'entry_id'
])

/** `ref` points at the linked row (its kind says which table), so the product file translates it. */
export const evidenceColumns = rowMapping(
  'practice_evidence',
  {
    kind: 'kind',
    title: 'title',
    text: 'text',
    refKey: 'ref_key',
    snapshot: json('snapshot', EvidenceSnapshot.nullable()),
    fileName: 'file_name',
    fileType: 'file_type',
    fileSize: 'file_size',
    fileData: 'file_data',
    addedAt: 'added_at'
  },
  ['entry_id', 'ref']
)

/** The file columns of evidence that is not a file. */
export const NO_FILE = { fileName: null, fileType: null, fileSize: null, fileData: null } as const
