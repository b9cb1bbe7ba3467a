/**
 * Key result progress: how far the current value has moved from the baseline towards the target,
 * between 0 and 1. Works both ways, for targets above the baseline (grow) and below it (reduce).
 */
export function keyResultProgress(kr: { baseline: number; target: number; current: number }): number {
  const span = kr.target - kr.baseline
  if (span === 0) return kr.current === kr.target ? 1 : 0
  return Math.min(1, Math.max(0, (kr.current - kr.baseline) / span))
}

/** An objective's progress is the mean of its key results' progress; null without key results. */
export function objectiveProgress(
  keyResults: ReadonlyArray<{ baseline: number; target: number; current: number }>
): number | null {
  if (keyResults.length === 0) return null
  return keyResults.reduce((sum, kr) => sum + keyResultProgress(kr), 0) / keyResults.length
}
