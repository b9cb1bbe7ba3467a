import type { Refusal, VelocityPlan } from '@shared/domain/flow'
import { formatDay, formatCount } from '../shape/format'
import { historySentence, historySummary } from '../shape/forecastResult'
import {
  BAND_LABELS,
  cutLineText,
  plannedSprintText,
  velocityFigure,
  type ReleaseRow,
  type ReleaseRun,
  type releaseSummary
} from '../shape/release'

type Summary = ReturnType<typeof releaseSummary>

/** The two methods' answers by the target date, then every open item with both. */
export function ReleaseResult({
  rows,
  summary,
  plan,
  ran,
  today
}: {
  rows: readonly ReleaseRow[]
  summary: Summary
  plan: VelocityPlan | Refusal
  ran: ReleaseRun
  today: string
}) {
  return (
    <div className="release-result">
      <div className="release-methods">
        <FlowForecastCard summary={summary} ran={ran} today={today} />
        <VelocityPlanCard summary={summary} plan={plan} target={ran.target} />
      </div>
      <table className="release-table">
        <caption>Open items in backlog order: chance of being done by {formatDay(ran.target)}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Item</th>
            <th scope="col">Points</th>
            <th scope="col">Flow forecast</th>
            <th scope="col">Velocity plan</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ReleaseTableRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function FlowForecastCard({ summary, ran, today }: { summary: Summary; ran: ReleaseRun; today: string }) {
  return (
    <section className="card" aria-labelledby="mc-title">
      <h2 id="mc-title">Flow forecast (Monte Carlo)</h2>
      <p>
        By {formatDay(ran.target)}: <strong>{formatCount(summary.likely, 'item')}</strong> likely (85% or more),{' '}
        {summary.possible} more possible (50% or more).
      </p>
      <ul className="assumptions">
        <li>
          Daily throughput of the history repeats:{' '}
          {historySentence(ran.windowDays, today, historySummary(ran.throughput))}
        </li>
        <li>Every item counts as one item, whatever its estimate; items are done in backlog order.</li>
        <li>Nothing new is added above these items.</li>
        <li>Days off follow the working calendar on the Forecast tab.</li>
      </ul>
    </section>
  )
}

function VelocityPlanCard({
  summary,
  plan,
  target
}: {
  summary: Summary
  plan: VelocityPlan | Refusal
  target: string
}) {
  return (
    <section className="card" aria-labelledby="velocity-title">
      <h2 id="velocity-title">Velocity plan (points per Sprint)</h2>
      {plan.ok ? (
        <>
          <p>
            By {formatDay(target)}: <strong>{formatCount(summary.plannedByTarget, 'item')}</strong> planned, at{' '}
            {velocityFigure(plan.velocity)} points per Sprint.
          </p>
          <ul className="assumptions">
            {plan.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="notice">{plan.reason}</p>
      )}
    </section>
  )
}

function ReleaseTableRow({ row }: { row: ReleaseRow }) {
  return (
    <>
      {row.cutAbove && (
        <tr className="cut-line">
          <td colSpan={5}>{cutLineText(row.cutAbove)}</td>
        </tr>
      )}
      <tr className={`band-row band-${row.band}`}>
        <td>{row.position}</td>
        <td>
          <span className="muted">{row.key}</span> {row.title}
        </td>
        <td>{row.estimate ?? '–'}</td>
        <td>
          <span className={`band band-${row.band}`}>
            {BAND_LABELS[row.band]} · {row.probabilityText}
          </span>
        </td>
        <td>{plannedSprintText(row)}</td>
      </tr>
    </>
  )
}
