import {
  addDays,
  countWorkingDays,
  dailyArrivals,
  finishDates,
  forecastQuestionKey,
  forecastStart,
  isIsoDay,
  lastDays,
  longIdle,
  longIdleText,
  DEFAULT_TRIALS,
  DEFAULT_WINDOW_DAYS,
  parseWholeNumber,
  readSetting,
  throughputWindow,
  type FlowItem,
  type ScopeGrowth,
  type WorkingCalendar
} from '@shared/domain/flow'
import { formatDay, formatCount } from './format'

export type Question = 'when' | 'how-many'
export type WhenScope = 'count' | 'through' | 'goal'
export type GrowthMode = 'off' | 'history' | 'rate'

/** The forecast form as typed: text, validated only when the user runs it. */
export interface ForecastFormValues {
  question: Question
  scope: WhenScope
  itemCount: string
  throughItemId: string
  targetDate: string
  windowDays: string
  /** The day the history window ends on. */
  asOf: string
  trials: string
  seed: string
  startDate: string
  growth: GrowthMode
  splitRate: string
}

export function defaultFormValues(today: string, seed: number): ForecastFormValues {
  return {
    question: 'when',
    scope: 'count',
    itemCount: '20',
    throughItemId: '',
    targetDate: '',
    windowDays: String(DEFAULT_WINDOW_DAYS),
    asOf: today,
    trials: String(DEFAULT_TRIALS),
    seed: String(seed),
    startDate: forecastStart(today),
    growth: 'off',
    splitRate: '0.2'
  }
}

/** An open item as the forecast form lists it: backlog position, id and title. */
export interface OpenItem {
  id: number
  key: string
  title: string
}

/** The active Product Goal as the forecast sees it: the open items that serve it. */
export interface GoalScope {
  id: number
  title: string
  itemIds: readonly number[]
}

/** Everything a run needs, checked: what goes to the worker, and what the result is described with. */
export interface ForecastPlan {
  question: Question
  items: number
  throughItemId: number | null
  goal: { id: number; title: string } | null
  /** Working days from the start date to the target date (the "how many" horizon). */
  days: number | null
  targetDate: string | null
  windowDays: number
  asOf: string
  trials: number
  seed: number
  startDate: string
  dailyThroughput: number[]
  scopeGrowth: ScopeGrowth | null
  growth: GrowthMode
}

export type FieldErrors = Partial<Record<keyof ForecastFormValues, string>>

/** The history sample: finished items per working day of the `windowDays` calendar days up to `asOf`. */
export function throughputHistory(
  items: readonly FlowItem[],
  asOf: string,
  windowDays: number,
  calendar: WorkingCalendar
): number[] {
  return throughputWindow(finishDates(items), asOf, windowDays, calendar).series
}

/**
 * A new as-of day. The start date follows it (the forecast starts the day after) unless the user
 * chose another start, for example to replay an old history's pace from tomorrow.
 */
export function withAsOf(values: ForecastFormValues, asOf: string): ForecastFormValues {
  const following = isIsoDay(values.asOf) && values.startDate === forecastStart(values.asOf)
  return { ...values, asOf, startDate: following && isIsoDay(asOf) ? forecastStart(asOf) : values.startDate }
}

/** A history that stopped long before the as-of day, as the form says it: the last finish is offered as the as-of date. */
export interface IdleHistoryNotice {
  lastFinish: string
  sentence: string
}

/** Null while the history is recent enough, or while the window and as-of fields are half typed. */
export function idleHistory(values: ForecastFormValues, items: readonly FlowItem[]): IdleHistoryNotice | null {
  const windowDays = parseWholeNumber(values.windowDays)
  if (windowDays === null || windowDays < 1 || !isIsoDay(values.asOf)) return null
  const idle = longIdle(finishDates(items), values.asOf, windowDays)
  if (!idle) return null
  const sentence = `${longIdleText(idle, values.asOf, windowDays, formatDay)} If the history simply ends there, forecast as of its last finish.`
  return { lastFinish: idle.lastFinish, sentence }
}

/** Checks the form and turns it into a plan; every message names what to change. */
export function planForecast(
  values: ForecastFormValues,
  context: {
    items: readonly FlowItem[]
    openItems: readonly OpenItem[]
    calendar: WorkingCalendar
    activeGoal: GoalScope | null
  }
): { ok: true; plan: ForecastPlan } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const windowSetting = readSetting('windowDays', values.windowDays)
  if (!windowSetting.ok) errors.windowDays = windowSetting.message
  const windowDays = windowSetting.ok ? windowSetting.value : null
  const trialsSetting = readSetting('trials', values.trials)
  if (!trialsSetting.ok) errors.trials = trialsSetting.message
  const trials = trialsSetting.ok ? trialsSetting.value : null
  const seedSetting = readSetting('seed', values.seed)
  if (!seedSetting.ok) errors.seed = `${seedSetting.message} Or pick a new seed.`
  const seed = seedSetting.ok ? seedSetting.value : null
  const startDate = values.startDate
  if (!isIsoDay(startDate)) errors.startDate = 'Choose the first day the forecast covers.'
  const asOf = values.asOf
  if (!isIsoDay(asOf)) errors.asOf = 'Choose the day the history window ends on.'

  let items = 0
  let throughItemId: number | null = null
  let goal: ForecastPlan['goal'] = null
  if (values.question === 'when') {
    if (values.scope === 'goal') {
      const active = context.activeGoal
      const serving = active ? new Set(active.itemIds) : new Set<number>()
      const open = context.openItems.filter((i) => serving.has(i.id)).length
      if (!active) errors.scope = 'No Product Goal is active: start one in Vision & Goals, or choose another question.'
      else if (open === 0)
        errors.scope = `No open item serves “${active.title}” yet: link items to it in Vision & Goals.`
      else {
        items = open
        goal = { id: active.id, title: active.title }
      }
    } else if (values.scope === 'count') {
      const count = readSetting('items', values.itemCount)
      if (!count.ok) errors.itemCount = count.message
      else items = count.value
    } else {
      const index = context.openItems.findIndex((i) => String(i.id) === values.throughItemId)
      if (index < 0) errors.throughItemId = 'Choose the last item the forecast should include.'
      else {
        items = index + 1
        throughItemId = context.openItems[index]!.id
      }
    }
  }

  let targetDate: string | null = null
  let days: number | null = null
  if (values.targetDate) {
    if (!isIsoDay(values.targetDate)) errors.targetDate = 'Enter a date.'
    else if (isIsoDay(startDate) && values.targetDate < startDate)
      errors.targetDate = 'Choose a target on or after the start date.'
    else targetDate = values.targetDate
  }
  if (values.question === 'how-many') {
    if (!values.targetDate) errors.targetDate = 'Choose the date to forecast up to.'
    else if (targetDate) {
      days = countWorkingDays(context.calendar, startDate, targetDate)
      if (days < 1) errors.targetDate = 'There is no working day between the start and this date: choose a later one.'
    }
  }

  let scopeGrowth: ScopeGrowth | null = null
  if (values.question === 'when' && values.growth === 'rate') {
    const rate = Number(values.splitRate)
    if (!(values.splitRate.trim() !== '' && rate >= 0 && rate < 1)) {
      errors.splitRate = 'Enter new items per finished item, from 0 to below 1 (for example 0.2).'
    } else scopeGrowth = { ratePerItemDone: rate }
  }
  if (Object.keys(errors).length > 0 || windowDays === null || trials === null || seed === null)
    return { ok: false, errors }

  if (values.question === 'when' && values.growth === 'history') {
    const arrivals = dailyArrivals(context.items, lastDays(asOf, windowDays), context.calendar).map((d) => d.count)
    scopeGrowth = { arrivalsPerDay: arrivals }
  }
  return {
    ok: true,
    plan: {
      question: values.question,
      items,
      throughItemId,
      goal,
      days,
      targetDate,
      windowDays,
      asOf,
      trials,
      seed,
      startDate,
      dailyThroughput: throughputHistory(context.items, asOf, windowDays, context.calendar),
      scopeGrowth: values.question === 'when' ? scopeGrowth : null,
      growth: values.question === 'when' ? values.growth : 'off'
    }
  }
}

/** Same question, same key: saved forecasts with one key show how that answer moved over time. */
export function questionKey(
  plan: Pick<ForecastPlan, 'question' | 'items' | 'throughItemId' | 'goal' | 'targetDate'>
): string {
  return plan.question === 'how-many'
    ? forecastQuestionKey({ question: 'how-many', targetDate: plan.targetDate ?? '' })
    : forecastQuestionKey({
        question: 'when',
        items: plan.items,
        throughItemId: plan.throughItemId,
        goalId: plan.goal?.id ?? null
      })
}

/** The question in a stakeholder's words. */
export function questionLabel(
  plan: Pick<ForecastPlan, 'question' | 'items' | 'throughItemId' | 'goal' | 'targetDate'>,
  titleOf: (id: number) => string | undefined
): string {
  if (plan.question === 'how-many') return `How many items will be done by ${formatDay(plan.targetDate ?? '')}?`
  if (plan.goal)
    return `When will the open items of the Product Goal “${plan.goal.title}” (${formatCount(plan.items, 'item')}) be done?`
  if (plan.throughItemId !== null) {
    return `When will the backlog be done down to “${titleOf(plan.throughItemId) ?? `item ${plan.throughItemId}`}” (${formatCount(plan.items, 'item')})?`
  }
  return `When will the next ${formatCount(plan.items, 'item')} be done?`
}

/** A new question; "how many" needs a target date, so an empty one becomes four weeks after the start. */
export function withQuestion(values: ForecastFormValues, question: Question): ForecastFormValues {
  if (question === 'when') return { ...values, question }
  return { ...values, question, targetDate: values.targetDate || addDays(values.startDate, 27) }
}

/** The target date is optional for "when" and the horizon for "how many". */
export function targetDateLabel(question: Question): string {
  return question === 'when' ? 'Target date (optional: shows the chance of making it)' : 'Forecast up to'
}

/** The goal choice names the active Product Goal, or says there is none. */
export function goalScopeLabel(activeGoal: GoalScope | null): string {
  return activeGoal
    ? `The open items of the Product Goal “${activeGoal.title}”`
    : 'The open items of the active Product Goal (none is active)'
}

/** An open item as the "down to" list offers it: its backlog position first. */
export function openItemLabel(item: OpenItem, index: number): string {
  return `${index + 1}. ${item.key} ${item.title}`
}
