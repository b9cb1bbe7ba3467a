import { useState } from 'react'
import type { BacklogListItem, Product } from '@shared/api'
import type { Assumption, Interview } from '@shared/api/methods/discovery'
import { FEEDBACK_METHOD_LABELS } from '@shared/domain/discovery/interviews'
import { formatDay } from '@shared/domain/format'
import { useBacklog } from '@renderer/features/backlog/queries'
import { usePersonas, useStakeholders } from '@renderer/features/customers/queries'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useAssumptionMap, useDiscoveryWrite, useInterviews } from '../queries'
import { InterviewForm, interviewDraftOf } from './InterviewForm'

type Editing = { interview?: Interview } | null

const today = () => new Date().toISOString().slice(0, 10)

/** The interview and feedback log, newest first, each entry with its evidence and what it is linked to. */
export function InterviewsTab({ product }: { product: Product }) {
  const interviews = useInterviews(product.id)
  const personas = usePersonas(product.id)
  const stakeholders = useStakeholders(product.id)
  const backlog = useBacklog(product.id)
  const map = useAssumptionMap(product.id)
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<Interview | null>(null)
  const remove = useDiscoveryWrite(product.id, 'discovery.interviews.delete')
  const failed = [interviews, personas, stakeholders, backlog, map].find((q) => q.error)
  if (failed) return <ErrorMessage error={failed.error} />
  if (!interviews.data || !personas.data || !stakeholders.data || !backlog.data || !map.data)
    return <p className="muted">Loading the log…</p>
  const itemById = new Map(backlog.data.map((i) => [i.id, i]))
  const assumptionById = new Map(map.data.assumptions.map((a) => [a.id, a]))

  return (
    <div className="stack">
      <div className="toolbar">
        <p className="grow muted small">
          Keep what each conversation, test or support request taught you, with the evidence, and tie it to the items
          and assumptions it concerns.
        </p>
        <button type="button" className="primary" onClick={() => setEditing({})}>
          Log an interview…
        </button>
      </div>
      {interviews.data.length === 0 ? (
        <div className="empty-state">
          <h2>Nothing logged yet</h2>
          <p>
            After an interview, a usability test or a support request, write down what you learned and what shows it.
          </p>
        </div>
      ) : (
        <ol className="plain-list stack" aria-label="Interviews and feedback, newest first">
          {interviews.data.map((interview) => (
            <li key={interview.id}>
              <InterviewCard
                interview={interview}
                items={itemById}
                assumptions={assumptionById}
                onEdit={() => setEditing({ interview })}
                onDelete={() => setDeleting(interview)}
              />
            </li>
          ))}
        </ol>
      )}
      <ErrorMessage error={remove.error} />
      {editing && (
        <InterviewDialog
          productId={product.id}
          interview={editing.interview}
          formProps={{
            personas: personas.data,
            stakeholders: stakeholders.data,
            items: backlog.data,
            assumptions: map.data.assumptions
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete the entry?"
        message="Its links to items and assumptions go with it; they stay themselves."
        confirmLabel="Delete entry"
        onConfirm={() =>
          deleting && remove.mutate({ id: deleting.id }, { onSuccess: () => notify('Deleted the entry.') })
        }
        onClose={() => setDeleting(null)}
      />
    </div>
  )
}

interface InterviewCardProps {
  interview: Interview
  items: ReadonlyMap<number, BacklogListItem>
  assumptions: ReadonlyMap<number, Assumption>
  onEdit: () => void
  onDelete: () => void
}

/** An item by its key and title, as every list of items shows it. */
const itemText = (item: BacklogListItem | undefined, id: number) => (item ? `${item.key} ${item.title}` : `#${id}`)

function InterviewCard({ interview: i, items, assumptions, onEdit, onDelete }: InterviewCardProps) {
  const titleId = `interview-${i.id}`
  return (
    <article className="card stack interview-card" aria-labelledby={titleId}>
      <header>
        <h3 id={titleId}>
          {FEEDBACK_METHOD_LABELS[i.method]} with {i.who}
        </h3>
        <p className="muted small">
          <time dateTime={i.heldOn}>{formatDay(i.heldOn)}</time>
        </p>
      </header>
      <p>{i.learned}</p>
      <dl className="persona-facts">
        <dt>Evidence</dt>
        <dd>
          {i.evidence || (i.evidenceLink ? '' : '—')}
          {i.evidenceLink && (
            <>
              {i.evidence && ' · '}
              <a href={i.evidenceLink} target="_blank" rel="noreferrer">
                {i.evidenceLink}
              </a>
            </>
          )}
        </dd>
        <dt>Backlog items</dt>
        <dd>{i.itemIds.length === 0 ? '—' : i.itemIds.map((id) => itemText(items.get(id), id)).join('; ')}</dd>
        <dt>Assumptions</dt>
        <dd>
          {i.assumptionIds.length === 0
            ? '—'
            : i.assumptionIds.map((id) => assumptions.get(id)?.statement ?? `#${id}`).join('; ')}
        </dd>
      </dl>
      <div className="row-actions">
        <button type="button" onClick={onEdit} aria-label={`Edit the entry of ${formatDay(i.heldOn)} with ${i.who}`}>
          Edit
        </button>
        <button
          type="button"
          className="danger"
          onClick={onDelete}
          aria-label={`Delete the entry of ${formatDay(i.heldOn)} with ${i.who}`}
        >
          Delete
        </button>
      </div>
    </article>
  )
}

type FormLists = Pick<Parameters<typeof InterviewForm>[0], 'personas' | 'stakeholders' | 'items' | 'assumptions'>

function InterviewDialog({
  productId,
  interview,
  formProps,
  onClose
}: {
  productId: number
  interview?: Interview
  formProps: FormLists
  onClose: () => void
}) {
  const create = useDiscoveryWrite(productId, 'discovery.interviews.create')
  const update = useDiscoveryWrite(productId, 'discovery.interviews.update')
  const write = interview ? update : create
  return (
    <Dialog open title={interview ? 'Edit the entry' : 'Log an interview or feedback'} onClose={onClose}>
      <InterviewForm
        {...formProps}
        initial={interviewDraftOf(interview, today())}
        submitLabel={interview ? 'Save entry' : 'Add to the log'}
        pending={write.isPending}
        error={write.error}
        onCancel={onClose}
        onSubmit={(draft) =>
          interview
            ? update.mutate({ id: interview.id, patch: draft }, { onSuccess: onClose })
            : create.mutate({ productId, ...draft }, { onSuccess: onClose })
        }
      />
    </Dialog>
  )
}
