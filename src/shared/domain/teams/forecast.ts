import { isOpenCategory } from '../backlog'
import type { WorkingCalendar } from '../flow/calendar'
import type { HowManyJob, WhenJob } from '../flow/forecastJob'
import { dailyArrivals, finishDates, lastDays, type FlowItem } from '../flow/metrics'
import { checkHistory, planHowMany, planWhen, type Refusal, type ScopeGrowth } from '../flow/monteCarlo'
import { throughputWindow } from '../flow/window'
import { itemsOfTeam } from './metrics'

/**
 * Forecasts for several teams on one Product Backlog. The whole backlog's forecast draws each
 * team's day from that team's own history, independently, and adds them up, every simulated day of
 * every trial: teams differ in pace and their good and bad days do not come together. Beside it,
 * each team gets its own forecast of its own work.
 *
 * The engine is the one every forecast uses, with its chunks and workers: drawing one day of each
 * of k teams is drawing one entry of the table of every combination of their days, each the sum of
 * that combination (`jointDailyThroughput`). A uniform index into that table is k independent,
 * uniform indices into the teams' histories (its mixed-radix digits), so one draw of the engine is
 * one separate draw per team.
 */

/** A team's history and work as its forecast sees them. */
export interface TeamHistory {
  teamId: number
  name: string
  /** Items the team finished per working day in the history window, zero days included. */
  dailyThroughput: readonly number[]
  /** The team's own open items (for its "when"). */
  openItems: number
  /** The team's own items arriving per working day in the window, for its own forecast with scope growth from history. */
  arrivalsPerDay: readonly number[]
}

/**
 * Each team's daily throughput, arrivals and open items on one history window (`windowDays`
 * calendar days up to `asOf`), read from the team's own items.
 */
export function teamHistories(
  items: ReadonlyArray<FlowItem & { teamId: number | null }>,
  teams: ReadonlyArray<{ id: number; name: string }>,
  window: { asOf: string; windowDays: number },
  calendar: WorkingCalendar
): TeamHistory[] {
  const days = lastDays(window.asOf, window.windowDays)
  return teams.map((team) => {
    const mine = itemsOfTeam(items, team.id)
    return {
      teamId: team.id,
      name: team.name,
      dailyThroughput: throughputWindow(finishDates(mine), window.asOf, window.windowDays, calendar).series,
      openItems: mine.filter((item) => isOpenCategory(item.stateCategory)).length,
      arrivalsPerDay: dailyArrivals(mine, days, calendar).map((day) => day.count)
    }
  })
}

/** The combinations of days the engine draws from at most: three teams of 64 working days (a 90-day window). */
export const MAX_JOINT_DAYS = 262_144

/**
 * Every combination of one day per history, as the sum of its days. Entry i holds, for the digits of
 * i in the mixed radix of the histories' lengths (the last history's digit changing fastest), the
 * sum of each history's day at its digit.
 */
export function jointDailyThroughput(histories: ReadonlyArray<readonly number[]>): number[] {
  let joint = [0]
  for (const history of histories) {
    const next = new Array<number>(joint.length * history.length)
    joint.forEach((sum, i) => history.forEach((day, j) => (next[i * history.length + j] = sum + day)))
    joint = next
  }
  return joint
}

/** One team's expected part of the combined work: its share of the teams' mean daily throughput. */
export interface TeamPart {
  teamId: number
  name: string
  /** Mean items per working day in its history. */
  perDay: number
  /** Its part of the combined pace, 0 to 1: about this share of the finished items is its work. */
  share: number
}

export interface CombinedPlan<J> {
  combined: J
  /** With scope growth, the same combined question without it on the same seed, to show what growth costs. */
  withoutGrowth: J | null
  parts: TeamPart[]
  /** Each team's own question (its open items, or the same date), or why it cannot be forecast. */
  perTeam: Array<{ teamId: number; name: string; job: J | Refusal }>
}

const refuse = (reason: string): Refusal => ({ ok: false, reason })

const mean = (days: readonly number[]) => days.reduce((sum, n) => sum + n, 0) / days.length

/** The checks every team's history passes before the teams are combined, with the team named in a refusal. */
function combinable(teams: readonly TeamHistory[]): Refusal | null {
  if (teams.length < 2)
    return refuse('A combined forecast needs at least two teams; with one, forecast that team on its own.')
  for (const team of teams) {
    const thin = checkHistory(team.dailyThroughput)
    if (thin)
      return refuse(
        `${team.name}: ${thin.reason} The combined forecast draws every team's own days, so it needs each team's history.`
      )
  }
  const size = teams.reduce((product, team) => product * team.dailyThroughput.length, 1)
  if (size > MAX_JOINT_DAYS) {
    return refuse(
      `Combining ${teams.length} teams' histories gives ${size.toLocaleString('en')} combinations of days, more than the ${MAX_JOINT_DAYS.toLocaleString('en')} a forecast draws from: shorten the history window, or combine fewer teams.`
    )
  }
  return null
}

function partsOf(teams: readonly TeamHistory[]): TeamPart[] {
  const paces = teams.map((team) => mean(team.dailyThroughput))
  const total = paces.reduce((sum, pace) => sum + pace, 0)
  return teams.map((team, i) => ({
    teamId: team.teamId,
    name: team.name,
    perDay: paces[i]!,
    share: total === 0 ? 0 : paces[i]! / total
  }))
}

/**
 * Scope growth for the whole backlog (`arrivalsPerDay`: the product's arrivals, whichever team they
 * went to) and, for one team's own forecast, the same split rate and that team's own arrivals.
 */
function teamGrowth(growth: ScopeGrowth | undefined, team: TeamHistory): ScopeGrowth | undefined {
  if (!growth) return undefined
  return { ...growth, ...(growth.arrivalsPerDay && { arrivalsPerDay: team.arrivalsPerDay }) }
}

/**
 * "When will these `items` be done by all the teams together?", and per team "when will its own open
 * items be done?". Every forecast runs on `seed`, so the same seed repeats them all. With
 * `scopeGrowth`, the work grows inside every trial as in a single team's forecast (and in each
 * team's own), and the combined question also runs without growth to show what growth costs.
 */
export function planCombinedWhen(input: {
  teams: readonly TeamHistory[]
  items: number
  trials: number
  seed: number
  scopeGrowth?: ScopeGrowth
}): CombinedPlan<WhenJob> | Refusal {
  const invalid = combinable(input.teams)
  if (invalid) return invalid
  const { trials, seed, scopeGrowth } = input
  const run = {
    dailyThroughput: jointDailyThroughput(input.teams.map((t) => t.dailyThroughput)),
    items: input.items,
    trials,
    seed
  }
  const combined = planWhen({ ...run, scopeGrowth })
  if ('ok' in combined) return combined
  const withoutGrowth = scopeGrowth ? planWhen(run) : null
  if (withoutGrowth && 'ok' in withoutGrowth) return withoutGrowth
  return {
    combined,
    withoutGrowth,
    parts: partsOf(input.teams),
    perTeam: input.teams.map((team) => ({
      teamId: team.teamId,
      name: team.name,
      job:
        team.openItems < 1
          ? refuse(`${team.name} has no open items of its own.`)
          : planWhen({
              dailyThroughput: team.dailyThroughput,
              items: team.openItems,
              trials,
              seed,
              scopeGrowth: teamGrowth(scopeGrowth, team)
            })
    }))
  }
}

/** "How many items will all the teams together finish in `days` working days?", and the same per team. */
export function planCombinedHowMany(input: {
  teams: readonly TeamHistory[]
  days: number
  trials: number
  seed: number
}): CombinedPlan<HowManyJob> | Refusal {
  const invalid = combinable(input.teams)
  if (invalid) return invalid
  const { days, trials, seed } = input
  const combined = planHowMany({
    dailyThroughput: jointDailyThroughput(input.teams.map((t) => t.dailyThroughput)),
    days,
    trials,
    seed
  })
  if ('ok' in combined) return combined
  return {
    combined,
    withoutGrowth: null,
    parts: partsOf(input.teams),
    perTeam: input.teams.map((team) => ({
      teamId: team.teamId,
      name: team.name,
      job: planHowMany({ dailyThroughput: team.dailyThroughput, days, trials, seed })
    }))
  }
}
