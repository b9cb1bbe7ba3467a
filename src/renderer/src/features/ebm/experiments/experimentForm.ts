import type { Experiment } from '@shared/api/methods/ebm'
import type { ExperimentStatus } from '@shared/domain/ebm/vocabulary'

/** The experiment form's fields as typed (selects and numbers as text). */
export interface ExperimentFormState {
  title: string
  change: string
  outcome: string
  measureId: string
  expectedValue: string
  byDate: string
  goalId: string
  status: ExperimentStatus
  itemIds: number[]
}

/** Starts from the experiment being edited, else from an assumption's draft, else blank. */
export function experimentFormOf(
  experiment: Experiment | null,
  draft: { title: string; change: string } | null
): ExperimentFormState {
  return {
    title: experiment?.title ?? draft?.title ?? '',
    change: experiment?.change ?? draft?.change ?? '',
    outcome: experiment?.outcome ?? '',
    measureId: experiment ? String(experiment.measureId) : '',
    expectedValue: experiment ? String(experiment.expectedValue) : '',
    byDate: experiment?.byDate ?? '',
    goalId: experiment?.goalId == null ? '' : String(experiment.goalId),
    status: experiment?.status ?? 'planned',
    itemIds: experiment?.itemIds ?? []
  }
}

/** The fields as the API takes them; blank selects and numbers go as invalid values, which the server names field by field. */
export function experimentFields(form: ExperimentFormState) {
  return {
    ...form,
    measureId: form.measureId === '' ? 0 : Number(form.measureId),
    expectedValue: form.expectedValue.trim() === '' ? Number.NaN : Number(form.expectedValue),
    goalId: form.goalId === '' ? null : Number(form.goalId)
  }
}
