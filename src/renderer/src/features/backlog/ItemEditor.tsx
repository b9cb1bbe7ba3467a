import { useDeferredValue, useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import type { BacklogListItem, WorkflowState } from '@shared/api'
import type { ItemDetail as Detail } from '@shared/api/methods/backlog'
import type { Team } from '@shared/api/methods/teams'
import { isDoneCategory } from '@shared/domain/backlog'
import { checkInvest } from '@shared/domain/invest'
import { definitionOfDoneFor } from '@shared/domain/teams'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useEstimateScale, useProductSettings } from '@renderer/features/settings/queries'
import { allDoneLines, teamNamer } from '@renderer/features/teams/shape'
import { TeamField } from '@renderer/features/teams/TeamField'
import { CriteriaEditor } from './CriteriaEditor'
import { useSaveItem } from './detail-queries'
import { DoneDialog, type DoneDecision } from './DoneDialog'
import { EstimateField } from './EstimateField'
import { InvestPanel } from './InvestPanel'
import { formOf, patchOf, type ItemForm } from './itemForm'
import { ChildrenList, LinksPanel } from './ItemRelations'
import { ItemTypeField } from './ItemTypeField'
import { LabelsField } from './LabelsField'
import { MarkdownField } from './MarkdownField'
import { ParentField } from './ParentField'
import { useBacklog } from './queries'
import { ReadyChecklist } from './ReadyChecklist'
import { RequestedBy } from './RequestedBy'
import { StatusHistory } from './StatusHistory'

const NO_ITEMS: BacklogListItem[] = []

interface EditorProps {
  detail: Detail
  states: readonly WorkflowState[]
  teams: readonly Team[]
  saved: boolean
  /** What had the focus when the details opened: the title takes the focus only from there. */
  focusAtOpen: Element | null
  onSaved: (saved: boolean) => void
  onDelete: (item: BacklogListItem) => void
}

/**
 * The item loads after its panel opens. If the user has moved the focus meanwhile (to the splitter, say),
 * the title leaves it there, so a keystroke never lands somewhere the user did not put it.
 */
function focusIsFree(title: HTMLElement, focusAtOpen: Element | null) {
  const focus = document.activeElement
  return focus === focusAtOpen || focus === document.body || !!title.closest('aside')?.contains(focus)
}

/** The item's fields, saved together; moving it to a done state first asks about the Definition of Done. */
export function ItemEditor({ detail, states, teams, saved, focusAtOpen, onSaved, onDelete }: EditorProps) {
  const titleField = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    if (titleField.current && focusIsFree(titleField.current, focusAtOpen)) titleField.current.focus()
  }, [focusAtOpen])
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

  const change = (fields: Partial<ItemForm>) => {
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
          {/* Wraps, so a long story reads whole; still one line of text, so Enter saves and pasted breaks become spaces. */}
          <textarea
            id="detail-title"
            className="title-field"
            rows={2}
            ref={titleField}
            value={form.title}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || e.shiftKey) return
              e.preventDefault()
              e.currentTarget.form?.requestSubmit()
            }}
            onChange={(e) => change({ title: e.target.value.replace(/\s*\n\s*/g, ' ') })}
          />
        </div>
        <div className="field-row">
          <ItemTypeField id="detail-type" value={form.type} onChange={(type) => change({ type })} />
          <EstimateField
            id="detail-estimate"
            scale={scale}
            value={form.estimate}
            onChange={(estimate) => change({ estimate })}
          />
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
          <TeamField id="detail-team" teams={teams} teamId={form.teamId} onChange={(teamId) => change({ teamId })} />
        )}
        <ParentField
          detail={detail}
          type={form.type}
          parentId={form.parentId}
          items={items}
          onChange={(parentId) => change({ parentId })}
        />
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
