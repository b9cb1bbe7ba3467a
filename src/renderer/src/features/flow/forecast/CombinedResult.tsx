import type { WorkingCalendar } from '@shared/domain/flow'
import type { ForecastPlan } from '../shape/forecastForm'
import { formatDay, plural } from '../shape/format'
import { howManyResultView, whenResultView } from '../shape/forecastResult'
import { teamPartRows } from '../shape/teams'
import type { JobResult } from '../worker/jobs'
import { Histogram } from './Histogram'

type Combined = Extract<JobResult, { kind: 'combined' }>

/** The whole backlog forecast by every team together, with each team's part and its own forecast. */
export function CombinedResult({ plan, calendar, answer }: { plan: ForecastPlan; calendar: WorkingCalendar; answer: Combined }) {
  const forecast = answer.forecast
  const view = forecast.question === 'when' ? whenResultView(forecast, calendar, plan.startDate) : howManyResultView(forecast)
  const rows = teamPartRows(answer.parts, answer.perTeam, plan, calendar)
  const title =
    forecast.question === 'when'
      ? `When will ${plural(plan.items, 'item')} be done by all teams together?`
      : `How many items will all teams together finish by ${formatDay(plan.targetDate ?? '')}?`
  return (
    <section className="forecast-result card" aria-labelledby="combined-result-title" aria-live="polite">
      <h2 id="combined-result-title">{title}</h2>
      <p className="muted small">
        Every simulated day draws each team’s day from that team’s own history and adds them up: the teams’ good and bad days need not come together.
        Each team’s history: the {plan.windowDays} days up to {formatDay(plan.asOf)}. {plural(plan.trials, 'trial')}, seed {plan.seed}, day 1 is the first
        working day from {formatDay(plan.startDate)}. Without scope growth.
      </p>
      <table className="percentile-table">
        <caption className="visually-hidden">Combined forecast percentiles</caption>
        <thead>
          <tr>
            <th scope="col">Chance</th>
            <th scope="col">{forecast.question === 'when' ? 'Done' : 'Items done'}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.level} className={row.level === 85 ? 'emphasis' : undefined}>
              <th scope="row">{row.level}%</th>
              <td>{row.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
              <td>{row.part}</td>
              <td>{row.own}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Histogram view={view} question={forecast.question} />
    </section>
  )
}
