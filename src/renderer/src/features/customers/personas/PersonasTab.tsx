import { useState } from 'react'
import type { BacklogListItem, Product } from '@shared/api'
import type { Segment } from '@shared/api/methods/discovery'
import type { Persona } from '@shared/api/methods/personas'
import { PERSONA_KIND_LABELS } from '@shared/domain/discovery/personas'
import { useBacklog } from '@renderer/features/backlog/queries'
import { useSegments } from '@renderer/features/discovery/queries'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useCustomersWrite, usePersonas } from '../queries'
import { EmpathyMapEditor } from './EmpathyMapEditor'
import { LinkedItems } from './LinkedItems'
import { PersonaAvatar } from './PersonaAvatar'
import { PersonaForm, personaDraftOf } from './PersonaForm'
import { UnmatchedStories } from './UnmatchedStories'
import { formatCount } from '@shared/domain/format'

type Editing = { persona?: Persona } | null

export function PersonasTab({ product }: { product: Product }) {
  const personas = usePersonas(product.id)
  const backlog = useBacklog(product.id)
  // Without the segments, personas still show; only segment names are missing.
  const segments = useSegments(product.id).data ?? []
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  if (personas.error) return <ErrorMessage error={personas.error} />
  if (!personas.data) return <p className="muted">Loading the personas…</p>
  // Without the backlog, personas still show; only item titles are missing.
  const items = backlog.data ?? []
  const selected = personas.data.find((p) => p.id === selectedId)

  return (
    <div className="stack">
      <div className="toolbar">
        <p className="grow muted small">
          Personas are the users you design for; stories and items should serve one of them.
        </p>
        <button type="button" className="primary" onClick={() => setEditing({})}>
          Add persona…
        </button>
      </div>
      {personas.data.length === 0 ? (
        <div className="empty-state">
          <h2>No personas yet</h2>
          <p>Describe two or three typical users: who they are, what they want and what gets in their way.</p>
        </div>
      ) : (
        <ul className="persona-grid" aria-label="Personas">
          {personas.data.map((persona) => (
            <li key={persona.id}>
              <PersonaCard
                persona={persona}
                segment={segments.find((s) => s.id === persona.segmentId)}
                selected={persona.id === selectedId}
                onOpen={() => setSelectedId(persona.id === selectedId ? null : persona.id)}
                onEdit={() => setEditing({ persona })}
              />
            </li>
          ))}
        </ul>
      )}
      {selected && (
        <>
          <ErrorMessage error={backlog.error} />
          <PersonaDetail
            key={selected.id}
            productId={product.id}
            persona={selected}
            items={items}
            onClose={() => setSelectedId(null)}
          />
        </>
      )}
      <UnmatchedStories productId={product.id} />
      {editing && (
        <PersonaDialog
          productId={product.id}
          persona={editing.persona}
          segments={segments}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  )
}

interface PersonaCardProps {
  persona: Persona
  segment: Segment | undefined
  selected: boolean
  onOpen: () => void
  onEdit: () => void
}

function PersonaCard({ persona, segment, selected, onOpen, onEdit }: PersonaCardProps) {
  const titleId = `persona-${persona.id}-name`
  return (
    <article className={selected ? 'card persona-card selected' : 'card persona-card'} aria-labelledby={titleId}>
      <header className="persona-head">
        <PersonaAvatar persona={persona} />
        <div>
          <h3 id={titleId}>
            {persona.name} <span className="badge">{PERSONA_KIND_LABELS[persona.buyerOrUser]}</span>
          </h3>
          {persona.role && <p className="muted small">{persona.role}</p>}
          {segment && <p className="muted small">Segment: {segment.name}</p>}
        </div>
      </header>
      {persona.quote && (
        <blockquote className="persona-quote">“{persona.quote.replace(/^[“"]|[”"]$/g, '')}”</blockquote>
      )}
      <dl className="persona-facts">
        <dt>Context</dt>
        <dd>{persona.context || '—'}</dd>
        <dt>Goals</dt>
        <dd>{persona.goals || '—'}</dd>
        <dt>Pains</dt>
        <dd>{persona.pains || '—'}</dd>
      </dl>
      <p className="muted small">
        {formatCount(persona.itemIds.length, 'linked item')} ·{' '}
        {formatCount(persona.jobStories.length, 'job story', 'job stories')}
      </p>
      <div className="row-actions">
        <button type="button" aria-expanded={selected} onClick={onOpen}>
          {selected ? 'Hide empathy map' : 'Empathy map & items'}
        </button>
        <button type="button" onClick={onEdit}>
          Edit…
        </button>
      </div>
    </article>
  )
}

function PersonaDetail({
  productId,
  persona,
  items,
  onClose
}: {
  productId: number
  persona: Persona
  items: readonly BacklogListItem[]
  onClose: () => void
}) {
  const remove = useCustomersWrite(productId, 'personas.delete')
  return (
    <section className="card persona-detail stack" aria-label={`Details of ${persona.name}`}>
      <EmpathyMapEditor productId={productId} persona={persona} />
      <LinkedItems productId={productId} persona={persona} items={items} />
      <ErrorMessage error={remove.error} />
      <div className="row-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="danger"
          onClick={() =>
            remove.mutate({ id: persona.id }, { onSuccess: () => notify(`Deleted the persona ${persona.name}.`) })
          }
        >
          Delete {persona.name}
        </button>
      </div>
    </section>
  )
}

function PersonaDialog({
  productId,
  persona,
  segments,
  onClose
}: {
  productId: number
  persona?: Persona
  segments: readonly Segment[]
  onClose: () => void
}) {
  const create = useCustomersWrite(productId, 'personas.create')
  const update = useCustomersWrite(productId, 'personas.update')
  const write = persona ? update : create
  return (
    <Dialog open title={persona ? `Edit ${persona.name}` : 'New persona'} onClose={onClose}>
      <PersonaForm
        initial={personaDraftOf(persona)}
        segments={segments}
        submitLabel={persona ? 'Save persona' : 'Add persona'}
        pending={write.isPending}
        error={write.error}
        onCancel={onClose}
        onSubmit={(draft) =>
          persona
            ? update.mutate({ id: persona.id, patch: draft }, { onSuccess: onClose })
            : create.mutate({ productId, ...draft }, { onSuccess: onClose })
        }
      />
    </Dialog>
  )
}
