import type { Goal, MeasureSummary } from '@shared/api/methods/ebm'

/** One target line of the goal form, as typed. */
export interface TargetRow {
  key: number
  measureId: string
  baseline: string
  target: string
}

/** Typed numbers go to the server as they are; text that is not a number arrives as NaN and is refused with the field's path. */
const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))

export const targetRowsOf = (goal: Goal | null): TargetRow[] =>
  goal?.targets.map((t, i) => ({
    key: i,
    measureId: String(t.measureId),
    baseline: String(t.baseline),
    target: String(t.target)
  })) ?? []

export const withEmptyRow = (rows: readonly TargetRow[]): TargetRow[] => [
  ...rows,
  { key: Math.max(-1, ...rows.map((r) => r.key)) + 1, measureId: '', baseline: '', target: '' }
]

/** Picking a measure starts an empty baseline at its latest value: usually where the goal starts from. */
export function withMeasure(row: TargetRow, measureId: string, measures: readonly MeasureSummary[]): TargetRow {
  const latest = measures.find((m) => String(m.id) === measureId)?.latest
  return { ...row, measureId, baseline: row.baseline === '' && latest ? String(latest.value) : row.baseline }
}

export const targetsOf = (rows: readonly TargetRow[]) =>
  rows.map((r) => ({ measureId: Number(r.measureId), baseline: toNumber(r.baseline), target: toNumber(r.target) }))
