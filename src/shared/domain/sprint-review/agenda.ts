import { isDoneCategory, isOpenCategory, isRemovedCategory, type StateCategory } from '../backlog'
import type { Direction, KeyValueArea } from '../ebm/vocabulary'
import type { Percentiles } from '../flow/percentiles'
import { formatCount, formatNumber } from '../format'
import { cite } from '../guides'
import { SPRINT_OUTCOME_LABELS, type SprintOutcome } from '../vision/sprints'

/** How many open items from the top of the Product Backlog the agenda shows as "what comes next". */
export const AGENDA_TOP_ITEMS = 5

/**
 * The history and trials of the forecast for the Product Goal's remaining items: the window the
 * Flow screen starts with, and a fixed seed so preparing the same review twice gives the same dates.
 */
export const AGENDA_FORECAST = { windowDays: 90, trials: 10_000, seed: 20_200 } as const

/** What a Sprint Review is for, in our words, with where it is written. */
export const REVIEW_PURPOSE = `A Sprint Review is a working session with the stakeholders, not a presentation: together you inspect what the Sprint achieved and what has changed around the product, and decide what to do next, which usually changes the Product Backlog (${cite('scrum', 'sprintReview')}).`

/** What the Product Owner's own retrospective note is for. */
export const RETROSPECTIVE_PURPOSE = `Look back on how you worked as Product Owner this Sprint (with the team, the stakeholders and the backlog) and pick a few improvements to try next; the Scrum Team does the same together at its Sprint Retrospective (${cite('scrum', 'sprintRetrospective')}).`

/** An item as the agenda shows it: words, not ids, so the snapshot reads the same in any copy of the product. */
export interface AgendaItem {
  title: string
  estimate: number | null
}

/** One backlog item as the agenda needs it (flow data has all of these). */
export interface AgendaSourceItem extends AgendaItem {
  id: number
  stateCategory: StateCategory
  /** Last entry into a done state while the item is done now; null otherwise. */
  finishedOn: string | null
}

export type GoalForecast =
  { ok: true; items: number; windowDays: number; dates: Percentiles<string | null> } | { ok: false; reason: string }

export interface AgendaInput {
  /** The day the agenda is prepared. */
  preparedOn: string
  sprint: {
    name: string
    startDate: string
    endDate: string
    goal: string
    outcome: SprintOutcome | null
    itemIds: readonly number[]
  }
  /** Every item of the product in backlog order. */
  items: readonly AgendaSourceItem[]
  /** The Product Goal the Sprint serves (else the active one); null when there is none. */
  productGoal: {
    title: string
    measure: string
    target: string
    targetDate: string | null
    itemIds: readonly number[]
  } | null
  /** "When" for the Product Goal's open items; null when nothing is left to forecast. */
  forecast: GoalForecast | null
  /** The most recently saved forecast, in words, if any. */
  savedForecast: { label: string; savedOn: string; summary: string } | null
  measures: ReadonlyArray<{
    name: string
    unit: string
    area: KeyValueArea
    direction: Direction
    values: ReadonlyArray<{ date: string; value: number }>
  }>
}

export interface MovedMeasure {
  name: string
  unit: string
  area: KeyValueArea
  from: number
  to: number
  /** The day of the value the change is counted from (before the Sprint, or its first value in it). */
  fromDate: string
  toDate: string
  /** True when the change goes the way the measure should go. */
  better: boolean
}

export interface ReviewAgenda {
  preparedOn: string
  sprint: { name: string; startDate: string; endDate: string }
  purpose: string
  increment: { done: AgendaItem[]; notDone: AgendaItem[]; points: number; sentence: string }
  sprintGoal: { goal: string; outcome: SprintOutcome | null; sentence: string }
  productGoal: {
    title: string
    measure: string
    target: string
    targetDate: string | null
    done: number
    open: number
    sentence: string
  } | null
  forecast: { sentence: string; dates: Percentiles<string | null> | null }
  savedForecast: { label: string; savedOn: string; summary: string } | null
  nextUp: AgendaItem[]
  measures: MovedMeasure[]
  /** Questions to open the conversation with the stakeholders. */
  questions: string[]
}

const toItem = ({ title, estimate }: AgendaItem): AgendaItem => ({ title, estimate })
const inSprint = (day: string | null, sprint: AgendaInput['sprint']): day is string =>
  day !== null && day >= sprint.startDate && day <= sprint.endDate

function increment(input: AgendaInput): ReviewAgenda['increment'] {
  const done = input.items.filter(
    (item) => isDoneCategory(item.stateCategory) && inSprint(item.finishedOn, input.sprint)
  )
  const doneIds = new Set(done.map((item) => item.id))
  const selected = new Set(input.sprint.itemIds)
  // Removed work was neither done nor left open: it is not part of the story of the Increment.
  const notDone = input.items.filter(
    (item) => selected.has(item.id) && !doneIds.has(item.id) && !isRemovedCategory(item.stateCategory)
  )
  const points = done.reduce((sum, item) => sum + (item.estimate ?? 0), 0)
  const parts = [
    `${formatCount(done.length, 'item')} met the Definition of Done in this Sprint${points > 0 ? ` (${formatCount(points, 'point')})` : ''}`
  ]
  if (notDone.length > 0)
    parts.push(
      `${formatCount(notDone.length, 'selected item')} did not and ${notDone.length === 1 ? 'goes' : 'go'} back to the Product Backlog`
    )
  return {
    done: done.map(toItem),
    notDone: notDone.map(toItem),
    points,
    sentence: `${parts.join('; ')}. Only done work is part of the Increment shown to the stakeholders (${cite('scrum', 'increment')}).`
  }
}

function sprintGoal({ sprint }: AgendaInput): ReviewAgenda['sprintGoal'] {
  if (sprint.goal.trim() === '') {
    return {
      goal: '',
      outcome: sprint.outcome,
      sentence: `The Sprint had no Sprint Goal; say what it set out to achieve before showing what was done (${cite('scrum', 'sprintGoal')}).`
    }
  }
  const sentence =
    sprint.outcome === null
      ? 'Judge the Sprint Goal with the stakeholders: met, partly met or not met.'
      : `Judged ${SPRINT_OUTCOME_LABELS[sprint.outcome].toLowerCase()}; say what that means for the Product Goal.`
  return { goal: sprint.goal, outcome: sprint.outcome, sentence }
}

function productGoal(input: AgendaInput): ReviewAgenda['productGoal'] {
  const goal = input.productGoal
  if (!goal) return null
  const serving = new Set(goal.itemIds)
  const items = input.items.filter((item) => serving.has(item.id) && !isRemovedCategory(item.stateCategory))
  const done = items.filter((item) => isDoneCategory(item.stateCategory)).length
  const open = items.length - done
  const sentence =
    items.length === 0
      ? 'No backlog item serves this Product Goal yet: ask the stakeholders what would bring it closer.'
      : `${formatNumber(done)} of ${formatCount(items.length, 'item')} serving it are done, ${formatNumber(open)} open. The Sprint Review is where progress towards it is discussed (${cite('scrum', 'productGoal')}).`
  return {
    title: goal.title,
    measure: goal.measure,
    target: goal.target,
    targetDate: goal.targetDate,
    done,
    open,
    sentence
  }
}

function forecast(input: AgendaInput): ReviewAgenda['forecast'] {
  const { forecast: result } = input
  if (input.productGoal === null)
    return { sentence: 'Without a Product Goal there is no remaining work to forecast.', dates: null }
  if (result === null)
    return { sentence: 'Nothing serving the Product Goal is left open, so there is nothing to forecast.', dates: null }
  if (!result.ok) return { sentence: `No forecast for the Product Goal's open items: ${result.reason}`, dates: null }
  const { dates } = result
  const on = (day: string | null) => day ?? 'not within ten years'
  return {
    sentence:
      `The ${formatCount(result.items, 'open item')} serving the Product Goal: 85% likely done on or before ${on(dates[85])} ` +
      `(50%: ${on(dates[50])}, 95%: ${on(dates[95])}), resampling the last ${result.windowDays} days of throughput. ` +
      'A range, not a promise: it moves with every Sprint.',
    dates
  }
}

/** A measure moved when its last value in the Sprint differs from its last one before (or its first one in) the Sprint. */
function movedMeasure(measure: AgendaInput['measures'][number], sprint: AgendaInput['sprint']): MovedMeasure | null {
  const values = [...measure.values].sort((a, b) => a.date.localeCompare(b.date))
  const during = values.filter((value) => inSprint(value.date, sprint))
  const last = during.at(-1)
  if (!last) return null
  const before = values.filter((value) => value.date < sprint.startDate).at(-1) ?? during[0]!
  if (before.value === last.value) return null
  const up = last.value > before.value
  return {
    name: measure.name,
    unit: measure.unit,
    area: measure.area,
    from: before.value,
    to: last.value,
    fromDate: before.date,
    toDate: last.date,
    better: up === (measure.direction === 'higher')
  }
}

const QUESTIONS = [
  'What did you notice in the Increment: what works for you, what does not?',
  'What has changed for you or in the market since the last Sprint Review?',
  'Looking at what comes next, what would be most valuable to do first?',
  'Does anything here change what we expect by when, or what we should stop doing?'
]

/**
 * The agenda of a Sprint Review, shaped from what the product already holds: the Increment (items
 * that met the Definition of Done within the Sprint's dates, and selected ones that did not), the
 * Sprint Goal and its outcome, progress towards the Product Goal with a forecast of its open items,
 * the top of the Product Backlog, and the EBM measures whose value changed during the Sprint.
 */
export function buildReviewAgenda(input: AgendaInput): ReviewAgenda {
  const { sprint } = input
  const open = input.items.filter((item) => isOpenCategory(item.stateCategory))
  return {
    preparedOn: input.preparedOn,
    sprint: { name: sprint.name, startDate: sprint.startDate, endDate: sprint.endDate },
    purpose: REVIEW_PURPOSE,
    increment: increment(input),
    sprintGoal: sprintGoal(input),
    productGoal: productGoal(input),
    forecast: forecast(input),
    savedForecast: input.savedForecast,
    nextUp: open.slice(0, AGENDA_TOP_ITEMS).map(toItem),
    measures: input.measures.flatMap((measure) => movedMeasure(measure, sprint) ?? []),
    questions: QUESTIONS
  }
}
