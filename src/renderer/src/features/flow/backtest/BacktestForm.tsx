import { amountLabel, type BacktestFormValues } from '../shape/backtest'
import {
  InputField,
  RadioOption,
  RunSettingField,
  SettingsForm,
  formBinding,
  type SettingsFormProps
} from '../ui/fields'

export function BacktestForm({ values, onChange, run }: SettingsFormProps<BacktestFormValues>) {
  const { field, choice } = formBinding(values, onChange)
  return (
    <SettingsForm className="card release-form" label="Backtest settings" submitLabel="Check past forecasts" run={run}>
      <fieldset className="radio-group">
        <legend>Question</legend>
        <RadioOption {...choice('backtest-kind', 'kind', 'when')}>When will the next N items be done?</RadioOption>
        <RadioOption {...choice('backtest-kind', 'kind', 'how-many')}>
          How many items in the next N working days?
        </RadioOption>
      </fieldset>
      <InputField label={amountLabel(values.kind)} inputMode="numeric" {...field('amount', 'backtest-amount')} />
      <RunSettingField setting="windowDays" {...field('windowDays', 'backtest-window')} />
      <InputField label="A past forecast every (days)" inputMode="numeric" {...field('everyDays', 'backtest-every')} />
      <RunSettingField setting="seed" {...field('seed', 'backtest-seed')} />
    </SettingsForm>
  )
}
