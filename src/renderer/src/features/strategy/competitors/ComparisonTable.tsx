import { useState } from 'react'
import type { CompetitorBoard } from '@shared/api/methods/strategy'
import { SCORE_MAX, SCORE_MIN, WEIGHT_MAX, WEIGHT_MIN } from '@shared/domain/strategy/competitors'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'
import { useStrategyWrite } from '../queries'
import { comparisonTable, type ScoreCell } from './shape'

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/**
 * Criteria down the side, the product and each competitor across; every score and weight is a
 * labelled select, so the whole table is filled from the keyboard. The best score of a row is
 * marked in words as well as weight.
 */
export function ComparisonTable({ board }: { board: CompetitorBoard }) {
  const { columns, rows, totals } = comparisonTable(board)
  const setScore = useStrategyWrite(board.productId, 'strategy.scores.set')
  const updateCriterion = useStrategyWrite(board.productId, 'strategy.criteria.update')
  const removeCriterion = useStrategyWrite(board.productId, 'strategy.criteria.delete')
  const score = (criterionId: number, cell: ScoreCell, value: number | null) =>
    cell.competitorId === null
      ? updateCriterion.mutate({ id: criterionId, patch: { ownScore: value } })
      : setScore.mutate({ competitorId: cell.competitorId, criterionId, score: value })

  return (
    <div className="stack">
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="comparison-table">
            <caption>
              Scores from {SCORE_MIN} (poor) to {SCORE_MAX} (excellent); each criterion’s weight multiplies its scores.
            </caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight</th>
                {columns.map((name, index) => (
                  <th key={name} scope="col" className={index === 0 ? 'own-column' : undefined}>
                    {name}
                    {index === 0 && <span className="muted small"> (yours)</span>}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.criterionId}>
                  <th scope="row">{row.name}</th>
                  <td>
                    <select
                      aria-label={`Weight of ${row.name}`}
                      value={row.weight}
                      onChange={(e) =>
                        updateCriterion.mutate({ id: row.criterionId, patch: { weight: Number(e.target.value) } })
                      }
                    >
                      <WeightOptions />
                    </select>
                  </td>
                  {row.cells.map((cell, index) => (
                    <td
                      key={cell.name}
                      className={
                        [index === 0 ? 'own-column' : '', cell.leads ? 'leads' : ''].join(' ').trim() || undefined
                      }
                    >
                      <select
                        aria-label={`Score of ${cell.name} on ${row.name}`}
                        value={cell.score ?? ''}
                        onChange={(e) => score(row.criterionId, cell, e.target.value ? Number(e.target.value) : null)}
                      >
                        <option value="">–</option>
                        {range(SCORE_MIN, SCORE_MAX).map((s) => (
                          <option key={s} value={s}>
                            {s}
                          </option>
                        ))}
                      </select>
                      {cell.leads && <span className="lead-mark small"> best</span>}
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      aria-label={`Remove the criterion ${row.name}`}
                      onClick={() => removeCriterion.mutate({ id: row.criterionId })}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Weighted total
                </th>
                {totals.map((t, index) => (
                  <td key={t.name} className={index === 0 ? 'own-column' : undefined}>
                    <strong>{t.text}</strong>
                    <span className="muted small"> · rank {t.rank}</span>
                  </td>
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <ErrorMessage error={setScore.error ?? updateCriterion.error ?? removeCriterion.error} />
      <AddCriterion productId={board.productId} />
    </div>
  )
}

/** The weights a criterion can have, for its row's select and the new criterion's. */
function WeightOptions() {
  return range(WEIGHT_MIN, WEIGHT_MAX).map((w) => (
    <option key={w} value={w}>
      ×{w}
    </option>
  ))
}

function AddCriterion({ productId }: { productId: number }) {
  const [name, setName] = useState('')
  const [weight, setWeight] = useState(1)
  const create = useStrategyWrite(productId, 'strategy.criteria.create')
  return (
    <form
      className="toolbar"
      aria-label="Add a criterion"
      onSubmit={(e) => {
        e.preventDefault()
        create.mutate({ productId, name, weight }, { onSuccess: () => setName('') })
      }}
    >
      <TextField label="Name" placeholder="e.g. Price for a regular swimmer" value={name} onChange={setName} />
      <div className="field">
        <label htmlFor="new-criterion-weight">Weight</label>
        <select id="new-criterion-weight" value={weight} onChange={(e) => setWeight(Number(e.target.value))}>
          <WeightOptions />
        </select>
      </div>
      <button type="submit" disabled={create.isPending}>
        Add criterion
      </button>
      <ErrorMessage error={create.error} />
    </form>
  )
}
