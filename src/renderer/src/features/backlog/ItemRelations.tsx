import { useMemo, useState } from 'react'
import type { BacklogListItem, WorkflowState } from '@shared/api'
import type { ItemDetail } from '@shared/api/methods/backlog'
import { ITEM_TYPE_LABELS } from '@shared/domain/backlog'
import { formatEstimate, type EstimateScale } from '@shared/domain/items/estimate-scale'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useLinkEdit } from './detail-queries'
import { filterItems } from './moves'
import { formatCount } from '@shared/domain/format'

type Ref = ItemDetail['blocks'][number]

/** An item in a relation list: id and type, then its title and state; the list item adds one trailing control. */
function RefLabel({
  item,
  states,
  done = false
}: {
  item: Ref
  states: ReadonlyMap<number, WorkflowState>
  done?: boolean
}) {
  return (
    <>
      <span className="ref-meta">
        <span className="muted">{item.key}</span>{' '}
        <span className={`type-badge type-${item.type}`}>{ITEM_TYPE_LABELS[item.type]}</span>
      </span>
      <span>
        {item.title} <span className="muted small">({states.get(item.stateId)?.name ?? 'unknown state'})</span>
        {done && <span className="muted small"> · done, no longer blocking</span>}
      </span>
    </>
  )
}

/** The children with their estimates rolled up into the parent's sum. */
export function ChildrenList({
  detail,
  scale,
  states
}: {
  detail: ItemDetail
  scale: EstimateScale
  states: ReadonlyMap<number, WorkflowState>
}) {
  if (detail.children.length === 0) return null
  const { rollUp } = detail
  return (
    <section className="relations" aria-labelledby="children-heading">
      <h3 id="children-heading">Children ({detail.children.length})</h3>
      {rollUp && (
        <p className="rollup">
          Rolled up: <strong>{rollUp.points} points</strong>
          {rollUp.unestimated > 0 && `, ${formatCount(rollUp.unestimated, 'item')} below not estimated yet`}
        </p>
      )}
      <ul className="relation-list">
        {detail.children.map((child) => (
          <li key={child.id}>
            <RefLabel item={child} states={states} />{' '}
            <span className="child-estimate">{formatEstimate(scale, child.estimate)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** "Blocked by" and "blocks" links; adding and removing takes effect at once. */
export function LinksPanel({
  detail,
  items,
  states
}: {
  detail: ItemDetail
  items: readonly BacklogListItem[]
  states: ReadonlyMap<number, WorkflowState>
}) {
  const { item } = detail
  const edit = useLinkEdit(item.productId)
  const [relation, setRelation] = useState<'blocked-by' | 'blocks'>('blocked-by')
  const [query, setQuery] = useState('')
  const matches = useMemo(() => {
    if (!query.trim()) return []
    return filterItems(items, query)
      .filter((i) => i.id !== item.id)
      .slice(0, 8)
  }, [items, item.id, query])

  const link = (otherId: number) => {
    const pair =
      relation === 'blocked-by'
        ? { blockerId: otherId, blockedId: item.id }
        : { blockerId: item.id, blockedId: otherId }
    edit.mutate({ action: 'link', ...pair }, { onSuccess: () => setQuery('') })
  }
  const unlink = (blockerId: number, blockedId: number) => edit.mutate({ action: 'unlink', blockerId, blockedId })

  return (
    <section className="relations" aria-labelledby="links-heading">
      <h3 id="links-heading">Dependencies</h3>
      <h4>Blocked by</h4>
      {detail.blockedBy.length === 0 ? (
        <p className="muted small">Nothing blocks this item.</p>
      ) : (
        <ul className="relation-list">
          {detail.blockedBy.map((blocker) => (
            <li key={blocker.id} className={blocker.done ? 'resolved' : undefined}>
              <RefLabel item={blocker} states={states} done={blocker.done} />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove “blocked by ${blocker.title}”`}
                onClick={() => unlink(blocker.id, item.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4>Blocks</h4>
      {detail.blocks.length === 0 ? (
        <p className="muted small">This item blocks nothing.</p>
      ) : (
        <ul className="relation-list">
          {detail.blocks.map((blocked) => (
            <li key={blocked.id}>
              <RefLabel item={blocked} states={states} />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove “blocks ${blocked.title}”`}
                onClick={() => unlink(item.id, blocked.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="link-add">
        <div className="field">
          <label htmlFor="link-relation">New link</label>
          <select id="link-relation" value={relation} onChange={(e) => setRelation(e.target.value as typeof relation)}>
            <option value="blocked-by">This item is blocked by…</option>
            <option value="blocks">This item blocks…</option>
          </select>
        </div>
        <div className="field grow">
          <label htmlFor="link-search">Find the other item</label>
          <input
            id="link-search"
            type="search"
            value={query}
            placeholder="Title words or a key, e.g. PB-12"
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </div>
      {matches.length > 0 && (
        <ul className="link-matches" aria-label="Matching items">
          {matches.map((match) => (
            <li key={match.id}>
              <button type="button" className="button-link" onClick={() => link(match.id)}>
                {match.key} {match.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() && matches.length === 0 && <p className="muted small">No other item matches “{query.trim()}”.</p>}
      <ErrorMessage error={edit.error} />
    </section>
  )
}
