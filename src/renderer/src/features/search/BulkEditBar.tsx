import { useState } from 'react'
import type { BacklogListItem, MethodInput, WorkflowState } from '@shared/api'
import type { Team } from '@shared/api/methods/teams'
import { isDoneCategory, ITEM_TYPE_LABELS, ITEM_TYPES } from '@shared/domain/backlog'
import { FIBONACCI_POINTS } from '@shared/domain/estimate'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useProductSettings } from '@renderer/features/settings/queries'
import { bulkDoneLines } from '@renderer/features/teams/shape'
import { useBulkUpdate, useLabels } from './queries'
import { selection, useCheckedIds } from './selectionStore'
import { formatCount } from '@shared/domain/format'

type Patch = MethodInput<'backlog.bulkUpdate'>['patch']

const NO_ESTIMATE = 'none'
const NO_TEAM = 'none'

interface BulkEditBarProps {
  productId: number
  states: readonly WorkflowState[]
  teams: readonly Team[]
  items: readonly BacklogListItem[]
}

/** Changes every ticked row at once; one Undo reverts the whole change. */
export function BulkEditBar({ productId, states, teams, items }: BulkEditBarProps) {
  const checked = useCheckedIds()
  const bulk = useBulkUpdate(productId)
  const labels = useLabels(productId)
  const productDone = useProductSettings(productId).data?.definitionOfDone ?? []
  const [newLabel, setNewLabel] = useState('')
  const [pendingDone, setPendingDone] = useState<WorkflowState | null>(null)
  if (checked.size === 0) return null
  const ids = [...checked]
  const count = formatCount(ids.length, 'item')
  // The selected items' whole Definition of Done: the product's lines and their teams' additions.
  const done = bulkDoneLines(
    productDone,
    teams,
    items.filter((item) => checked.has(item.id)).map((item) => item.teamId)
  )

  const apply = (patch: Patch, what: string, doneChecks?: number[]) =>
    bulk.mutate(
      { ids, patch, ...(doneChecks && { confirmDone: true, doneChecks }) },
      { onSuccess: () => notify(`Changed the ${what} of ${count}.`) }
    )

  const onStatus = (value: string) => {
    const state = states.find((s) => String(s.id) === value)
    if (!state) return
    if (isDoneCategory(state.category)) setPendingDone(state)
    else apply({ stateId: state.id }, 'status')
  }

  return (
    <section className="bulk-bar" aria-label="Bulk edit">
      <strong className="bulk-count" role="status">
        {count} selected
      </strong>
      <div className="inline-field">
        <label htmlFor="bulk-type">Type</label>
        <select
          id="bulk-type"
          value=""
          disabled={bulk.isPending}
          onChange={(e) => apply({ type: e.target.value as Patch['type'] }, 'type')}
        >
          <option value="">Set type…</option>
          {ITEM_TYPES.map((type) => (
            <option key={type} value={type}>
              {ITEM_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor="bulk-status">Status</label>
        <select id="bulk-status" value="" disabled={bulk.isPending} onChange={(e) => onStatus(e.target.value)}>
          <option value="">Set status…</option>
          {states.map((state) => (
            <option key={state.id} value={state.id}>
              {state.name}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor="bulk-estimate">Estimate</label>
        <select
          id="bulk-estimate"
          value=""
          disabled={bulk.isPending}
          onChange={(e) =>
            apply({ estimate: e.target.value === NO_ESTIMATE ? null : Number(e.target.value) }, 'estimate')
          }
        >
          <option value="">Set estimate…</option>
          <option value={NO_ESTIMATE}>No estimate</option>
          {FIBONACCI_POINTS.map((points) => (
            <option key={points} value={points}>
              {points}
            </option>
          ))}
        </select>
      </div>
      {teams.length > 0 && (
        <div className="inline-field">
          <label htmlFor="bulk-team">Team</label>
          <select
            id="bulk-team"
            value=""
            disabled={bulk.isPending}
            onChange={(e) => apply({ teamId: e.target.value === NO_TEAM ? null : Number(e.target.value) }, 'team')}
          >
            <option value="">Set team…</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
            <option value={NO_TEAM}>No team</option>
          </select>
        </div>
      )}
      <form
        className="inline-field"
        onSubmit={(e) => {
          e.preventDefault()
          if (!newLabel.trim()) return
          apply({ addLabels: [newLabel.trim()] }, 'labels')
          setNewLabel('')
        }}
      >
        <label htmlFor="bulk-add-label">Add label</label>
        <input
          id="bulk-add-label"
          value={newLabel}
          list="bulk-label-names"
          onChange={(e) => setNewLabel(e.target.value)}
        />
        <datalist id="bulk-label-names">
          {(labels.data ?? []).map((label) => (
            <option key={label.id} value={label.name} />
          ))}
        </datalist>
        <button type="submit" disabled={bulk.isPending || !newLabel.trim()}>
          Add
        </button>
      </form>
      <div className="inline-field">
        <label htmlFor="bulk-remove-label">Remove label</label>
        <select
          id="bulk-remove-label"
          value=""
          disabled={bulk.isPending || !labels.data?.length}
          onChange={(e) => apply({ removeLabels: [e.target.value] }, 'labels')}
        >
          <option value="">Choose…</option>
          {(labels.data ?? []).map((label) => (
            <option key={label.id} value={label.name}>
              {label.name}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="link-button" onClick={() => selection.clear()}>
        Clear selection
      </button>
      {bulk.error && <ErrorMessage error={bulk.error} />}
      <ConfirmDialog
        open={pendingDone !== null}
        title="Definition of Done"
        message={`Moving ${count} to ${pendingDone?.name ?? ''} says each of them meets the Definition of Done${done.additions}. Do they?`}
        confirmLabel={`Yes, move to ${pendingDone?.name ?? ''}`}
        onConfirm={() => pendingDone && apply({ stateId: pendingDone.id }, 'status', done.ids)}
        onClose={() => setPendingDone(null)}
      />
    </section>
  )
}
