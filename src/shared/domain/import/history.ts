import { isOpenCategory } from '../backlog'
import type { StateChoice } from './values'

/** One status change an imported item brings with it: it entered `state` at `at` (an ISO time). */
export interface HistoryStep {
  state: StateChoice
  at: string
}

/** What a row says about when its work happened. */
export interface RowDates {
  created: string | null
  started: string | null
  finished: string | null
  /** When the status (Jira: its category) last changed: the start of work in progress, the end of finished work. */
  statusChanged: string | null
}

export interface RowHistory {
  steps: HistoryStep[]
  warnings: string[]
}

const day = (iso: string) => iso.slice(0, 10)

/**
 * The status history a row's dates tell, so that flow metrics and forecasts see when the work
 * really arrived, started and finished, never the day of the import. A date that does not fit the
 * row's status is named in a warning instead of being bent into the history.
 */
export function rowHistory(state: StateChoice, dates: RowDates, states: readonly StateChoice[]): RowHistory {
  const warnings: string[] = []
  // Done and removed work both left the backlog: the finish date says when.
  const closed = !isOpenCategory(state.category)
  let started = dates.started ?? (state.category === 'in_progress' ? dates.statusChanged : null)
  const finished = closed ? (dates.finished ?? dates.statusChanged) : null

  if (!closed && dates.finished) {
    warnings.push(
      `It has a finish date (${day(dates.finished)}) but its status “${state.name}” is not a done state; the date is left out and the item stays open.`
    )
  }
  if (state.category === 'done' && !finished) {
    warnings.push(
      'It is done but the file gives no finish date; it counts as done but not in throughput, cycle times or forecasts.'
    )
  }
  if (state.category === 'in_progress' && !started)
    warnings.push('It is in progress but the file does not say when work started; its age is unknown.')
  if (started && finished && started > finished) {
    warnings.push(
      `It started (${day(started)}) after it finished (${day(finished)}); the start is left out, so it has no cycle time.`
    )
    started = null
  }
  const later = [started, finished].filter((d): d is string => d !== null)
  const earliest = later.reduce<string | null>((a, b) => (a === null || b < a ? b : a), null)
  let arrived = dates.created ?? earliest
  if (arrived && earliest && earliest < arrived) {
    warnings.push(
      `It started or finished (${day(earliest)}) before it was created (${day(arrived)}); it is taken to have arrived on ${day(earliest)}.`
    )
    arrived = earliest
  }

  const steps: HistoryStep[] = []
  const firstTodo = states.find((s) => s.category === 'todo') ?? states[0]!
  if (arrived) steps.push({ state: state.category === 'todo' ? state : firstTodo, at: arrived })
  const firstInProgress = states.find((s) => s.category === 'in_progress')
  if (started && state.category !== 'todo' && firstInProgress)
    steps.push({ state: state.category === 'in_progress' ? state : firstInProgress, at: started })
  if (finished) steps.push({ state, at: finished })
  return { steps, warnings }
}

/**
 * The history of an ActionableAgile row: one step per stage with a date, in stage order. A date
 * earlier than the stage before it is raised to that stage's date, with a warning.
 */
export function stagesHistory(
  stages: ReadonlyArray<{ name: string; state: StateChoice; at: string | null }>
): RowHistory {
  const steps: HistoryStep[] = []
  const warnings: string[] = []
  let previous: { name: string; at: string } | null = null
  for (const stage of stages) {
    if (!stage.at) continue
    let at = stage.at
    if (previous && at < previous.at) {
      warnings.push(
        `It entered “${stage.name}” (${day(at)}) before “${previous.name}” (${day(previous.at)}); the later date is used for both.`
      )
      at = previous.at
    }
    steps.push({ state: stage.state, at })
    previous = { name: stage.name, at }
  }
  return { steps, warnings }
}
