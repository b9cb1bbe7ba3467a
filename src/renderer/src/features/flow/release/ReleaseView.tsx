import { useMemo, useState } from 'react'
import type { FlowData } from '@shared/api/methods/flow'
import {
  addDays,
  countWorkingDays,
  cutLine,
  DEFAULT_TRIALS,
  DEFAULT_WINDOW_DAYS,
  forecastStart,
  isIsoDay,
  newSeed,
  parseWholeNumber,
  readSettings,
  velocityPlan
} from '@shared/domain/flow'
import { throughputHistory } from '../shape/forecastForm'
import { formatDay, plural } from '../shape/format'
import { historySentence, historySummary } from '../shape/forecastResult'
import { BAND_LABELS, pointsPerPastSprint, releaseRows, releaseSummary, type OpenBacklogItem } from '../shape/release'
import { RunProgress } from '../ui/RunProgress'
import { useForecastRun } from '../worker/useForecastRun'

const SPRINTS_TO_AVERAGE = 3

export function ReleaseView({ data, openItems }: { data: FlowData; openItems: readonly OpenBacklogItem[] }) {
  const firstDay = forecastStart(data.today)
  const [target, setTarget] = useState(() => addDays(data.today, 42))
  const [windowDays, setWindowDays] = useState(String(DEFAULT_WINDOW_DAYS))
  const [trials, setTrials] = useState(String(DEFAULT_TRIALS))
  const [seed, setSeed] = useState(() => String(newSeed()))
  const [sprintLength, setSprintLength] = useState('10')
  const [velocitySource, setVelocitySource] = useState<'history' | 'entered'>('history')
  const [enteredVelocity, setEnteredVelocity] = useState('20')
  const [problem, setProblem] = useState<string | null>(null)
  const [ranFor, setRanFor] = useState<{ target: string; windowDays: number; throughput: number[] } | null>(null)
  const runner = useForecastRun()

  const length = parseWholeNumber(sprintLength)
  const pastSprints = useMemo(
    () =>
      length && length > 0
        ? pointsPerPastSprint(data.items, data.calendar, data.today, length, SPRINTS_TO_AVERAGE)
        : [],
    [data, length]
  )
  const plan = useMemo(() => {
    if (!length || length < 1)
      return { ok: false as const, reason: 'Enter a Sprint length of at least one working day.' }
    const entered = Number(enteredVelocity)
    if (velocitySource === 'entered' && !(entered > 0))
      return { ok: false as const, reason: 'Enter a velocity above 0 points per Sprint.' }
    const result = velocityPlan({
      backlog: openItems.map((i) => ({ id: i.id, points: i.estimate })),
      completedPointsPerSprint: velocitySource === 'history' ? pastSprints.map((s) => s.points) : [entered],
      sprintsToAverage: velocitySource === 'history' ? SPRINTS_TO_AVERAGE : 1,
      sprintLengthWorkingDays: length,
      firstSprintStart: firstDay,
      calendar: data.calendar
    })
    if (!result.ok || velocitySource === 'history') return result
    // The engine words velocity as an average of past Sprints; an entered figure is the user's own.
    return {
      ...result,
      assumptions: [`Velocity is ${entered} points per Sprint, as you entered it.`, ...result.assumptions.slice(1)]
    }
  }, [openItems, pastSprints, velocitySource, enteredVelocity, length, firstDay, data.calendar])

  const onRun = () => {
    if (!isIsoDay(target) || target < firstDay)
      return setProblem(`Choose a target date from ${formatDay(firstDay)} on.`)
    const settings = readSettings({ windowDays, trials, seed })
    if (!settings.ok) return setProblem(settings.message)
    const { windowDays: window, trials: trialCount, seed: parsedSeed } = settings.values
    const days = countWorkingDays(data.calendar, firstDay, target)
    if (days < 1) return setProblem('There is no working day before the target date: choose a later one.')
    setProblem(null)
    const throughput = throughputHistory(data.items, data.today, window, data.calendar)
    setRanFor({ target, windowDays: window, throughput })
    runner.run({
      kind: 'how-many',
      dailyThroughput: throughput,
      days,
      trials: trialCount,
      seed: parsedSeed,
      exact: false
    })
  }

  const state = runner.state
  const forecast = state.status === 'done' && state.result.kind === 'how-many' ? state.result.forecast : null
  const rows =
    forecast && ranFor
      ? releaseRows(
          openItems,
          cutLine(
            openItems.map((i) => ({ id: i.id })),
            forecast
          ),
          plan.ok ? plan : null,
          ranFor.target
        )
      : null
  const summary = rows ? releaseSummary(rows) : null

  return (
    <section aria-label="Release" className="flow-section">
      <form
        className="card release-form"
        aria-label="Release settings"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          onRun()
        }}
      >
        <div className="field">
          <label htmlFor="release-target">Target date</label>
          <input id="release-target" type="date" value={target} onChange={(e) => setTarget(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="release-window">History window (days)</label>
          <input
            id="release-window"
            inputMode="numeric"
            value={windowDays}
            onChange={(e) => setWindowDays(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="release-trials">Trials</label>
          <input id="release-trials" inputMode="numeric" value={trials} onChange={(e) => setTrials(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="release-seed">Seed</label>
          <input id="release-seed" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="release-sprint">Sprint length (working days)</label>
          <input
            id="release-sprint"
            inputMode="numeric"
            value={sprintLength}
            onChange={(e) => setSprintLength(e.target.value)}
          />
        </div>
        <fieldset className="radio-group">
          <legend>Velocity</legend>
          <label>
            <input
              type="radio"
              name="velocity"
              checked={velocitySource === 'history'}
              onChange={() => setVelocitySource('history')}
            />
            From the last {SPRINTS_TO_AVERAGE} Sprints ({pastSprints.map((s) => s.points).join(', ') || 'none'} points)
          </label>
          <label>
            <input
              type="radio"
              name="velocity"
              checked={velocitySource === 'entered'}
              onChange={() => setVelocitySource('entered')}
            />
            Entered
          </label>
          {velocitySource === 'entered' && (
            <div className="field nested">
              <label htmlFor="release-velocity">Points per Sprint</label>
              <input
                id="release-velocity"
                inputMode="decimal"
                value={enteredVelocity}
                onChange={(e) => setEnteredVelocity(e.target.value)}
              />
            </div>
          )}
        </fieldset>
        <button type="submit" className="primary" disabled={state.status === 'running'}>
          Compare by target date
        </button>
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
      </form>

      {state.status === 'running' && (
        <RunProgress fraction={state.fraction} label="Release forecast progress" onCancel={runner.cancel} />
      )}
      {state.status === 'cancelled' && <p className="card">The forecast was cancelled.</p>}
      {state.status === 'failed' && (
        <p role="alert" className="form-error">
          The forecast stopped: {state.message}
        </p>
      )}
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

      {rows && summary && ranFor && (
        <div className="release-result">
          <div className="release-methods">
            <section className="card" aria-labelledby="mc-title">
              <h2 id="mc-title">Flow forecast (Monte Carlo)</h2>
              <p>
                By {formatDay(ranFor.target)}: <strong>{plural(summary.likely, 'item')}</strong> likely (85% or more),{' '}
                {summary.possible} more possible (50% or more).
              </p>
              <ul className="assumptions">
                <li>
                  Daily throughput of the history repeats:{' '}
                  {historySentence(ranFor.windowDays, data.today, historySummary(ranFor.throughput))}
                </li>
                <li>Every item counts as one item, whatever its estimate; items are done in backlog order.</li>
                <li>Nothing new is added above these items.</li>
                <li>Days off follow the working calendar on the Forecast tab.</li>
              </ul>
            </section>
            <section className="card" aria-labelledby="velocity-title">
              <h2 id="velocity-title">Velocity plan (points per Sprint)</h2>
              {plan.ok ? (
                <>
                  <p>
                    By {formatDay(ranFor.target)}: <strong>{plural(summary.plannedByTarget, 'item')}</strong> planned,
                    at {Math.round(plan.velocity * 10) / 10} points per Sprint.
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
          </div>
          <table className="release-table">
            <caption>Open items in backlog order: chance of being done by {formatDay(ranFor.target)}</caption>
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
      )}
    </section>
  )
}

function ReleaseTableRow({ row }: { row: ReturnType<typeof releaseRows>[number] }) {
  return (
    <>
      {row.cutAbove && (
        <tr className="cut-line">
          <td colSpan={5}>
            Cut line: items below are {row.cutAbove === 'possible' ? 'possible (50% to 85%)' : 'unlikely (below 50%)'}{' '}
            by the target
          </td>
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
        <td>
          {row.sprint === null
            ? '–'
            : `Sprint ${row.sprint}, ends ${formatDay(row.sprintEnd!)}${row.plannedByTarget ? '' : ' (after the target)'}`}
        </td>
      </tr>
    </>
  )
}
