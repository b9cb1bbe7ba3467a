import type { MethodsOf } from '../../api/handlers'
import type { UndoableEdits } from './undoable'

const PATCH_WORDS: Record<string, string> = {
  type: 'type',
  title: 'title',
  description: 'description',
  estimate: 'estimate',
  stateId: 'status',
  parentId: 'parent',
  teamId: 'team',
  notes: 'notes',
  criteria: 'acceptance criteria',
  labels: 'labels',
  readyChecks: 'Ready checks'
}

/** "estimate of “X”" for a one-field change, "edit of “X”" for several. */
function updateLabel(patch: object, title: string): string {
  const fields = Object.keys(patch)
  const only = fields.length === 1 ? PATCH_WORDS[fields[0] as string] : undefined
  return `${only ? `${only} change` : 'edit'} of “${title}”`
}

/** The backlog's own mutating methods and what their undo says. */
export const BACKLOG_EDITS: UndoableEdits<MethodsOf<'backlog'>> = {
  'backlog.create': { items: () => [], label: (_input, title) => `adding “${title}”` },
  'backlog.update': { items: ({ id }) => [id], label: ({ patch }, title) => updateLabel(patch, title) },
  'backlog.move': { items: ({ id }) => [id], label: (_input, title) => `move of “${title}”` },
  'backlog.delete': { items: ({ id }) => [id], label: (_input, title) => `deletion of “${title}”` },
  'backlog.restore': { items: ({ id }) => [id], label: (_input, title) => `restoring “${title}”` },
  'backlog.link': {
    items: ({ blockerId, blockedId }) => [blockerId, blockedId],
    label: (_input, title) => `link from “${title}”`
  },
  'backlog.unlink': {
    items: ({ blockerId, blockedId }) => [blockerId, blockedId],
    label: (_input, title) => `unlink from “${title}”`
  }
}
