import { formatProbability, percentileDates, type WorkingCalendar } from '@shared/domain/flow'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { questionKey, questionLabel, type ForecastPlan } from '../shape/forecastForm'
import { formatDay, formatCount } from '../shape/format'
import {
  chanceByTarget,
  exactCheckSentences,
  growthSentence,
  historySentence,
  historySummary,
  howManyResultView,
  whenResultView
} from '../shape/forecastResult'
import { savePayload } from '../shape/savedForecasts'
import type { JobResult } from '../worker/jobs'
import { useSaveForecast } from '../queries'
import { Histogram } from './Histogram'
import { PercentileTable } from './PercentileTable'
import { formatNumber } from '@shared/domain/format'

type Answer = Extract<JobResult, { kind: 'when' } | { kind: 'how-many' }>

export function ForecastResult({
  productId,
  plan,
  calendar,
  answer,
  titleOf
}: {
  productId: number
  plan: ForecastPlan
  calendar: WorkingCalendar
  answer: Answer
  titleOf: (id: number) => string | undefined
}) {
  const save = useSaveForecast(productId)
  const forecast = answer.forecast
  const view =
    forecast.question === 'when' ? whenResultView(forecast, calendar, plan.startDate) : howManyResultView(forecast)
  const chance =
    forecast.question === 'when' ? chanceByTarget(forecast, calendar, plan.startDate, plan.targetDate) : null
  const growth = answer.kind === 'when' ? answer.growth : null
  const label = questionLabel(plan, titleOf)
  const unfinished = forecast.question === 'when' ? forecast.unfinished : 0
  const growthText = growthSentence(plan.growth, plan.scopeGrowth)
  const exactText = exactCheckSentences(answer.exact, forecast.question, calendar, plan.startDate)

  const onSave = () =>
    save.mutate(
      savePayload(plan, forecast, {
        key: questionKey(plan),
        label,
        percentileDates:
          forecast.question === 'when' ? percentileDates(forecast.percentiles, calendar, plan.startDate) : null,
        probabilityOfTarget: chance
      })
    )

  return (
    <section className="forecast-result card" aria-labelledby="forecast-result-title" aria-live="polite">
      <h2 id="forecast-result-title">{label}</h2>
      <p className="muted small" data-testid="forecast-basis">
        History: {historySentence(plan.windowDays, plan.asOf, historySummary(plan.dailyThroughput))}{' '}
        {formatCount(plan.trials, 'trial')}, seed {plan.seed}, day 1 is the first working day from{' '}
        {formatDay(plan.startDate)}.
      </p>
      {growthText && <p className="small">{growthText}</p>}
      <PercentileTable
        caption="Forecast percentiles"
        rows={view.rows}
        question={forecast.question}
        growth={growth}
        calendar={calendar}
        startDate={plan.startDate}
      />
      <p className="muted small">
        {forecast.question === 'when'
          ? 'Read a row as: in that share of the trials, the work was done on or before that date. The 85% row is a common commitment level.'
          : 'Read a row as: in that share of the trials, at least that many items were done by the date.'}
      </p>
      {exactText && (
        <p className="muted small" data-testid="exact-check">
          {exactText.join(' ')}
        </p>
      )}
      {chance !== null && plan.targetDate && (
        <p className="target-chance">
          Chance of being done by {formatDay(plan.targetDate)}: <strong>{formatProbability(chance)}</strong>
        </p>
      )}
      {unfinished > 0 && (
        <p className="notice">
          {formatCount(unfinished, 'trial')} of {formatNumber(plan.trials)} did not finish within ten years of working
          days: at this rate the work grows about as fast as it is done.
        </p>
      )}
      <Histogram view={view} question={forecast.question} />
      <div className="row-actions">
        <button type="button" onClick={onSave} disabled={save.isPending}>
          Save this forecast
        </button>
        <span className="muted small">Saved forecasts show how the answer to the same question moves over time.</span>
      </div>
      {save.error && <ErrorMessage error={save.error} />}
    </section>
  )
}

export function ThinData({ reason }: { reason: string }) {
  return (
    <section className="card thin-data" aria-labelledby="thin-data-title">
      <h2 id="thin-data-title">Not enough history for an honest forecast</h2>
      <p>{reason}</p>
      <p className="muted small">
        A forecast resampled from a handful of days would repeat them thousands of times and look far more certain than
        it is.
      </p>
    </section>
  )
}
