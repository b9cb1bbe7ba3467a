import { useState } from 'react'
import type { Product } from '@shared/api'
import type { Stakeholder } from '@shared/api/methods/stakeholders'
import { QUADRANT_GUIDANCE } from '@shared/domain/customers/stakeholders'
import { formatOptionalDay } from '@renderer/features/vision/format'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useCustomersWrite, useMoveStakeholder, useStakeholders } from '../queries'
import { ContactStatus } from './ContactStatus'
import { StakeholderForm, stakeholderDraftOf } from './StakeholderForm'
import { StakeholderGrid } from './StakeholderGrid'
import { StakeholderHistory } from './StakeholderHistory'
import { formatCount } from '@shared/domain/format'

export function StakeholdersTab({ product }: { product: Product }) {
  const stakeholders = useStakeholders(product.id)
  const move = useMoveStakeholder(product.id)
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [adding, setAdding] = useState(false)
  if (stakeholders.isPending) return <p className="muted">Loading the stakeholders…</p>
  if (stakeholders.error) return <ErrorMessage error={stakeholders.error} />
  const list = stakeholders.data
  const selected = list.find((s) => s.id === selectedId)
  const overdue = list.filter((s) => s.overdue).length

  return (
    <div className="stack">
      <div className="toolbar">
        <p className="grow">
          {formatCount(list.length, 'stakeholder')}
          {overdue > 0 && (
            <span className="contact-overdue">
              {' '}
              · <span aria-hidden="true">⚠ </span>
              {formatCount(overdue, 'contact is', 'contacts are')} overdue
            </span>
          )}
        </p>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          Add stakeholder…
        </button>
      </div>
      <ErrorMessage error={move.error} />
      <div className="stakeholder-layout">
        <StakeholderGrid
          stakeholders={list}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onMove={(s, scores) => move.mutate({ id: s.id, ...scores })}
        />
        {selected ? (
          <StakeholderDetail
            key={`${selected.id}:${selected.updatedAt}`}
            productId={product.id}
            stakeholder={selected}
            onClose={() => setSelectedId(null)}
          />
        ) : (
          <p className="muted stakeholder-detail-empty">
            Select a stakeholder on the grid or in the list to see and edit the details.
          </p>
        )}
      </div>
      <StakeholderTable productId={product.id} stakeholders={list} onSelect={setSelectedId} />
      {adding && <AddStakeholder productId={product.id} onClose={() => setAdding(false)} onAdded={setSelectedId} />}
    </div>
  )
}

function StakeholderTable({
  productId,
  stakeholders,
  onSelect
}: {
  productId: number
  stakeholders: readonly Stakeholder[]
  onSelect: (id: number) => void
}) {
  const logContact = useCustomersWrite(productId, 'stakeholders.logContact')
  if (stakeholders.length === 0)
    return (
      <div className="empty-state">
        <h2>No stakeholders yet</h2>
        <p>
          Add the people who influence or are affected by the product, place them on the grid and agree how often you
          talk.
        </p>
      </div>
    )
  return (
    <section aria-labelledby="stakeholder-table-title" className="stack">
      <h2 id="stakeholder-table-title">Contacts</h2>
      <ErrorMessage error={logContact.error} />
      <div className="table-scroll">
        <table className="data-table stakeholder-table">
          <thead>
            <tr>
              <th scope="col">Stakeholder</th>
              <th scope="col">Quadrant</th>
              <th scope="col">Interests</th>
              <th scope="col">Cadence</th>
              <th scope="col">Last contact</th>
              <th scope="col">Next contact</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {stakeholders.map((s) => (
              <tr key={s.id} className={s.overdue ? 'row-overdue' : undefined} aria-label={s.name}>
                <th scope="row">
                  <button type="button" className="button-link" onClick={() => onSelect(s.id)}>
                    {s.name}
                  </button>
                  {s.role && <span className="muted small stakeholder-role">{s.role}</span>}
                </th>
                <td className="stakeholder-quadrant">{s.guidance}</td>
                <td className="small">{s.interests}</td>
                <td>{s.cadenceDays === null ? '—' : `every ${formatCount(s.cadenceDays, 'day')}`}</td>
                <td>{formatOptionalDay(s.lastContactOn)}</td>
                <td className="stakeholder-next">
                  <ContactStatus stakeholder={s} />
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Log contact with ${s.name} today`}
                    disabled={logContact.isPending}
                    onClick={() =>
                      logContact.mutate(
                        { id: s.id },
                        { onSuccess: () => notify(`Logged a contact with ${s.name} today.`) }
                      )
                    }
                  >
                    Log contact
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function StakeholderDetail({
  productId,
  stakeholder: s,
  onClose
}: {
  productId: number
  stakeholder: Stakeholder
  onClose: () => void
}) {
  const update = useCustomersWrite(productId, 'stakeholders.update')
  const remove = useCustomersWrite(productId, 'stakeholders.delete')
  const guidance = QUADRANT_GUIDANCE[s.quadrant]
  return (
    <section className="card stakeholder-detail" aria-labelledby="stakeholder-detail-title">
      <header className="goal-card-head">
        <h2 id="stakeholder-detail-title">{s.name}</h2>
        <button type="button" className="icon-button" aria-label="Close the details" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="quadrant-guidance">
        <strong>{guidance.title}.</strong> {guidance.advice}
      </p>
      <p className="small">
        <ContactStatus stakeholder={s} />
      </p>
      <StakeholderForm
        initial={stakeholderDraftOf(s)}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error ?? remove.error}
        onSubmit={(patch) => update.mutate({ id: s.id, patch }, { onSuccess: () => notify(`Saved ${patch.name}.`) })}
      />
      <StakeholderHistory productId={productId} stakeholder={s} />
      <div>
        <button type="button" className="danger" onClick={() => remove.mutate({ id: s.id }, { onSuccess: onClose })}>
          Remove {s.name}
        </button>
      </div>
    </section>
  )
}

function AddStakeholder({
  productId,
  onClose,
  onAdded
}: {
  productId: number
  onClose: () => void
  onAdded: (id: number) => void
}) {
  const create = useCustomersWrite(productId, 'stakeholders.create')
  return (
    <Dialog open title="Add a stakeholder" onClose={onClose}>
      <StakeholderForm
        initial={stakeholderDraftOf()}
        submitLabel="Add stakeholder"
        pending={create.isPending}
        error={create.error}
        onCancel={onClose}
        onSubmit={(draft) =>
          create.mutate(
            { productId, ...draft },
            {
              onSuccess: (added) => {
                onAdded(added.id)
                onClose()
              }
            }
          )
        }
      />
    </Dialog>
  )
}
