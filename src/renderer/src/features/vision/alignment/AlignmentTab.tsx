import { useId, useState } from 'react'
import type { Product } from '@shared/api'
import type { AlignmentItem, ProductGoal } from '@shared/api/methods/goals'
import { DEFAULT_TOP_ITEMS } from '@shared/domain/vision/alignment'
import { isEnded } from '@shared/domain/vision/goals'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useAlignment, useGoals, useVisionWrite } from '../queries'
import { ShareBar } from './ShareBar'
import { formatCount, formatNumber } from '@shared/domain/format'

export function AlignmentTab({ product }: { product: Product }) {
  const [top, setTop] = useState(DEFAULT_TOP_ITEMS)
  const [topText, setTopText] = useState(String(DEFAULT_TOP_ITEMS))
  const alignment = useAlignment(product.id, top)
  const goals = useGoals(product.id)
  const topId = useId()

  const applyTop = (text: string) => {
    setTopText(text)
    const n = Number(text)
    if (Number.isInteger(n) && n >= 1 && n <= 500) setTop(n)
  }

  if (alignment.isPending || goals.isPending) return <p className="muted">Measuring the alignment…</p>
  if (alignment.error) return <ErrorMessage error={alignment.error} />
  if (goals.error) return <ErrorMessage error={goals.error} />
  const a = alignment.data
  const openGoals = goals.data.filter((g) => !isEnded(g.status))

  return (
    <div className="stack">
      <div className="toolbar">
        <div className="field">
          <label htmlFor={topId}>Top items to look at</label>
          <input
            id={topId}
            type="number"
            min={1}
            max={500}
            value={topText}
            onChange={(e) => applyTop(e.target.value)}
          />
        </div>
        <p className="grow alignment-summary" aria-live="polite">
          {a.summary}
        </p>
      </div>
      <div className="alignment-figures">
        <ShareBar
          title="Top items serving the active goal"
          share={a.itemShare}
          detail={`${a.topServingActive} of ${a.topCount} items`}
        />
        <ShareBar
          title="Their estimated effort serving it"
          share={a.effortShare}
          detail={
            `${a.topEffortServingActive} of ${a.topEffort} points` +
            (a.topUnestimated ? ` · ${formatCount(a.topUnestimated, 'item has', 'items have')} no estimate` : '')
          }
        />
      </div>
      {!a.activeGoal && (
        <p className="warning">No Product Goal is active. Start one on the Product Goals tab to measure alignment.</p>
      )}

      <section aria-labelledby="top-items-title" className="stack">
        <h2 id="top-items-title">The top {a.topCount} items and the goal each serves</h2>
        <ItemGoalTable
          productId={product.id}
          items={a.top}
          goals={goals.data}
          activeGoalId={a.activeGoal?.id ?? null}
        />
      </section>

      <section aria-labelledby="unlinked-title" className="stack">
        <h2 id="unlinked-title">Open items serving no goal ({formatNumber(a.unlinkedItems.length)})</h2>
        {a.unlinkedItems.length === 0 ? (
          <p className="muted">Every open item serves a goal.</p>
        ) : (
          <LinkItems productId={product.id} items={a.unlinkedItems} goals={openGoals} />
        )}
      </section>

      <section aria-labelledby="lonely-goals-title" className="stack">
        <h2 id="lonely-goals-title">Goals no open item serves</h2>
        {a.goalsWithoutItems.length === 0 ? (
          <p className="muted">Every active or draft goal has items.</p>
        ) : (
          <ul className="plain-list">
            {a.goalsWithoutItems.map((goal) => (
              <li key={goal.id}>
                <span className="flag" aria-hidden="true">
                  ⚠
                </span>{' '}
                <strong>{goal.title}</strong> <span className="muted small">({goal.status})</span>: link items to it, or
                reconsider it.
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

/** Options for choosing an item's goal: open goals, plus the ended goal it already serves, if any. */
function goalOptions(goals: readonly ProductGoal[], current: number | null) {
  return goals.filter((g) => !isEnded(g.status) || g.id === current)
}

function ItemGoalTable({
  productId,
  items,
  goals,
  activeGoalId
}: {
  productId: number
  items: readonly AlignmentItem[]
  goals: readonly ProductGoal[]
  activeGoalId: number | null
}) {
  const link = useVisionWrite(productId, 'goals.linkItems')
  const unlink = useVisionWrite(productId, 'goals.unlinkItems')
  if (items.length === 0) return <p className="muted">The backlog has no open items.</p>
  const setGoal = (itemId: number, goalId: number | null) =>
    goalId === null ? unlink.mutate({ productId, itemIds: [itemId] }) : link.mutate({ goalId, itemIds: [itemId] })
  return (
    <>
      <ErrorMessage error={link.error ?? unlink.error} />
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">Item</th>
              <th scope="col" className="num">
                Estimate
              </th>
              <th scope="col">Serves</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr
                key={item.id}
                className={item.goalId !== null && item.goalId === activeGoalId ? 'serves-active' : undefined}
              >
                <td className="num">{item.position}</td>
                <td>
                  {item.goalId !== null && item.goalId === activeGoalId && (
                    <span className="serves-mark" title="Serves the active goal">
                      ●<span className="visually-hidden">Serves the active goal: </span>{' '}
                    </span>
                  )}
                  {item.title}
                </td>
                <td className="num">{item.estimate ?? '—'}</td>
                <td>
                  <select
                    aria-label={`Goal served by “${item.title}”`}
                    value={item.goalId ?? ''}
                    onChange={(e) => setGoal(item.id, e.target.value ? Number(e.target.value) : null)}
                  >
                    <option value="">No goal</option>
                    {goalOptions(goals, item.goalId).map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.title}
                        {g.status === 'active' ? ' (active)' : g.status === 'draft' ? ' (draft)' : ` (${g.status})`}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

function LinkItems({
  productId,
  items,
  goals
}: {
  productId: number
  items: readonly AlignmentItem[]
  goals: readonly ProductGoal[]
}) {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [goalId, setGoalId] = useState<number | null>(
    goals.find((g) => g.status === 'active')?.id ?? goals[0]?.id ?? null
  )
  const link = useVisionWrite(productId, 'goals.linkItems')
  const goalSelectId = useId()
  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const chosen = items.filter((i) => selected.has(i.id)).map((i) => i.id)

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault()
        if (goalId !== null) link.mutate({ goalId, itemIds: chosen }, { onSuccess: () => setSelected(new Set()) })
      }}
    >
      <ul className="check-list" aria-label="Items serving no goal">
        {items.map((item) => (
          <li key={item.id}>
            <label className="checkbox">
              <input type="checkbox" checked={selected.has(item.id)} onChange={() => toggle(item.id)} />
              <span className="muted small">#{item.position}</span> {item.title}
            </label>
          </li>
        ))}
      </ul>
      {goals.length === 0 ? (
        <p className="muted">Write a Product Goal first to link items to it.</p>
      ) : (
        <div className="toolbar">
          <div className="field">
            <label htmlFor={goalSelectId}>Link to goal</label>
            <select id={goalSelectId} value={goalId ?? ''} onChange={(e) => setGoalId(Number(e.target.value))}>
              {goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                  {g.status === 'active' ? ' (active)' : ' (draft)'}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="primary" disabled={chosen.length === 0 || link.isPending}>
            Link {chosen.length === 0 ? 'selected items' : formatCount(chosen.length, 'selected item')}
          </button>
        </div>
      )}
      <ErrorMessage error={link.error} />
    </form>
  )
}
