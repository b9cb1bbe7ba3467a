import { useState, type FormEvent } from 'react'
import type { Product } from '@shared/api'
import type { BoardItem, MoscowGroup } from '@shared/api/methods/ordering'
import type { Release } from '@shared/api/methods/releases'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { VirtualTable } from '@renderer/ui/virtual/VirtualTable'
import { formatScore, SCORE_ROW_HEIGHT } from '../shared/fields'
import { useScoreEditor } from '../shared/useScoreEditor'
import { useBoard, useCreateRelease, useDeleteRelease, useMoscow } from '../queries'
import { MoscowRow } from './MoscowRow'
import { percent, shareSegments } from './shares'
import { formatCount } from '@shared/domain/format'

const itemKey = (item: BoardItem) => item.id

export function MoscowTab({ product }: { product: Product }) {
  const board = useBoard(product.id)
  const groups = useMoscow(product.id)
  const editor = useScoreEditor(product.id)

  if (board.isPending) return <p className="muted">Loading…</p>
  if (board.error) return <ErrorMessage error={board.error} />
  const { items, releases } = board.data

  return (
    <>
      <ReleasesCard productId={product.id} releases={releases} />

      <section aria-labelledby="moscow-shares">
        <h2 id="moscow-shares">Effort per release</h2>
        {groups.error && <ErrorMessage error={groups.error} />}
        {groups.data?.length === 0 && (
          <p className="muted">Give items a MoSCoW category below to see how the effort of each release divides.</p>
        )}
        <div className="release-grid">
          {groups.data?.map((group) => (
            <ReleaseShares key={group.releaseId ?? 'none'} group={group} />
          ))}
        </div>
      </section>

      <section aria-labelledby="moscow-items">
        <h2 id="moscow-items">Items</h2>
        {items.length === 0 ? (
          <p className="muted">
            No item is waiting to be started. Add items on the Backlog screen to plan them into releases.
          </p>
        ) : (
          <VirtualTable
            label={{ labelledBy: 'moscow-items' }}
            rows={items}
            rowKey={itemKey}
            rowHeight={SCORE_ROW_HEIGHT}
            columnCount={5}
            head={
              <>
                <th scope="col" className="num col-rank">
                  #
                </th>
                <th scope="col">Item</th>
                <th
                  scope="col"
                  className="num col-figure"
                  title="The estimate, else the effort score, else the Job Size"
                >
                  Size
                </th>
                <th scope="col" className="col-choice">
                  MoSCoW
                </th>
                <th scope="col" className="col-choice">
                  Release
                </th>
              </>
            }
            renderRow={(item, rowProps) => (
              <MoscowRow
                {...rowProps}
                item={item}
                pending={editor.pending.get(item.id)}
                errors={editor.errors.get(item.id)}
                releases={releases}
                onSave={editor.save}
              />
            )}
          />
        )}
      </section>
    </>
  )
}

function ReleaseShares({ group }: { group: MoscowGroup }) {
  const segments = shareSegments(group)
  const planned = segments.filter((s) => s.share !== null && s.share > 0)
  const headingId = `release-${group.releaseId ?? 'none'}`
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {group.name} {group.targetDate && <span className="muted small">· {group.targetDate}</span>}
      </h3>
      <div
        className="share-bar"
        role="img"
        aria-label={`Planned effort: ${planned.map((s) => `${s.label} ${percent(s.share)}`).join(', ') || 'nothing sized yet'}`}
      >
        {planned.map((s) => (
          <span
            key={s.category}
            style={{ width: `${(s.share ?? 0) * 100}%`, background: `var(--moscow-${s.category})` }}
          />
        ))}
      </div>
      <ul className="share-legend">
        {segments.map((s) => (
          <li key={s.category}>
            <span className="swatch" style={{ background: `var(--moscow-${s.category})` }} aria-hidden="true" />
            {s.label}: {formatCount(s.count, 'item')}, effort {formatScore(s.effort)}
            {s.share !== null && ` (${percent(s.share)})`}
          </li>
        ))}
      </ul>
      {group.unsized > 0 && (
        <p className="muted small">
          {formatCount(group.unsized, 'item has', 'items have')} no size yet and {group.unsized === 1 ? 'is' : 'are'}{' '}
          left out of the shares.
        </p>
      )}
      {group.warning && (
        <p className="warning" role="note">
          {group.warning}
        </p>
      )}
    </article>
  )
}

function ReleasesCard({ productId, releases }: { productId: number; releases: readonly Release[] }) {
  const create = useCreateRelease(productId)
  const remove = useDeleteRelease(productId)
  const [name, setName] = useState('')
  const [date, setDate] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(
      { productId, name, targetDate: date === '' ? null : date },
      {
        onSuccess: () => {
          setName('')
          setDate('')
        }
      }
    )
  }

  return (
    <section className="card" aria-labelledby="releases-heading">
      <h2 id="releases-heading">Releases</h2>
      {releases.length === 0 ? (
        <p className="muted">
          No releases yet. MoSCoW is decided per release (or per Product Goal): add the first one.
        </p>
      ) : (
        <ul className="feature-list">
          {releases.map((release) => (
            <li key={release.id}>
              <span>
                {release.name} {release.targetDate && <span className="muted small">· {release.targetDate}</span>}
              </span>
              <button
                type="button"
                className="danger"
                onClick={() => remove.mutate({ id: release.id })}
                aria-label={`Delete release ${release.name}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="toolbar" onSubmit={submit} aria-label="Add a release">
        <div className="field">
          <label htmlFor="release-name">Release name</label>
          <input id="release-name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="release-date">Target date (optional)</label>
          <input id="release-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <button type="submit" disabled={create.isPending}>
          Add release
        </button>
      </form>
    </section>
  )
}
