import { newSeed } from '@shared/domain/flow'
import {
  defaultTargetDate,
  withAsOf,
  type FieldErrors,
  type ForecastFormValues,
  type GoalScope,
  type IdleHistoryNotice,
  type OpenItem
} from '../shape/forecastForm'
import { formatDay } from '../shape/format'

/** The inputs of a forecast; plain text until the user runs it, so half-typed numbers are fine. */
export function ForecastForm({
  values,
  onChange,
  errors,
  openItems,
  activeGoal,
  idle,
  running,
  onRun
}: {
  values: ForecastFormValues
  onChange: (values: ForecastFormValues) => void
  errors: FieldErrors
  openItems: readonly OpenItem[]
  activeGoal: GoalScope | null
  /** Set when the history stopped long before the as-of date. */
  idle: IdleHistoryNotice | null
  running: boolean
  onRun: () => void
}) {
  const set = <K extends keyof ForecastFormValues>(key: K, value: ForecastFormValues[K]) =>
    onChange({ ...values, [key]: value })
  const field = (key: keyof ForecastFormValues) => ({
    id: `forecast-${key}`,
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `forecast-${key}-error` : undefined
  })
  const error = (key: keyof ForecastFormValues) =>
    errors[key] && (
      <span id={`forecast-${key}-error`} className="field-error">
        {errors[key]}
      </span>
    )

  return (
    <form
      className="forecast-form card"
      aria-label="Forecast settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        onRun()
      }}
    >
      <fieldset className="radio-group">
        <legend>Question</legend>
        <label>
          <input
            type="radio"
            name="question"
            checked={values.question === 'when'}
            onChange={() => set('question', 'when')}
          />
          When will the work be done?
        </label>
        <label>
          <input
            type="radio"
            name="question"
            checked={values.question === 'how-many'}
            onChange={() =>
              onChange({
                ...values,
                question: 'how-many',
                targetDate: values.targetDate || defaultTargetDate(values.startDate)
              })
            }
          />
          How many items by a date?
        </label>
      </fieldset>

      {values.question === 'when' ? (
        <fieldset className="radio-group">
          <legend>Work to forecast</legend>
          <label>
            <input
              type="radio"
              name="scope"
              checked={values.scope === 'count'}
              onChange={() => set('scope', 'count')}
            />
            A number of items
          </label>
          {values.scope === 'count' && (
            <div className="field nested">
              <label htmlFor="forecast-itemCount">Number of items</label>
              <input
                {...field('itemCount')}
                inputMode="numeric"
                value={values.itemCount}
                onChange={(e) => set('itemCount', e.target.value)}
              />
              {error('itemCount')}
            </div>
          )}
          <label>
            <input
              type="radio"
              name="scope"
              checked={values.scope === 'through'}
              onChange={() => set('scope', 'through')}
            />
            The backlog down to an item
          </label>
          {values.scope === 'through' && (
            <div className="field nested">
              <label htmlFor="forecast-throughItemId">Last item included</label>
              <select
                {...field('throughItemId')}
                value={values.throughItemId}
                onChange={(e) => set('throughItemId', e.target.value)}
              >
                <option value="">Choose an open item…</option>
                {openItems.map((item, index) => (
                  <option key={item.id} value={item.id}>
                    {index + 1}. {item.key} {item.title}
                  </option>
                ))}
              </select>
              {error('throughItemId')}
            </div>
          )}
          <label>
            <input type="radio" name="scope" checked={values.scope === 'goal'} onChange={() => set('scope', 'goal')} />
            {activeGoal
              ? `The open items of the Product Goal “${activeGoal.title}”`
              : 'The open items of the active Product Goal (none is active)'}
          </label>
          {values.scope === 'goal' && error('scope')}
        </fieldset>
      ) : null}

      <div className="field">
        <label htmlFor="forecast-targetDate">
          {values.question === 'when' ? 'Target date (optional: shows the chance of making it)' : 'Forecast up to'}
        </label>
        <input
          {...field('targetDate')}
          type="date"
          value={values.targetDate}
          onChange={(e) => set('targetDate', e.target.value)}
        />
        {error('targetDate')}
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor="forecast-windowDays">History window (days)</label>
          <input
            {...field('windowDays')}
            inputMode="numeric"
            value={values.windowDays}
            onChange={(e) => set('windowDays', e.target.value)}
          />
          {error('windowDays')}
        </div>
        <div className="field">
          <label htmlFor="forecast-asOf">As of (the window ends here)</label>
          <input
            {...field('asOf')}
            type="date"
            value={values.asOf}
            onChange={(e) => onChange(withAsOf(values, e.target.value))}
          />
          {error('asOf')}
        </div>
      </div>
      {idle && (
        <div className="notice stack" role="status">
          <p>{idle.sentence}</p>
          <button type="button" onClick={() => onChange(withAsOf(values, idle.lastFinish))}>
            Use {formatDay(idle.lastFinish)} as the as-of date
          </button>
        </div>
      )}
      <div className="field">
        <label htmlFor="forecast-trials">Trials</label>
        <input
          {...field('trials')}
          inputMode="numeric"
          value={values.trials}
          onChange={(e) => set('trials', e.target.value)}
        />
        {error('trials')}
      </div>
      <div className="field">
        <label htmlFor="forecast-seed">Seed</label>
        <div className="input-with-button">
          <input
            {...field('seed')}
            inputMode="numeric"
            value={values.seed}
            onChange={(e) => set('seed', e.target.value)}
          />
          <button type="button" onClick={() => set('seed', String(newSeed()))}>
            New seed
          </button>
        </div>
        {error('seed')}
      </div>
      <div className="field">
        <label htmlFor="forecast-startDate">
          Start date (day 1 is the first working day from here; it follows the as-of date)
        </label>
        <input
          {...field('startDate')}
          type="date"
          value={values.startDate}
          onChange={(e) => set('startDate', e.target.value)}
        />
        {error('startDate')}
      </div>
      <p className="muted small">The same seed, history and settings give exactly the same forecast again.</p>

      {values.question === 'when' && (
        <fieldset className="radio-group">
          <legend>Scope growth</legend>
          <label>
            <input type="radio" name="growth" checked={values.growth === 'off'} onChange={() => set('growth', 'off')} />
            Off: the work stays as it is
          </label>
          <label>
            <input
              type="radio"
              name="growth"
              checked={values.growth === 'history'}
              onChange={() => set('growth', 'history')}
            />
            New items arrive as they did in the history window
          </label>
          <label>
            <input
              type="radio"
              name="growth"
              checked={values.growth === 'rate'}
              onChange={() => set('growth', 'rate')}
            />
            Items split at a rate I enter
          </label>
          {values.growth === 'rate' && (
            <div className="field nested">
              <label htmlFor="forecast-splitRate">New items per item finished</label>
              <input
                {...field('splitRate')}
                inputMode="decimal"
                value={values.splitRate}
                onChange={(e) => set('splitRate', e.target.value)}
              />
              {error('splitRate')}
            </div>
          )}
        </fieldset>
      )}

      <button type="submit" className="primary" disabled={running}>
        {running ? 'Running…' : 'Run forecast'}
      </button>
    </form>
  )
}
