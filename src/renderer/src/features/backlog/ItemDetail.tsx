import { useState, type FormEvent } from 'react'
import type { BacklogItem, WorkflowState } from '@shared/api'
import type { ItemType } from '@shared/domain/backlog'
import { ItemTypeField } from './ItemTypeField'
import { FIBONACCI_POINTS } from '@shared/domain/estimate'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useUpdateItem } from './queries'

interface ItemDetailProps {
  item: BacklogItem
  states: readonly WorkflowState[]
  position: number
  onClose: () => void
  onDelete: (item: BacklogItem) => void
}

type Patch = { type?: ItemType; title?: string; description?: string; estimate?: number | null; stateId?: number }

/** Mount with `key={item.id}`: the form starts from the item and keeps its own edits. */
export function ItemDetail({ item, states, position, onClose, onDelete }: ItemDetailProps) {
  const [title, setTitle] = useState(item.title)
  const [type, setType] = useState<ItemType>(item.type)
  const [description, setDescription] = useState(item.description)
  const [estimate, setEstimate] = useState(item.estimate === null ? '' : String(item.estimate))
  const [stateId, setStateId] = useState(item.stateId)
  const [saved, setSaved] = useState(false)
  const update = useUpdateItem()

  const patch: Patch = {}
  if (title !== item.title) patch.title = title
  if (type !== item.type) patch.type = type
  if (description !== item.description) patch.description = description
  const estimateValue = estimate === '' ? null : Number(estimate)
  if (estimateValue !== item.estimate) patch.estimate = estimateValue
  if (stateId !== item.stateId) patch.stateId = stateId
  const dirty = Object.keys(patch).length > 0

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!dirty) return
    update.mutate(
      { id: item.id, patch },
      {
        // The server trims text; take its values so the form is not left "changed".
        onSuccess: (result) => {
          setTitle(result.title)
          setDescription(result.description)
          setSaved(true)
        }
      }
    )
  }
  const edited = () => {
    setSaved(false)
    if (update.error) update.reset()
  }

  return (
    <aside
      className="detail-panel"
      aria-labelledby="detail-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          onClose()
        }
      }}
    >
      <header className="detail-header">
        <h2 id="detail-heading">
          Item #{item.id} <span className="muted">· position {position}</span>
        </h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      <form className="stack" onSubmit={submit} onChange={edited}>
        <div className="field">
          <label htmlFor="detail-title">Title</label>
          <input id="detail-title" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
        </div>
        <div className="field-row">
          <ItemTypeField id="detail-type" value={type} onChange={setType} />
          <div className="field">
            <label htmlFor="detail-estimate">Estimate</label>
            <select id="detail-estimate" value={estimate} onChange={(e) => setEstimate(e.target.value)}>
              <option value="">None</option>
              {FIBONACCI_POINTS.map((p) => (
                <option key={p} value={String(p)}>
                  {p}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="detail-state">Status</label>
            <select id="detail-state" value={stateId} onChange={(e) => setStateId(Number(e.target.value))}>
              {states.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor="detail-description">Description</label>
          <textarea id="detail-description" rows={10} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <ErrorMessage error={update.error} />
        <div className="detail-actions">
          <button type="submit" className="primary" disabled={!dirty || update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
          <span role="status" className="muted">
            {saved && !dirty ? 'Saved.' : ''}
          </span>
          <button type="button" className="danger push-right" onClick={() => onDelete(item)}>
            Delete item
          </button>
        </div>
      </form>
    </aside>
  )
}
