import { useMemo, useState } from 'react'
import type { FlowData } from '@shared/api/methods/flow'
import type { WorkingCalendar } from '@shared/domain/flow'
import { itemsOfTeam, teamHistories } from '@shared/domain/teams'
import { useTeams } from '@renderer/features/teams/queries'
import { useGoals } from '@renderer/features/vision/queries'
import {
  idleHistory,
  planForecast,
  type FieldErrors,
  type ForecastFormValues,
  type ForecastPlan,
  type GoalScope,
  type OpenItem
} from '../shape/forecastForm'
import { openItems as openOf } from '../shape/release'
import type { ForecastTeams } from '../shape/teams'
import type { useForecastRun } from '../worker/useForecastRun'
import { RunStatus } from '../ui/RunStatus'
import { CalendarEditor } from './CalendarEditor'
import { CombinedResult } from './CombinedResult'
import { ForecastForm } from './ForecastForm'
import { ForecastResult, ThinData } from './ForecastResult'

/** What the Forecast tab keeps while the user visits the other tabs. */
export interface ForecastSession {
  values: ForecastFormValues
  setValues: (values: ForecastFormValues) => void
  runner: ReturnType<typeof useForecastRun>
  ran: { plan: ForecastPlan; calendar: WorkingCalendar } | null
  setRan: (ran: { plan: ForecastPlan; calendar: WorkingCalendar }) => void
}

export function ForecastView({
  productId,
  data,
  openItems,
  session
}: {
  productId: number
  data: FlowData
  openItems: readonly OpenItem[]
  session: ForecastSession
}) {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [whose, setWhose] = useState<ForecastTeams>('product')
  const { values, setValues, runner, ran } = session
  const teams = useTeams(productId).data ?? []
  const titles = new Map(data.items.map((i) => [i.id, i.title]))
  // One team's forecast reads that team's history and its own open items.
  const teamItems = useMemo(
    () => (typeof whose === 'number' ? itemsOfTeam(data.items, whose) : data.items),
    [data.items, whose]
  )
  const open = useMemo(() => (typeof whose === 'number' ? openOf(teamItems) : openItems), [whose, teamItems, openItems])
  const goals = useGoals(productId).data
  const activeGoal = useMemo<GoalScope | null>(() => {
    const active = goals?.find((g) => g.status === 'active')
    return active ? { id: active.id, title: active.title, itemIds: active.itemIds } : null
  }, [goals])
  const idle = useMemo(() => idleHistory(values, teamItems), [values, teamItems])

  const onRun = () => {
    const planned = planForecast(values, { items: teamItems, openItems: open, calendar: data.calendar, activeGoal })
    if (!planned.ok) {
      setErrors(planned.errors)
      return
    }
    setErrors({})
    const { plan } = planned
    session.setRan({ plan, calendar: data.calendar })
    if (whose === 'combined') {
      const { question, items, trials, seed, scopeGrowth } = plan
      runner.run({
        kind: 'combined',
        question,
        items,
        days: plan.days ?? 0,
        trials,
        seed,
        scopeGrowth,
        teams: teamHistories(data.items, teams, plan, data.calendar)
      })
      return
    }
    const run = { dailyThroughput: plan.dailyThroughput, trials: plan.trials, seed: plan.seed, exact: true }
    runner.run(
      plan.question === 'when'
        ? { kind: 'when', ...run, items: plan.items, scopeGrowth: plan.scopeGrowth }
        : { kind: 'how-many', ...run, days: plan.days ?? 0 }
    )
  }

  const state = runner.state
  return (
    <section aria-label="Forecast" className="forecast-layout">
      <div className="stack">
        {teams.length > 0 && (
          <div className="card field">
            <label htmlFor="forecast-teams">Whose work</label>
            <select
              id="forecast-teams"
              value={String(whose)}
              onChange={(e) =>
                setWhose(
                  e.target.value === 'product' || e.target.value === 'combined'
                    ? e.target.value
                    : Number(e.target.value)
                )
              }
            >
              <option value="product">The whole product, one history</option>
              <option value="combined">All teams combined</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name} only
                </option>
              ))}
            </select>
            <p className="muted small">
              {whose === 'combined'
                ? 'Each team’s throughput is drawn from its own history in every trial and added up; the result shows each team’s part.'
                : typeof whose === 'number'
                  ? 'This team’s finished work is the history, and its open items are the backlog.'
                  : 'Every finished item of the product is one history, whichever team did it.'}
            </p>
          </div>
        )}
        <ForecastForm
          values={values}
          onChange={setValues}
          errors={errors}
          openItems={open}
          activeGoal={activeGoal}
          idle={idle}
          running={state.status === 'running'}
          onRun={onRun}
        />
        <CalendarEditor productId={productId} calendar={data.calendar} />
      </div>
      <div className="stack">
        {state.status === 'idle' && (
          <div className="empty-state card">
            <h2>Ask a question</h2>
            <p>
              Choose “when” for a number of items or the backlog down to one of them, or “how many” by a date, then run
              the forecast. It replays your team’s own daily throughput thousands of times and answers with ranges, not
              a single date.
            </p>
          </div>
        )}
        <RunStatus
          runner={runner}
          noun="forecast"
          progressLabel="Forecast progress"
          cancelHint="Change the settings or run it again."
        />
        {state.status === 'done' && ran && state.result.kind === 'refused' && <ThinData reason={state.result.reason} />}
        {state.status === 'done' && ran && state.result.kind === 'combined' && (
          <CombinedResult plan={ran.plan} calendar={ran.calendar} answer={state.result} />
        )}
        {state.status === 'done' && ran && (state.result.kind === 'when' || state.result.kind === 'how-many') && (
          <ForecastResult
            productId={productId}
            plan={ran.plan}
            calendar={ran.calendar}
            answer={state.result}
            titleOf={(id) => titles.get(id)}
          />
        )}
      </div>
    </section>
  )
}
