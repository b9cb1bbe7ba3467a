import { useMemo, useState } from 'react'
import type { FlowData } from '@shared/api/methods/flow'
import { newSeed } from '@shared/domain/flow'
import {
  checkReleaseRun,
  defaultReleaseValues,
  recentSprints,
  releaseComparison,
  releaseVelocityPlan,
  type OpenBacklogItem,
  type ReleaseRun
} from '../shape/release'
import { RunStatus } from '../ui/RunStatus'
import { useCheckedRun } from '../worker/useCheckedRun'
import { ReleaseForm } from './ReleaseForm'
import { ReleaseResult } from './ReleaseResult'

export function ReleaseView({ data, openItems }: { data: FlowData; openItems: readonly OpenBacklogItem[] }) {
  const [values, setValues] = useState(() => defaultReleaseValues(data.today, newSeed()))
  const run = useCheckedRun<ReleaseRun>(() => checkReleaseRun(values, data))
  const pastSprints = useMemo(() => recentSprints(data, values.sprintLength), [data, values.sprintLength])
  const plan = useMemo(
    () => releaseVelocityPlan(values, { openItems, pastSprints, today: data.today, calendar: data.calendar }),
    [values, openItems, pastSprints, data.today, data.calendar]
  )
  const { state, ran } = run
  const forecast = state.status === 'done' && state.result.kind === 'how-many' ? state.result.forecast : null

  return (
    <section aria-label="Release" className="flow-section">
      <ReleaseForm values={values} onChange={setValues} pastSprints={pastSprints} run={run.form} />
      <RunStatus runner={run} noun="forecast" progressLabel="Release forecast progress" />
      {state.status === 'done' && state.result.kind === 'refused' && (
        <section className="card thin-data">
          <h2>Not enough history for an honest forecast</h2>
          <p>{state.result.reason}</p>
        </section>
      )}
      {state.status === 'idle' && (
        <p className="muted">
          Pick a target date and compare: a Monte Carlo forecast gives each open item its chance of being done by then,
          and a velocity plan places the same items in Sprints from their estimates.
        </p>
      )}
      {forecast && ran && (
        <ReleaseResult
          {...releaseComparison(openItems, forecast, plan, ran.target)}
          plan={plan}
          ran={ran}
          today={data.today}
        />
      )}
    </section>
  )
}
