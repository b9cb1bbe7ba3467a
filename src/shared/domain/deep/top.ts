import { DEFAULT_TOP_ITEMS } from '../vision/alignment'
import { addDays } from '../flow/dates'

/** How the number of top items was chosen, so the view can say it. */
export interface TopChoice {
  count: number
  basis: 'requested' | 'throughput' | 'default'
  explanation: string
}

/** Throughput is read over the last eight weeks: long enough to smooth a slow week, recent enough to matter. */
export const THROUGHPUT_WEEKS = 8
export const DEFAULT_SPRINT_DAYS = 14
/** Fewer finishes than this in the window say too little about the team's pace. */
const MIN_FINISHED = 4
const MIN_TOP = 5
const MAX_TOP = 100

export interface TopChoiceInput {
  requested?: number
  today: string
  /** Finish days (ISO) of the items that are done. */
  finishedOn: readonly string[]
  /** Length of the latest Sprint in calendar days, null without Sprints. */
  sprintDays: number | null
}

/**
 * The top of a DEEP backlog is what the team will pull in the next Sprint or two, so by default it is
 * about two Sprints of recent throughput (items finished per day over eight weeks, times two Sprint
 * lengths), kept between 5 and 100. Without enough finished work it falls back to the same 20 items
 * that goal alignment looks at.
 */
export function chooseTopCount({ requested, today, finishedOn, sprintDays }: TopChoiceInput): TopChoice {
  if (requested !== undefined) {
    return { count: requested, basis: 'requested', explanation: `The top ${requested} open items, as asked.` }
  }
  const windowDays = THROUGHPUT_WEEKS * 7
  const from = addDays(today, -(windowDays - 1))
  const finished = finishedOn.filter((day) => day >= from && day <= today).length
  if (finished < MIN_FINISHED) {
    return {
      count: DEFAULT_TOP_ITEMS,
      basis: 'default',
      explanation: `The top ${DEFAULT_TOP_ITEMS} open items: too few items were finished in the last ${THROUGHPUT_WEEKS} weeks to size the top by the team's pace.`
    }
  }
  const days = sprintDays ?? DEFAULT_SPRINT_DAYS
  const count = Math.min(MAX_TOP, Math.max(MIN_TOP, Math.round((finished / windowDays) * days * 2)))
  return {
    count,
    basis: 'throughput',
    explanation:
      `The top ${count} open items: about two ${days}-day Sprints of work at the pace of the last ${THROUGHPUT_WEEKS} weeks ` +
      `(${finished} items finished)${sprintDays === null ? ', assuming two-week Sprints as none are planned' : ''}.`
  }
}
