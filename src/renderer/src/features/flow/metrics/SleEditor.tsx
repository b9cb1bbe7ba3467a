import { useState } from 'react'
import type { ServiceLevelExpectation } from '@shared/api/methods/flow'
import { SLE_DAYS_MAX, SLE_PERCENTILE_MAX, SLE_PERCENTILE_MIN, sleText } from '@shared/domain/flow'
import { cite } from '@shared/domain/guides'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useClearSle, useSetSle } from '../queries'

/**
 * The Service Level Expectation the team chooses, beside the one its history suggests. The team
 * sets it; the app never replaces it with the history's, it only offers it. `owner` is the team of
 * several on the product whose SLE this is; null for the product's own.
 */
export function SleEditor({
  productId,
  owner,
  team,
  history
}: {
  productId: number
  owner: { id: number; name: string } | null
  team: ServiceLevelExpectation | null
  history: ServiceLevelExpectation | null
}) {
  const set = useSetSle(productId)
  const clear = useClearSle(productId)
  const teamId = owner?.id
  const whose = owner ? `${owner.name}’s SLE` : 'Team SLE'
  const start = team ?? history ?? { percentile: 85, days: 10 }
  const [percentile, setPercentile] = useState(String(start.percentile))
  const [days, setDays] = useState(String(start.days))
  const save = (sle: { percentile: number; days: number }) => {
    clear.reset()
    set.mutate({ ...sle, teamId })
  }

  return (
    <section className="card sle-editor" aria-labelledby="sle-editor-title">
      <h2 id="sle-editor-title">Service Level Expectation{owner && ` of ${owner.name}`}</h2>
      <p className="muted small">
        How long the team expects a started item to take to finish, with how sure it is: “85% of items within 10 days”.
        The team chooses it as part of its Definition of Workflow ({cite('kanban', 'workflow')}) and uses it to spot
        items that age too long ({cite('kanban', 'activeManagement')}). The charts draw it beside the one the history
        suggests.
      </p>
      <p data-testid="sle-current">
        {team ? (
          <>
            <strong>{whose}:</strong> {sleText(team)}.
          </>
        ) : (
          `${owner ? owner.name : 'The team'} has not set an SLE yet.`
        )}{' '}
        {history
          ? `The history of this window suggests ${sleText(history)}.`
          : 'The history suggests none until items finish in this window.'}
      </p>
      <form
        className="field-row"
        aria-label="Set the Service Level Expectation"
        // The service checks the numbers and names the field; the browser's own bubble would say less.
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          save({ percentile: Number(percentile), days: Number(days) })
        }}
      >
        <div className="field">
          <label htmlFor="sle-percentile">Share of items (%)</label>
          <input
            id="sle-percentile"
            type="number"
            inputMode="numeric"
            min={SLE_PERCENTILE_MIN}
            max={SLE_PERCENTILE_MAX}
            value={percentile}
            onChange={(e) => setPercentile(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sle-days">Cycle time (days)</label>
          <input
            id="sle-days"
            type="number"
            inputMode="numeric"
            min={1}
            max={SLE_DAYS_MAX}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <button type="submit" disabled={set.isPending}>
          {team ? 'Change the SLE' : 'Set the SLE'}
        </button>
        {history && (
          <button
            type="button"
            disabled={set.isPending}
            onClick={() => {
              setPercentile(String(history.percentile))
              setDays(String(history.days))
              save(history)
            }}
          >
            Use the history’s ({sleText(history)})
          </button>
        )}
        {team && (
          <button
            type="button"
            className="danger"
            disabled={clear.isPending}
            onClick={() => {
              set.reset()
              clear.mutate(teamId)
            }}
          >
            Remove the SLE
          </button>
        )}
      </form>
      <ErrorMessage error={set.error ?? clear.error} />
    </section>
  )
}
