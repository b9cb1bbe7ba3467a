import { newSeed } from '@shared/domain/flow'
import {
  targetDateLabel,
  type FieldErrors,
  type ForecastFormValues,
  type GoalScope,
  type IdleHistoryNotice,
  type OpenItem
} from '../shape/forecastForm'
import { InputField, RunSettingField, SettingsForm, formBinding } from '../ui/fields'
import {
  bind,
  GrowthFieldset,
  HistoryFields,
  QuestionFieldset,
  ScopeFieldset,
  type FormBinding
} from './ForecastFormSections'

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
  const form: FormBinding = { ...formBinding(values, onChange), values, errors, onChange }
  const when = values.question === 'when'
  return (
    <SettingsForm
      className="forecast-form card"
      label="Forecast settings"
      submitLabel={running ? 'Running…' : 'Run forecast'}
      run={{ running, onRun }}
    >
      <QuestionFieldset form={form} />
      {when && <ScopeFieldset form={form} openItems={openItems} activeGoal={activeGoal} />}
      <InputField label={targetDateLabel(values.question)} type="date" {...bind(form, 'targetDate')} />
      <HistoryFields form={form} idle={idle} />
      <RunSettingField setting="trials" {...bind(form, 'trials')} />
      <RunSettingField
        setting="seed"
        {...bind(form, 'seed')}
        action={
          <button type="button" onClick={() => form.set('seed', String(newSeed()))}>
            New seed
          </button>
        }
      />
      <InputField
        label="Start date (day 1 is the first working day from here; it follows the as-of date)"
        type="date"
        {...bind(form, 'startDate')}
      />
      <p className="muted small">The same seed, history and settings give exactly the same forecast again.</p>
      {when && <GrowthFieldset form={form} />}
    </SettingsForm>
  )
}
