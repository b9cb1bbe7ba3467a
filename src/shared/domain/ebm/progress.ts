import { formatCount } from '../format'
import type { DatedValue } from './coverage'
import { formatShare, formatValue, mean } from './format'
import type { Direction } from './vocabulary'

export interface TargetDefinition {
  direction: Direction
  unit: string
  baseline: number
  target: number
  /** The measure's latest value (on or before today). */
  latest: DatedValue | null
}

export interface TargetProgress {
  /** 0..1 after clamping; null without a value or when the target equals the baseline. */
  progress: number | null
  /** (latest - baseline) / (target - baseline), unclamped. */
  raw: number | null
  latest: DatedValue | null
  explanation: string
}

/**
 * How far a measure has moved from its baseline toward its target: (latest - baseline) / (target -
 * baseline), clamped to 0..1. The formula follows the target, so "lower is better" measures work
 * without a special case (baseline 10 days, target 5 days, now 8 days: 40%). A target on the worse
 * side of the baseline for the measure's direction is still tracked, but the explanation says so.
 */
export function targetProgress(t: TargetDefinition): TargetProgress {
  const from = formatValue(t.baseline, t.unit)
  const to = formatValue(t.target, t.unit)
  const warning =
    (t.direction === 'higher' && t.target < t.baseline) || (t.direction === 'lower' && t.target > t.baseline)
      ? ` Note: the target is ${t.direction === 'higher' ? 'below' : 'above'} the baseline although ${t.direction} is better for this measure.`
      : ''
  if (t.baseline === t.target) {
    return {
      progress: null,
      raw: null,
      latest: t.latest,
      explanation: `The target equals the baseline (${from}), so there is no distance to cover.`
    }
  }
  if (!t.latest) {
    return {
      progress: null,
      raw: null,
      latest: null,
      explanation: `No value recorded yet; the baseline is ${from} and the target ${to}.${warning}`
    }
  }
  const raw = (t.latest.value - t.baseline) / (t.target - t.baseline)
  const progress = Math.min(1, Math.max(0, raw))
  const now = `${formatValue(t.latest.value, t.unit)} on ${t.latest.date}`
  const explanation =
    raw >= 1
      ? `Target reached: ${now}, the target is ${to} (baseline ${from}).`
      : raw < 0
        ? `Moved away from the target: ${now}, worse than the baseline ${from} (target ${to}); counted as 0%.`
        : `${formatShare(progress)} of the way from ${from} to ${to}: ${now}.`
  return { progress, raw, latest: t.latest, explanation: explanation + warning }
}

export interface GoalNode {
  id: number
  parentId: number | null
  targets: readonly TargetProgress[]
}

export interface GoalProgress {
  progress: number | null
  own: number | null
  children: number | null
  explanation: string
}

/**
 * Progress of every goal in a tree (Strategic, then Intermediate, then Immediate Tactical goals).
 * A goal's progress is the plain mean of its parts, where each of its own measurable targets is one
 * part and each sub-goal that shows progress is one part. Own targets keep a parent honest about its
 * own outcome; sub-goals show the ground covered on the way. Targets without a value and sub-goals
 * without progress are left out (and the explanation says so) rather than counted as 0%.
 */
export function goalProgress(goals: readonly GoalNode[]): Map<number, GoalProgress> {
  const children = new Map<number, GoalNode[]>()
  for (const goal of goals) {
    if (goal.parentId === null) continue
    const list = children.get(goal.parentId) ?? []
    list.push(goal)
    children.set(goal.parentId, list)
  }
  const result = new Map<number, GoalProgress>()
  const visiting = new Set<number>()

  const compute = (goal: GoalNode): GoalProgress => {
    const done = result.get(goal.id)
    if (done) return done
    // A cycle cannot be stored (the service refuses it); guard anyway so a bad file cannot hang the app.
    if (visiting.has(goal.id))
      return { progress: null, own: null, children: null, explanation: 'This goal is its own ancestor.' }
    visiting.add(goal.id)
    const ownParts = goal.targets.flatMap((t) => (t.progress === null ? [] : [t.progress]))
    const subGoals = (children.get(goal.id) ?? []).map(compute)
    const childParts = subGoals.flatMap((g) => (g.progress === null ? [] : [g.progress]))
    const own = mean(ownParts)
    const fromChildren = mean(childParts)
    const progress = mean([...ownParts, ...childParts])
    const outcome = {
      progress,
      own,
      children: fromChildren,
      explanation: explainGoal(goal, ownParts, subGoals.length, childParts, progress)
    }
    visiting.delete(goal.id)
    result.set(goal.id, outcome)
    return outcome
  }
  for (const goal of goals) compute(goal)
  return result
}

function explainGoal(
  goal: GoalNode,
  ownParts: number[],
  subGoalCount: number,
  childParts: number[],
  progress: number | null
): string {
  const parts: string[] = []
  if (ownParts.length > 0) parts.push(formatCount(ownParts.length, 'own target'))
  if (childParts.length > 0) parts.push(formatCount(childParts.length, 'sub-goal'))
  const missing: string[] = []
  const silentTargets = goal.targets.length - ownParts.length
  if (silentTargets > 0) missing.push(`${formatCount(silentTargets, 'target')} without a value`)
  const silentChildren = subGoalCount - childParts.length
  if (silentChildren > 0) missing.push(`${formatCount(silentChildren, 'sub-goal')} without progress`)
  const leftOut = missing.length > 0 ? ` Left out: ${missing.join(' and ')}.` : ''
  if (progress === null) {
    if (goal.targets.length === 0 && subGoalCount === 0)
      return 'No targets and no sub-goals yet: add a target on a measure to follow this goal.'
    return `Nothing to compute yet.${leftOut}`
  }
  const counted =
    parts.length === 1 && ownParts.length + childParts.length === 1
      ? parts[0]!
      : `${parts.join(' and ')}, each counted equally`
  return `${formatShare(progress)}: from ${counted}.${leftOut}`
}
