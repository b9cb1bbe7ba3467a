import {
  goalScopeLabel,
  openItemLabel,
  withAsOf,
  withQuestion,
  type FieldErrors,
  type ForecastFormValues,
  type GoalScope,
  type IdleHistoryNotice,
  type OpenItem,
  type Question
} from '../shape/forecastForm'
import { formatDay } from '../shape/format'
import { Field, FieldError, formBinding, InputField, invalidProps, RadioOption, RunSettingField } from '../ui/fields'

/** The form's values and errors, and how to change them, as every section of the forecast form gets them. */
export type FormBinding = ReturnType<typeof formBinding<ForecastFormValues>> & {
  values: ForecastFormValues
  errors: FieldErrors
  onChange: (values: ForecastFormValues) => void
}

/** A field named by its value: its id and error follow from the name. */
export function bind(form: FormBinding, name: Parameters<FormBinding['field']>[0]) {
  return { ...form.field(name, `forecast-${name}`), error: form.errors[name] }
}

/** The radio groups are named as the values they set. */
function choice<K extends 'question' | 'scope' | 'growth'>(form: FormBinding, name: K, value: ForecastFormValues[K]) {
  return form.choice(name, name, value)
}

/** "How many" also fills in a target date, so the question changes through `withQuestion`. */
function question(form: FormBinding, value: Question) {
  return { ...choice(form, 'question', value), onSelect: () => form.onChange(withQuestion(form.values, value)) }
}

export function QuestionFieldset({ form }: { form: FormBinding }) {
  return (
    <fieldset className="radio-group">
      <legend>Question</legend>
      <RadioOption {...question(form, 'when')}>When will the work be done?</RadioOption>
      <RadioOption {...question(form, 'how-many')}>How many items by a date?</RadioOption>
    </fieldset>
  )
}

/** What "when" forecasts: a number of items, the backlog down to one, or the active Product Goal's items. */
export function ScopeFieldset({
  form,
  openItems,
  activeGoal
}: {
  form: FormBinding
  openItems: readonly OpenItem[]
  activeGoal: GoalScope | null
}) {
  const { scope } = form.values
  return (
    <fieldset className="radio-group">
      <legend>Work to forecast</legend>
      <RadioOption {...choice(form, 'scope', 'count')}>A number of items</RadioOption>
      {scope === 'count' && (
        <InputField label="Number of items" inputMode="numeric" nested {...bind(form, 'itemCount')} />
      )}
      <RadioOption {...choice(form, 'scope', 'through')}>The backlog down to an item</RadioOption>
      {scope === 'through' && <ThroughItemField form={form} openItems={openItems} />}
      <RadioOption {...choice(form, 'scope', 'goal')}>{goalScopeLabel(activeGoal)}</RadioOption>
      {scope === 'goal' && <FieldError id="forecast-scope" error={form.errors.scope} />}
    </fieldset>
  )
}

function ThroughItemField({ form, openItems }: { form: FormBinding; openItems: readonly OpenItem[] }) {
  const { id, value, onChange, error } = bind(form, 'throughItemId')
  return (
    <Field id={id} label="Last item included" error={error} nested>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...invalidProps(id, error)}>
        <option value="">Choose an open item…</option>
        {openItems.map((item, index) => (
          <option key={item.id} value={item.id}>
            {openItemLabel(item, index)}
          </option>
        ))}
      </select>
    </Field>
  )
}

/** The history window and where it ends, with a way out when the history stopped long before. */
export function HistoryFields({ form, idle }: { form: FormBinding; idle: IdleHistoryNotice | null }) {
  const asOf = (day: string) => form.onChange(withAsOf(form.values, day))
  return (
    <>
      <div className="field-row">
        <RunSettingField setting="windowDays" {...bind(form, 'windowDays')} />
        <InputField label="As of (the window ends here)" type="date" {...bind(form, 'asOf')} onChange={asOf} />
      </div>
      {idle && (
        <div className="notice stack" role="status">
          <p>{idle.sentence}</p>
          <button type="button" onClick={() => asOf(idle.lastFinish)}>
            Use {formatDay(idle.lastFinish)} as the as-of date
          </button>
        </div>
      )}
    </>
  )
}

export function GrowthFieldset({ form }: { form: FormBinding }) {
  return (
    <fieldset className="radio-group">
      <legend>Scope growth</legend>
      <RadioOption {...choice(form, 'growth', 'off')}>Off: the work stays as it is</RadioOption>
      <RadioOption {...choice(form, 'growth', 'history')}>
        New items arrive as they did in the history window
      </RadioOption>
      <RadioOption {...choice(form, 'growth', 'rate')}>Items split at a rate I enter</RadioOption>
      {form.values.growth === 'rate' && (
        <InputField label="New items per item finished" inputMode="decimal" nested {...bind(form, 'splitRate')} />
      )}
    </fieldset>
  )
}
