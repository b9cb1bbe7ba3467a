import { diffDays } from '../flow/dates'
import { formatCount } from '../format'
import type { DatedValue } from './coverage'
import { formatValue } from './format'
import type { Direction, ExperimentResult } from './vocabulary'

export interface Hypothesis {
  change: string
  outcome: string
  measureName: string
  expectedValue: number
  unit: string
  byDate: string
}

/** "We believe <change> will result in <outcome>; we will know when <measure> reaches <value> by <date>." */
export function hypothesisSentence(h: Hypothesis): string {
  const trim = (text: string) => text.trim().replace(/[.;\s]+$/, '')
  return `We believe ${trim(h.change)} will result in ${trim(h.outcome)}; we will know when ${h.measureName} reaches ${formatValue(h.expectedValue, h.unit)} by ${h.byDate}.`
}

export interface ExperimentCheck {
  direction: Direction
  unit: string
  expectedValue: number
  byDate: string
  /** The measure's values, any order. */
  values: readonly DatedValue[]
  today: string
}

export interface ExperimentEvaluation {
  result: ExperimentResult
  expected: number
  actual: DatedValue | null
  /** How far the actual value is on the good side of the expected one (negative: short of it). */
  margin: number | null
  explanation: string
}

/** Whether `value` reaches `expected` for a measure where `direction` is better. */
export function reaches(direction: Direction, value: number, expected: number): boolean {
  return direction === 'higher' ? value >= expected : value <= expected
}

/**
 * Reads a hypothesis against the measurements. The value that counts is the latest one on or before
 * the date (before the date has passed: the latest so far). The date itself still belongs to the
 * experiment, so "not met" is only said from the day after.
 * - met: that value reaches the expected one (possibly before the date);
 * - not-met: the date has passed and the value falls short;
 * - too-early: the date has not passed and the expected value is not reached yet;
 * - no-data: the date has passed and no value was recorded up to it.
 */
export function evaluateExperiment(check: ExperimentCheck): ExperimentEvaluation {
  const { direction, unit, expectedValue: expected, byDate, today } = check
  const cutoff = today < byDate ? today : byDate
  let actual: DatedValue | null = null
  for (const v of check.values) if (v.date <= cutoff && (actual === null || v.date > actual.date)) actual = v
  const over = today > byDate
  const want = formatValue(expected, unit)
  const better = direction === 'higher' ? 'or more' : 'or less'
  if (!actual) {
    return over
      ? {
          result: 'no-data',
          expected,
          actual,
          margin: null,
          explanation: `No value was recorded on or before ${byDate}, so the hypothesis cannot be judged. Record the value you measured then.`
        }
      : {
          result: 'too-early',
          expected,
          actual,
          margin: null,
          explanation: `No value yet; ${want} ${better} is expected by ${byDate} (${daysLeft(today, byDate)}).`
        }
  }
  const margin = direction === 'higher' ? actual.value - expected : expected - actual.value
  const got = `${formatValue(actual.value, unit)} on ${actual.date}`
  if (reaches(direction, actual.value, expected)) {
    return {
      result: 'met',
      expected,
      actual,
      margin,
      explanation: `Met: ${got} against ${want} ${better} expected by ${byDate}.`
    }
  }
  if (!over) {
    return {
      result: 'too-early',
      expected,
      actual,
      margin,
      explanation: `Not there yet: ${got}, ${want} ${better} expected by ${byDate} (${daysLeft(today, byDate)}).`
    }
  }
  return {
    result: 'not-met',
    expected,
    actual,
    margin,
    explanation: `Not met: ${got} against ${want} ${better} expected by ${byDate}, short by ${formatValue(-margin, unit)}.`
  }
}

function daysLeft(today: string, byDate: string): string {
  const days = diffDays(today, byDate)
  return days === 0 ? 'today' : `${formatCount(days, 'day')} left`
}
