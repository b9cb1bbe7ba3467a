import type { WorkingCalendar } from '@shared/domain/flow'
import type { ForecastPlan } from '../shape/forecastForm'
import { formatDay, formatCount } from '../shape/format'
import { growthSentence, howManyResultView, whenResultView } from '../shape/forecastResult'
import { teamGrowthSentence, teamPartRows } from '../shape/teams'
import type { JobResult } from '../worker/jobs'
import { Histogram } from './Histogram'
import { PercentileTable } from './PercentileTable'
import '@renderer/styles/teams.css'

type Combined = Extract<JobResult, { kind: 'combined' }>

/** The whole backlog forecast by every team together, with each team's part and its own forecast. */
export function CombinedResult({
  plan,
  calendar,
  answer
}: {
  plan: ForecastPlan
  calendar: WorkingCalendar
  answer: Combined
}) {
  const forecast = answer.forecast
  const view =
    forecast.question === 'when' ? whenResultView(forecast, calendar, plan.startDate) : howManyResultView(forecast)
  const rows = teamPartRows(answer.parts, answer.perTeam, plan, calendar)
  const growthText = growthSentence(plan.growth, plan.scopeGrowth)
  const title =
    forecast.question === 'when'
      ? `When will ${formatCount(plan.items, 'item')} be done by all teams together?`
      : `How many items will all teams together finish by ${formatDay(plan.targetDate ?? '')}?`
  return (
    <section className="forecast-result card" aria-labelledby="combined-result-title" aria-live="polite">
      <h2 id="combined-result-title">{title}</h2>
      <p className="muted small">
        Every simulated day draws each team’s day from that team’s own history and adds them up: the teams’ good and bad
        days need not come together. Each team’s history: the {plan.windowDays} days up to {formatDay(plan.asOf)}.{' '}
        {formatCount(plan.trials, 'trial')}, seed {plan.seed}, day 1 is the first working day from{' '}
        {formatDay(plan.startDate)}.
      </p>
      <p className="small">
        {growthText
          ? `${growthText} ${teamGrowthSentence(plan.growth)}`
          : 'Without scope growth: the backlog stays as it is while the teams work.'}
      </p>
      <PercentileTable
        caption="Combined forecast percentiles"
        rows={view.rows}
        question={forecast.question}
        growth={answer.growth}
        calendar={calendar}
        startDate={plan.startDate}
      />
      <table className="percentile-table team-parts">
        <caption>Each team’s part</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Pace in the window</th>
            <th scope="col">Part of the combined pace</th>
            <th scope="col">On its own</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.teamId}>
              <th scope="row">{row.name}</th>
              <td>{row.pace}</td>
              <td>
                <span className="team-part-bar" aria-hidden="true">
                  <span style={{ width: `${row.percent}%` }} />
                </span>
                {row.part}
              </td>
              <td>{row.own}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Histogram view={view} question={forecast.question} />
    </section>
  )
}
