import { historyVelocityLabel, type PastSprint, type ReleaseFormValues } from '../shape/release'
import {
  InputField,
  RadioOption,
  RunSettingField,
  SettingsForm,
  formBinding,
  type SettingsFormProps
} from '../ui/fields'

export function ReleaseForm({
  values,
  onChange,
  run,
  pastSprints
}: SettingsFormProps<ReleaseFormValues> & { pastSprints: readonly PastSprint[] }) {
  const { field, choice } = formBinding(values, onChange)
  return (
    <SettingsForm className="card release-form" label="Release settings" submitLabel="Compare by target date" run={run}>
      <InputField label="Target date" type="date" {...field('target', 'release-target')} />
      <RunSettingField setting="windowDays" {...field('windowDays', 'release-window')} />
      <RunSettingField setting="trials" {...field('trials', 'release-trials')} />
      <RunSettingField setting="seed" {...field('seed', 'release-seed')} />
      <InputField
        label="Sprint length (working days)"
        inputMode="numeric"
        {...field('sprintLength', 'release-sprint')}
      />
      <fieldset className="radio-group">
        <legend>Velocity</legend>
        <RadioOption {...choice('velocity', 'velocitySource', 'history')}>
          {historyVelocityLabel(pastSprints)}
        </RadioOption>
        <RadioOption {...choice('velocity', 'velocitySource', 'entered')}>Entered</RadioOption>
        {values.velocitySource === 'entered' && (
          <InputField
            label="Points per Sprint"
            inputMode="decimal"
            nested
            {...field('enteredVelocity', 'release-velocity')}
          />
        )}
      </fieldset>
    </SettingsForm>
  )
}
