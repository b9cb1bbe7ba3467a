import { useMemo, useState } from 'react'
import type { WorkflowState } from '@shared/api'
import { STATE_CATEGORIES, STATE_CATEGORY_LABELS, type StateCategory } from '@shared/domain/backlog'
import { POLICY_MAX_LENGTH, takesWipLimit } from '@shared/domain/flow'
import { cite } from '@shared/domain/guides'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { NameInput } from '@renderer/ui/NameInput'
import { useBacklog, useWorkflow } from '@renderer/features/backlog/queries'
import { useAddState, useDeleteState, useReorderStates, useUpdateState } from './queries'
import { FormActions } from '@renderer/ui/FormActions'
import { WipLimitInput } from './WipLimitInput'
import { formatCount, formatNumber } from '@shared/domain/format'

/** The product's workflow: rename, recategorise, reorder, add and delete states. */
export function WorkflowEditor({ productId }: { productId: number }) {
  const workflow = useWorkflow(productId)
  const items = useBacklog(productId).data
  const reorder = useReorderStates(productId)
  const [deleting, setDeleting] = useState<WorkflowState | null>(null)
  const states = workflow.data ?? []
  const counts = useMemo(() => {
    const map = new Map<number, number>()
    for (const item of items ?? []) map.set(item.stateId, (map.get(item.stateId) ?? 0) + 1)
    return map
  }, [items])

  const move = (index: number, delta: number) => {
    const ids = states.map((s) => s.id)
    const [id] = ids.splice(index, 1)
    ids.splice(index + delta, 0, id!)
    reorder.mutate(ids)
  }

  return (
    <section className="card settings-card" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Workflow</h2>
      <p className="muted">
        Every state belongs to a category: new items start in the first to-do state, flow metrics read in progress and
        done. Each of those three keeps at least one state. Removed is for work dropped without being done (cancelled,
        won’t do, duplicate): it counts neither as finished nor as open work.
      </p>
      <p className="muted">
        A WIP limit caps the items a to-do or in-progress state holds at once; the board warns when a state goes over
        it. Entry and exit policies say, in the team’s words, when an item may enter a state and when it is ready to
        leave. Both belong to the team’s Definition of Workflow ({cite('kanban', 'workflow')}).
      </p>
      <ErrorMessage error={workflow.error} />
      <table className="workflow-table">
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Name</th>
            <th scope="col">Category</th>
            <th scope="col">Items</th>
            <th scope="col">WIP limit</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {states.map((state, index) => (
            <StateRow
              key={state.id}
              productId={productId}
              state={state}
              index={index}
              last={index === states.length - 1}
              itemCount={counts.get(state.id) ?? 0}
              onMove={move}
              onDelete={() => setDeleting(state)}
            />
          ))}
        </tbody>
      </table>
      <ErrorMessage error={reorder.error} />
      <AddStateForm productId={productId} />
      <DeleteStateDialog
        state={deleting}
        states={states}
        itemCount={deleting ? (counts.get(deleting.id) ?? 0) : 0}
        productId={productId}
        onClose={() => setDeleting(null)}
      />
    </section>
  )
}

interface StateRowProps {
  productId: number
  state: WorkflowState
  index: number
  last: boolean
  itemCount: number
  onMove: (index: number, delta: number) => void
  onDelete: () => void
}

function StateRow({ productId, state, index, last, itemCount, onMove, onDelete }: StateRowProps) {
  const update = useUpdateState(productId)
  return (
    <>
      <tr className="state-row">
        <td className="order-cell">
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${state.name} up`}
            disabled={index === 0}
            onClick={() => onMove(index, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${state.name} down`}
            disabled={last}
            onClick={() => onMove(index, 1)}
          >
            ↓
          </button>
        </td>
        <td>
          {/* Each draft starts again from what the server holds when that value changes (a save, an undo);
              keyed on its own value only, so saving one field leaves the others, and an open policy, alone. */}
          <NameInput
            key={state.name}
            label={`Name of state ${index + 1}`}
            name={state.name}
            maxLength={40}
            onRename={(name) => update.mutate({ id: state.id, patch: { name } })}
          />
        </td>
        <td>
          <select
            aria-label={`Category of ${state.name}`}
            value={state.category}
            onChange={(e) => update.mutate({ id: state.id, patch: { category: e.target.value as StateCategory } })}
          >
            {STATE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {STATE_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </td>
        <td className="count-cell">{formatNumber(itemCount)}</td>
        <td>
          {takesWipLimit(state.category) ? (
            <WipLimitInput
              key={state.wipLimit ?? 'none'}
              label={`WIP limit of ${state.name}`}
              limit={state.wipLimit}
              onSave={(wipLimit) => update.mutate({ id: state.id, patch: { wipLimit } })}
            />
          ) : (
            <span className="muted" title="Done and removed work is not in progress">
              —
              <span className="visually-hidden">
                {' '}
                no WIP limit for {STATE_CATEGORY_LABELS[state.category].toLowerCase()} states
              </span>
            </span>
          )}
        </td>
        <td>
          <button type="button" className="danger" onClick={onDelete}>
            Delete
          </button>
        </td>
      </tr>
      <tr className="policy-row">
        <td />
        <td colSpan={5}>
          <PolicyEditor
            state={state}
            onSave={(patch) => update.mutate({ id: state.id, patch })}
            saving={update.isPending}
          />
        </td>
      </tr>
      {update.error ? (
        <tr>
          <td colSpan={6}>
            <ErrorMessage error={update.error} />
          </td>
        </tr>
      ) : null}
    </>
  )
}

const POLICY_FIELDS = [
  {
    key: 'entryPolicy',
    label: 'Entry policy',
    hint: 'When may an item enter this state? E.g. it meets the Definition of Ready and someone pulls it.'
  },
  {
    key: 'exitPolicy',
    label: 'Exit policy',
    hint: 'When is an item ready to leave it? E.g. reviewed by a second developer, tests pass.'
  }
] as const
type Policies = Pick<WorkflowState, (typeof POLICY_FIELDS)[number]['key']>

interface PolicyProps {
  state: WorkflowState
  onSave: (patch: Policies) => void
  saving: boolean
}

/** Entry and exit policies of one state, folded away until asked for; the summary says whether they are set. */
function PolicyEditor(props: PolicyProps) {
  const { state } = props
  const set = [state.entryPolicy && 'entry', state.exitPolicy && 'exit'].filter(Boolean)
  return (
    <details className="policy-editor">
      <summary>
        Policies of {state.name}{' '}
        <span className="muted">({set.length === 0 ? 'none yet' : `${set.join(' and ')} set`})</span>
      </summary>
      {/* The draft starts again when the saved policies change; the fold stays open. */}
      <PolicyForm key={JSON.stringify([state.entryPolicy, state.exitPolicy])} {...props} />
    </details>
  )
}

function PolicyForm({ state, onSave, saving }: PolicyProps) {
  const [draft, setDraft] = useState<Policies>({ entryPolicy: state.entryPolicy, exitPolicy: state.exitPolicy })
  const changed = POLICY_FIELDS.some(({ key }) => draft[key].trim() !== state[key])
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault()
        onSave(draft)
      }}
    >
      {POLICY_FIELDS.map(({ key, label, hint }) => (
        <div className="field" key={key}>
          <label htmlFor={`${key}-${state.id}`}>{label}</label>
          <textarea
            id={`${key}-${state.id}`}
            rows={2}
            maxLength={POLICY_MAX_LENGTH}
            placeholder={hint}
            value={draft[key]}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          />
        </div>
      ))}
      <button type="submit" disabled={!changed || saving}>
        Save the policies of {state.name}
      </button>
    </form>
  )
}

function AddStateForm({ productId }: { productId: number }) {
  const [name, setName] = useState('')
  const [category, setCategory] = useState<StateCategory>('in_progress')
  const add = useAddState(productId)
  return (
    <form
      className="add-state"
      aria-label="Add a workflow state"
      onSubmit={(e) => {
        e.preventDefault()
        add.mutate({ name, category }, { onSuccess: () => setName('') })
      }}
    >
      <div className="field grow">
        <label htmlFor="new-state-name">New state</label>
        <input
          id="new-state-name"
          value={name}
          maxLength={40}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-state-category">Category</label>
        <select id="new-state-category" value={category} onChange={(e) => setCategory(e.target.value as StateCategory)}>
          {STATE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {STATE_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={!name.trim() || add.isPending}>
        Add state
      </button>
      <div className="add-state-error">
        <ErrorMessage error={add.error} />
      </div>
    </form>
  )
}

interface DeleteStateDialogProps {
  state: WorkflowState | null
  states: readonly WorkflowState[]
  itemCount: number
  productId: number
  onClose: () => void
}

/** Deleting a state merges it into another: its items and their history move there. */
function DeleteStateDialog({ state, states, itemCount, productId, onClose }: DeleteStateDialogProps) {
  return (
    <Dialog open={state !== null} title={state ? `Delete “${state.name}”` : 'Delete state'} onClose={onClose}>
      {state && (
        <DeleteStateForm
          key={state.id}
          state={state}
          states={states}
          itemCount={itemCount}
          productId={productId}
          onClose={onClose}
        />
      )}
    </Dialog>
  )
}

function DeleteStateForm({
  state,
  states,
  itemCount,
  productId,
  onClose
}: DeleteStateDialogProps & { state: WorkflowState }) {
  const others = states.filter((s) => s.id !== state.id)
  // The nearest state of the same category is the likeliest home for its items.
  const [target, setTarget] = useState(() => (others.find((s) => s.category === state.category) ?? others[0])?.id ?? 0)
  const remove = useDeleteState(productId)
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault()
        remove.mutate({ id: state.id, moveItemsTo: target }, { onSuccess: onClose })
      }}
    >
      <p>
        {itemCount === 0
          ? `No item is in “${state.name}” now. Items that passed through it keep their history under the state you choose.`
          : `${formatCount(itemCount, 'item is', 'items are')} in “${state.name}”. They move to the state you choose, and so does their history.`}
      </p>
      <div className="field">
        <label htmlFor="move-items-to">Move its items to</label>
        <select id="move-items-to" value={target} onChange={(e) => setTarget(Number(e.target.value))}>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} · {STATE_CATEGORY_LABELS[s.category].toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      <FormActions
        error={remove.error}
        pending={remove.isPending}
        submitLabel="Delete state"
        onCancel={onClose}
        danger
      />
    </form>
  )
}
