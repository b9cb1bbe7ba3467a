import { useState } from 'react'
import type { Product } from '@shared/api'
import type { Persona } from '@shared/api/methods/personas'
import type { Segment } from '@shared/api/methods/discovery'
import { PERSONA_KINDS, PERSONA_KIND_LABELS, segmentGaps, segmentNote } from '@shared/domain/discovery/personas'
import { usePersonas } from '@renderer/features/customers/queries'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useDiscoveryWrite, useSegments } from '../queries'
import { SegmentForm, segmentDraftOf } from './SegmentForm'

type Editing = { segment?: Segment } | null

/** Customer segments with the personas in each, and a table that places every persona and says whether it buys or uses. */
export function SegmentsTab({ product }: { product: Product }) {
  const segments = useSegments(product.id)
  const personas = usePersonas(product.id)
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<Segment | null>(null)
  const remove = useDiscoveryWrite(product.id, 'discovery.segments.delete')
  if (segments.error) return <ErrorMessage error={segments.error} />
  if (personas.error) return <ErrorMessage error={personas.error} />
  if (!segments.data || !personas.data) return <p className="muted">Loading the segments…</p>

  return (
    <div className="stack">
      <div className="toolbar">
        <p className="grow muted small">
          A segment is a group of customers with the same needs. Its buyers choose and pay; its users work with the
          product. Describe both.
        </p>
        <button type="button" className="primary" onClick={() => setEditing({})}>
          Add segment…
        </button>
      </div>
      {segments.data.length === 0 ? (
        <div className="empty-state">
          <h2>No customer segments yet</h2>
          <p>Name the two or three groups of customers the product serves, what they need, and how many they are.</p>
        </div>
      ) : (
        <ul className="segment-grid" aria-label="Customer segments">
          {segments.data.map((segment) => (
            <li key={segment.id}>
              <SegmentCard
                segment={segment}
                personas={personas.data}
                onEdit={() => setEditing({ segment })}
                onDelete={() => setDeleting(segment)}
              />
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={remove.error} />
      <PersonaPlacement productId={product.id} personas={personas.data} segments={segments.data} />
      {editing && <SegmentDialog productId={product.id} segment={editing.segment} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete the segment?"
        message={`Its personas stay, in no segment.`}
        confirmLabel={`Delete ${deleting?.name ?? ''}`}
        onConfirm={() =>
          deleting &&
          remove.mutate({ id: deleting.id }, { onSuccess: () => notify(`Deleted the segment ${deleting.name}.`) })
        }
        onClose={() => setDeleting(null)}
      />
    </div>
  )
}

function SegmentCard({
  segment,
  personas,
  onEdit,
  onDelete
}: {
  segment: Segment
  personas: readonly Persona[]
  onEdit: () => void
  onDelete: () => void
}) {
  const titleId = `segment-${segment.id}-name`
  const members = personas.filter((p) => p.segmentId === segment.id)
  const note = segmentNote(segmentGaps(segment.id, personas))
  return (
    <article className="card segment-card stack" aria-labelledby={titleId}>
      <header>
        <h3 id={titleId}>{segment.name}</h3>
        {segment.size && <p className="muted small">{segment.size}</p>}
      </header>
      {segment.description && <p>{segment.description}</p>}
      <dl className="persona-facts">
        <dt>Needs and jobs</dt>
        <dd>{segment.needs || '—'}</dd>
        <dt>Personas</dt>
        <dd>
          {members.length === 0 ? (
            '—'
          ) : (
            <ul className="plain-list">
              {members.map((p) => (
                <li key={p.id}>
                  {p.name} <span className="badge">{PERSONA_KIND_LABELS[p.buyerOrUser]}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {note && <p className="hint small">{note}</p>}
      <div className="row-actions">
        <button type="button" onClick={onEdit}>
          Edit {segment.name}…
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete…
        </button>
      </div>
    </article>
  )
}

/** Every persona with its segment and whether it buys or uses, changed in place from the keyboard. */
function PersonaPlacement({
  productId,
  personas,
  segments
}: {
  productId: number
  personas: readonly Persona[]
  segments: readonly Segment[]
}) {
  const update = useDiscoveryWrite(productId, 'personas.update')
  return (
    <section className="stack" aria-labelledby="placement-title">
      <h2 id="placement-title">Personas by segment</h2>
      {personas.length === 0 ? (
        <p className="muted">No personas yet: describe them under Customers &amp; Stakeholders › Personas.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Persona</th>
                <th scope="col">Buyer or user</th>
                <th scope="col">Segment</th>
              </tr>
            </thead>
            <tbody>
              {personas.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>
                    <select
                      aria-label={`Buyer or user: ${p.name}`}
                      value={p.buyerOrUser}
                      onChange={(e) =>
                        update.mutate({ id: p.id, patch: { buyerOrUser: e.target.value as Persona['buyerOrUser'] } })
                      }
                    >
                      {PERSONA_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {PERSONA_KIND_LABELS[kind]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Segment: ${p.name}`}
                      value={p.segmentId ?? ''}
                      onChange={(e) =>
                        update.mutate({
                          id: p.id,
                          patch: { segmentId: e.target.value === '' ? null : Number(e.target.value) }
                        })
                      }
                    >
                      <option value="">No segment</option>
                      {segments.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage error={update.error} />
    </section>
  )
}

function SegmentDialog({ productId, segment, onClose }: { productId: number; segment?: Segment; onClose: () => void }) {
  const create = useDiscoveryWrite(productId, 'discovery.segments.create')
  const update = useDiscoveryWrite(productId, 'discovery.segments.update')
  const write = segment ? update : create
  return (
    <Dialog open title={segment ? `Edit ${segment.name}` : 'New customer segment'} onClose={onClose}>
      <SegmentForm
        initial={segmentDraftOf(segment)}
        submitLabel={segment ? 'Save segment' : 'Add segment'}
        pending={write.isPending}
        error={write.error}
        onCancel={onClose}
        onSubmit={(draft) =>
          segment
            ? update.mutate({ id: segment.id, patch: draft }, { onSuccess: onClose })
            : create.mutate({ productId, ...draft }, { onSuccess: onClose })
        }
      />
    </Dialog>
  )
}
