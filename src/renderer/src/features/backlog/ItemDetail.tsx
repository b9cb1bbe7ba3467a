import { useDeferredValue, useMemo, useState, type FormEvent } from 'react'
import type { BacklogListItem, MethodInput, WorkflowState } from '@shared/api'
import type { ItemDetail as Detail } from '@shared/api/methods/backlog'
import type { Team } from '@shared/api/methods/teams'
import { isDoneCategory, type ItemType } from '@shared/domain/backlog'
import { checkInvest } from '@shared/domain/invest'
import { formatEstimate, isOnScale, scaleSteps } from '@shared/domain/items/estimate-scale'
import { parentTypesFor } from '@shared/domain/items/hierarchy'
import { definitionOfDoneFor } from '@shared/domain/teams'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useEstimateScale, useProductSettings } from '@renderer/features/settings/queries'
import { allDoneLines, teamNamer } from '@renderer/features/teams/shape'
import { CriteriaEditor } from './CriteriaEditor'
import { useItemDetail, useSaveItem } from './detail-queries'
import { DoneDialog, type DoneDecision } from './DoneDialog'
import { InvestPanel } from './InvestPanel'
import { ChildrenList, LinksPanel } from './ItemRelations'
import { ItemTypeField } from './ItemTypeField'
import { LabelsField } from './LabelsField'
import { MarkdownField } from './MarkdownField'
import { useBacklog } from './queries'
import { ReadyChecklist } from './ReadyChecklist'
import { RequestedBy } from './RequestedBy'
import { StatusHistory } from './StatusHistory'
import '@renderer/styles/backlog-items.css'

interface ItemDetailProps {
  item: BacklogListItem
  states: readonly WorkflowState[]
  teams: readonly Team[]
  position: number
  onClose: () => void
  onDelete: (item: BacklogListItem) => void
}

/** Mount with `key={item.id}`. */
export function ItemDetail({ item, states, teams, position, onClose, onDelete }: ItemDetailProps) {
  const detail = useItemDetail(item.id)
  const [saved, setSaved] = useState(false)
  return (
    <aside
      className="detail-panel item-detail"
      aria-labelledby="detail-heading"
      onKeyDown={(e) => {
        // Escape inside the Done dialog closes the dialog, not the panel.
        if (e.key === 'Escape' && !(e.target as HTMLElement).closest('dialog')) {
          e.preventDefault()
          onClose()
        }
      }}
    >
      <header className="detail-header">
        <h2 id="detail-heading">
          Item {item.key} <span className="muted">· position {position}</span>
        </h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      <ErrorMessage error={detail.error} />
      {detail.data ? (
        // A save (or an undo) changes updatedAt: the form then starts again from what the server holds.
        <ItemEditor
          key={detail.data.item.updatedAt}
          detail={detail.data}
          states={states}
          teams={teams}
          saved={saved}
          onSaved={setSaved}
          onDelete={onDelete}
        />
      ) : (
        !detail.error && <p className="muted">Loading the item…</p>
      )}
    </aside>
  )
}

interface Form {
  title: string
  type: ItemType
  description: string
  estimate: string
  stateId: number
  parentId: number | null
  teamId: number | null
  notes: string
  criteria: string[]
  labels: string[]
  readyChecks: number[]
}

function formOf(detail: Detail): Form {
  const { item } = detail
  return {
    title: item.title,
    type: item.type,
    description: item.description,
    estimate: item.estimate === null ? '' : String(item.estimate),
    stateId: item.stateId,
    parentId: item.parentId,
    teamId: item.teamId,
    notes: detail.notes,
    criteria: detail.criteria.map((c) => c.text),
    labels: item.labels,
    readyChecks: detail.readyChecks.filter((c) => c.met).map((c) => c.criterionId)
  }
}

type Patch = MethodInput<'backlog.update'>['patch']

/** Only what changed goes to the server; empty criteria lines being typed are not sent. */
function patchOf(before: Form, after: Form): Patch {
  const patch: Patch = {}
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  if (after.title !== before.title) patch.title = after.title
  if (after.type !== before.type) patch.type = after.type
  if (after.description !== before.description) patch.description = after.description
  if (after.estimate !== before.estimate) patch.estimate = after.estimate === '' ? null : Number(after.estimate)
  if (after.stateId !== before.stateId) patch.stateId = after.stateId
  if (after.parentId !== before.parentId) patch.parentId = after.parentId
  if (after.teamId !== before.teamId) patch.teamId = after.teamId
  if (after.notes !== before.notes) patch.notes = after.notes
  const criteria = after.criteria.map((c) => c.trim()).filter(Boolean)
  if (!same(criteria, before.criteria)) patch.criteria = criteria
  if (!same(after.labels, before.labels)) patch.labels = after.labels
  if (!same([...after.readyChecks].sort(), [...before.readyChecks].sort())) patch.readyChecks = after.readyChecks
  return patch
}

const NO_ITEMS: BacklogListItem[] = []

interface EditorProps {
  detail: Detail
  states: readonly WorkflowState[]
  teams: readonly Team[]
  saved: boolean
  onSaved: (saved: boolean) => void
  onDelete: (item: BacklogListItem) => void
}

function ItemEditor({ detail, states, teams, saved, onSaved, onDelete }: EditorProps) {
  const { item } = detail
  const [form, setForm] = useState(() => formOf(detail))
  const [askDone, setAskDone] = useState(false)
  const { scale, threshold } = useEstimateScale(item.productId)
  const productDone = useProductSettings(item.productId).data?.definitionOfDone
  // The Definition of Done of the team the item will have once saved: the product's, and that team's additions.
  const definitionOfDone = useMemo(
    () => definitionOfDoneFor(allDoneLines(productDone ?? [], teams), form.teamId),
    [productDone, teams, form.teamId]
  )
  const items = useBacklog(item.productId).data ?? NO_ITEMS
  const save = useSaveItem(item)
  const stateById = useMemo(() => new Map(states.map((s) => [s.id, s])), [states])

  const patch = patchOf(formOf(detail), form)
  const dirty = Object.keys(patch).length > 0
  const target = stateById.get(form.stateId)
  // Only a done state claims the Definition of Done; a removed one asks nothing.
  const movingToDone = patch.stateId !== undefined && target !== undefined && isDoneCategory(target.category)

  const change = (fields: Partial<Form>) => {
    setForm((f) => ({ ...f, ...fields }))
    onSaved(false)
    if (save.error) save.reset()
  }

  // The check runs as the user types; with thousands of titles the near-duplicate scan may lag a keystroke behind.
  const checked = useDeferredValue(form)
  const otherTitles = useMemo(() => items.filter((i) => i.id !== item.id).map((i) => i.title), [items, item.id])
  const report = useMemo(
    () =>
      checkInvest({
        text: checked.title,
        isStory: checked.type === 'story',
        criteria: checked.criteria,
        estimate: checked.estimate === '' ? null : Number(checked.estimate),
        estimateThreshold: threshold,
        blockedBy: detail.blockedBy.filter((b) => !b.done).length,
        otherTitles
      }),
    [checked, threshold, detail.blockedBy, otherTitles]
  )

  const parentTypes = parentTypesFor(form.type)
  const parentOptions = items.filter((i) => i.id !== item.id && parentTypes.includes(i.type))
  const steps = scaleSteps(scale)
  const offScale = form.estimate !== '' && !isOnScale(scale, Number(form.estimate))

  const send = (decision?: DoneDecision) => {
    setAskDone(false)
    // Work that is not done goes where the service sends it (the first to-do state), not to the status chosen here.
    const { stateId: _chosen, ...withoutState } = patch
    const input = decision && 'notDone' in decision ? { patch: withoutState, ...decision } : { patch, ...decision }
    save.mutate(input, { onSuccess: () => onSaved(true) })
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!dirty) return
    if (movingToDone) setAskDone(true)
    else send()
  }

  return (
    <>
      <form className="stack" onSubmit={submit} aria-label={`Edit item ${item.id}`}>
        <div className="field">
          <label htmlFor="detail-title">Title</label>
          <input
            id="detail-title"
            value={form.title}
            autoFocus
            autoComplete="off"
            onChange={(e) => change({ title: e.target.value })}
          />
        </div>
        <div className="field-row">
          <ItemTypeField id="detail-type" value={form.type} onChange={(type) => change({ type })} />
          <div className="field">
            <label htmlFor="detail-estimate">Estimate</label>
            <select id="detail-estimate" value={form.estimate} onChange={(e) => change({ estimate: e.target.value })}>
              <option value="">None</option>
              {offScale && (
                <option value={form.estimate}>{formatEstimate(scale, Number(form.estimate))} (not on the scale)</option>
              )}
              {steps.map((step) => (
                <option key={step.points} value={String(step.points)}>
                  {scale === 'tshirt' ? `${step.label} (${step.points} pts)` : step.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="detail-state">Status</label>
            <select
              id="detail-state"
              value={form.stateId}
              onChange={(e) => change({ stateId: Number(e.target.value) })}
            >
              {states.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {teams.length > 0 && (
          <div className="field">
            <label htmlFor="detail-team">Team</label>
            <select
              id="detail-team"
              value={form.teamId ?? ''}
              onChange={(e) => change({ teamId: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">No team</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="detail-parent">Parent</label>
          <select
            id="detail-parent"
            value={form.parentId ?? ''}
            disabled={parentTypes.length === 0 && form.parentId === null}
            onChange={(e) => change({ parentId: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">{parentTypes.length === 0 ? 'None (an epic is the top level)' : 'None'}</option>
            {form.parentId !== null && !parentOptions.some((p) => p.id === form.parentId) && detail.parent && (
              <option value={detail.parent.id}>
                {detail.parent.key} {detail.parent.title} (not a {parentTypes.join(' or ') || 'possible'} parent)
              </option>
            )}
            {parentOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.key} {p.title}
              </option>
            ))}
          </select>
        </div>
        <InvestPanel report={report} />
        <MarkdownField
          id="detail-description"
          label="Description"
          rows={5}
          value={form.description}
          onChange={(description) => change({ description })}
        />
        <CriteriaEditor criteria={form.criteria} onChange={(criteria) => change({ criteria })} />
        <ReadyChecklist
          lines={detail.readyChecks}
          met={form.readyChecks}
          onChange={(readyChecks) => change({ readyChecks })}
        />
        <LabelsField productId={item.productId} labels={form.labels} onChange={(labels) => change({ labels })} />
        <div className="field">
          <label htmlFor="detail-notes">Notes</label>
          <textarea id="detail-notes" rows={3} value={form.notes} onChange={(e) => change({ notes: e.target.value })} />
        </div>
        <ErrorMessage error={save.error} />
        <div className="detail-actions sticky-actions">
          <button type="submit" className="primary" disabled={!dirty || save.isPending}>
            {save.isPending ? 'Saving…' : movingToDone ? `Save and move to ${target?.name}…` : 'Save changes'}
          </button>
          <span role="status" className="muted">
            {saved && !dirty ? 'Saved.' : dirty ? 'Unsaved changes' : ''}
          </span>
          <button type="button" className="danger push-right" onClick={() => onDelete(item)}>
            Delete item
          </button>
        </div>
      </form>
      <RequestedBy detail={detail} />
      <ChildrenList detail={detail} scale={scale} states={stateById} />
      <LinksPanel detail={detail} items={items} states={stateById} />
      <StatusHistory detail={detail} states={stateById} />
      <DoneDialog
        open={askDone}
        stateName={target?.name ?? 'Done'}
        definitionOfDone={definitionOfDone}
        teamName={form.teamId === null ? null : teamNamer(teams)(form.teamId)}
        onDecide={send}
        onClose={() => setAskDone(false)}
      />
    </>
  )
}
