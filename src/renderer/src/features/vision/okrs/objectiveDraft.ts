import type { Objective } from '@shared/api/methods/okrs'

/** The OKR form's editable state and its conversion to API input; pure, so it is unit-tested. */
export interface KeyResultDraft {
  id?: number
  title: string
  baseline: string
  target: string
  current: string
  unit: string
}

export interface ObjectiveDraft {
  title: string
  goalId: number | null
  keyResults: KeyResultDraft[]
}

export const emptyKeyResult = (): KeyResultDraft => ({ title: '', baseline: '0', target: '', current: '0', unit: '' })

export const objectiveDraftOf = (objective?: Objective, goalId: number | null = null): ObjectiveDraft => ({
  title: objective?.title ?? '',
  goalId: objective ? objective.goalId : goalId,
  keyResults: objective
    ? objective.keyResults.map((kr) => ({
        id: kr.id,
        title: kr.title,
        baseline: String(kr.baseline),
        target: String(kr.target),
        current: String(kr.current),
        unit: kr.unit
      }))
    : [emptyKeyResult()]
})

/**
 * Numbers as the API wants them. Text that is not a number is passed on as NaN, so the server's
 * message ("Give the target as a number") names the field.
 */
export function keyResultsInput(drafts: readonly KeyResultDraft[]) {
  const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))
  return drafts.map((kr) => ({
    ...(kr.id === undefined ? {} : { id: kr.id }),
    title: kr.title,
    baseline: num(kr.baseline),
    target: num(kr.target),
    current: num(kr.current),
    unit: kr.unit
  }))
}
