import { useMemo, useState } from 'react'
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { PERCENTILE_LEVELS, formatProbability } from '@shared/domain/flow'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { dayNumberTick, formatDay, formatCount } from '../shape/format'
import { forecastMovement, groupByQuestion, type SavedQuestion } from '../shape/savedForecasts'
import {
  ChartCard,
  ChartLegend,
  PERCENTILE_COLOURS,
  axisLabel,
  axisProps,
  gridProps,
  tooltipProps
} from '../ui/chartKit'
import { useDeleteForecast, useSavedForecasts } from '../queries'
import { formatNumber } from '@shared/domain/format'
import { formatDateTime } from '@shared/domain/format'

export function SavedView({ productId }: { productId: number }) {
  const saved = useSavedForecasts(productId)
  const questions = useMemo(() => groupByQuestion(saved.data ?? []), [saved.data])
  const [chosenKey, setChosenKey] = useState<string | null>(null)
  const question = questions.find((q) => q.key === chosenKey) ?? questions[0]

  if (saved.isPending) return <p className="muted">Loading saved forecasts…</p>
  if (saved.error) return <ErrorMessage error={saved.error} />
  if (!question) {
    return (
      <div className="empty-state card">
        <h2>No saved forecasts yet</h2>
        <p>
          Run a forecast on the Forecast tab and save it. Save the same question again every week or Sprint, and this
          page shows how its answer moved as work was done and the history changed.
        </p>
      </div>
    )
  }
  return (
    <section aria-label="Saved forecasts" className="flow-section">
      <div className="field">
        <label htmlFor="saved-question">Question</label>
        <select id="saved-question" value={question.key} onChange={(e) => setChosenKey(e.target.value)}>
          {questions.map((q) => (
            <option key={q.key} value={q.key}>
              {q.label} ({formatCount(q.forecasts.length, 'forecast')})
            </option>
          ))}
        </select>
      </div>
      <MovementChart question={question} />
      <SavedTable productId={productId} question={question} />
    </section>
  )
}

function MovementChart({ question }: { question: SavedQuestion }) {
  const rows = forecastMovement(question)
  const isWhen = question.question === 'when'
  const format = (value: number) => (isWhen ? dayNumberTick(value) : formatNumber(value))
  return (
    <ChartCard
      id="forecast-movement"
      title="How the forecast moved"
      wide
      summary={
        <p className="muted small">
          {rows.length < 2
            ? 'One forecast saved so far: save this question again later to see how the answer moves.'
            : isWhen
              ? 'Each point is a saved forecast’s date at that percentile. Lines drifting later mean the work is taking longer than forecast.'
              : 'Each point is a saved forecast’s item count at that percentile.'}
        </p>
      }
      legend={
        <ChartLegend
          label="Forecast movement legend"
          entries={PERCENTILE_LEVELS.map((p) => ({
            label: `${p}th percentile`,
            colour: PERCENTILE_COLOURS[p],
            shape: 'line' as const
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 20, left: 16 }}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="label" {...axisProps} label={axisLabel('Saved on')} />
          <YAxis
            domain={['auto', 'auto']}
            tickFormatter={format}
            allowDecimals={false}
            width={isWhen ? 88 : 64}
            {...axisProps}
            label={axisLabel(isWhen ? 'Done on or before' : 'Items or more', 'insideLeft')}
          />
          <Tooltip {...tooltipProps} formatter={(value) => format(Number(value))} />
          {PERCENTILE_LEVELS.map((p) => (
            <Line
              key={p}
              dataKey={`p${p}`}
              name={`${p}th percentile`}
              stroke={PERCENTILE_COLOURS[p]}
              strokeWidth={p === 85 ? 2.5 : 1.5}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}

function SavedTable({ productId, question }: { productId: number; question: SavedQuestion }) {
  const remove = useDeleteForecast(productId)
  return (
    <table className="saved-table">
      <caption>Saved forecasts for “{question.label}”, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Saved</th>
          <th scope="col">85th percentile</th>
          <th scope="col">Chance of target</th>
          <th scope="col">Settings</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {[...question.forecasts].reverse().map((f) => {
          const p85 =
            f.question === 'when'
              ? f.result.percentileDates?.[85]
                ? `on or before ${formatDay(f.result.percentileDates[85])}`
                : 'not within ten years'
              : `${formatCount(f.result.percentiles[85] ?? 0, 'item')} or more`
          const chance = f.result.probabilityOfTarget
          return (
            <tr key={f.id}>
              <td>{formatDateTime(f.createdAt)}</td>
              <td>{p85}</td>
              <td>
                {chance === null || chance === undefined
                  ? '–'
                  : `${formatProbability(chance)} by ${formatDay(f.inputs.targetDate ?? '')}`}
              </td>
              <td className="small">
                {f.inputs.windowDays} days up to {formatDay(f.inputs.asOf ?? f.createdAt.slice(0, 10))},{' '}
                {formatCount(f.inputs.trials, 'trial')}, seed {f.inputs.seed}, from {formatDay(f.inputs.startDate)}
                {f.inputs.scopeGrowth?.arrivalsFromHistory && ', arrivals from history'}
                {f.inputs.scopeGrowth?.ratePerItemDone !== undefined &&
                  `, split rate ${f.inputs.scopeGrowth.ratePerItemDone}`}
              </td>
              <td>
                <button
                  type="button"
                  className="danger"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ id: f.id, label: f.label })}
                >
                  Delete
                </button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
