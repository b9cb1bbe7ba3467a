import { findCatalogueEntry, type CatalogueEntry, type GoalLevel } from '@shared/domain/ebm'
import { addDays } from '@shared/domain/flow/dates'
import type { Db } from '../deps'
import { experimentColumns, goalColumns, goalTargetColumns, measureColumns, measureValueColumns } from '../ebm/columns'

/**
 * Evidence-Based Management for the sample product: measures in all four Key Value Areas (adopted,
 * custom and one the app computes), a year of monthly values with believable trends, a goal tree and
 * two experiments, one that worked and one that did not. Everything derives from `at`.
 *
 * Two blind spots are left on purpose, so the coverage view has something to teach: the installed
 * version index was last measured four months ago, and nothing in Ability to Innovate measures an outcome.
 */

const MONTHS = 12
/** Days between the monthly readings; the latest one is two days old. */
const STEP_DAYS = 30

interface SeriesSpec {
  start: number
  end: number
  /** Size of the month-to-month wobble around the trend. */
  wobble: number
  decimals: number
  /** Months (counted back from now) without a reading: the newest ones for a neglected measure. */
  skipNewest?: number
  /** Shapes the trend: t runs 0..1 over the year; default is a straight line. */
  shape?: (t: number) => number
}

/** A year of readings, oldest first: the trend plus a fixed, deterministic wobble. */
function readings(today: string, spec: SeriesSpec): Array<{ date: string; value: number }> {
  const out: Array<{ date: string; value: number }> = []
  for (let back = MONTHS - 1; back >= (spec.skipNewest ?? 0); back--) {
    const t = (MONTHS - 1 - back) / (MONTHS - 1)
    const trend = spec.start + (spec.end - spec.start) * (spec.shape ?? ((x: number) => x))(t)
    const wobble = Math.sin(back * 2.3 + spec.start) * spec.wobble
    out.push({ date: addDays(today, -(back * STEP_DAYS + 2)), value: Number((trend + wobble).toFixed(spec.decimals)) })
  }
  return out
}

type Adopted = { key: string; series?: SeriesSpec; howMeasured: string; targetValue?: number }
type MeasureDef = Omit<CatalogueEntry, 'key' | 'why'> & {
  catalogueKey: string | null
  howMeasured: string
  targetValue: number | null
}

const ADOPTED: Adopted[] = [
  {
    key: 'customer-satisfaction',
    series: { start: 3.4, end: 4.0, wobble: 0.08, decimals: 1 },
    howMeasured: 'In-app survey after every tenth booking.',
    targetValue: 4.3
  },
  {
    key: 'customer-usage-index',
    series: { start: 42, end: 58, wobble: 1.5, decimals: 0 },
    howMeasured: 'Analytics: swimmers who booked a lane this week / swimmers with an account.'
  },
  {
    key: 'market-share',
    series: { start: 3.1, end: 4.2, wobble: 0.1, decimals: 1 },
    howMeasured: 'Bookings through Lanes / all public pool visits, from the council’s quarterly figures.'
  },
  {
    key: 'release-frequency',
    series: { start: 1, end: 3, wobble: 0.4, decimals: 0 },
    howMeasured: 'Store releases per calendar month, from the release notes.',
    targetValue: 2
  },
  {
    key: 'flow-cycle-time-85',
    howMeasured: 'Computed by PO Studio from the backlog’s status history.',
    targetValue: 8
  },
  {
    key: 'technical-debt',
    series: { start: 45, end: 31, wobble: 2, decimals: 0 },
    howMeasured: 'The team re-estimates the debt list at every fourth Retrospective.'
  },
  {
    key: 'installed-version-index',
    series: { start: 6, end: 4, wobble: 0.3, decimals: 0, skipNewest: 4 },
    howMeasured: 'App store console: versions with more than 1% of active installs.'
  }
]

/** Unmet requests fall only slowly: the waiting list that should bring them down is being built in the current Sprint. */
const UNMET_REQUESTS: MeasureDef & { series: SeriesSpec } = {
  name: 'Unmet booking requests',
  area: 'unrealized-value',
  description:
    'Requests for a lane that could not be met because the session was full: demand the pools could still serve.',
  unit: 'requests per month',
  direction: 'lower',
  indicator: 'leading',
  category: 'outcome',
  automaticSource: null,
  catalogueKey: null,
  series: { start: 182, end: 171, wobble: 4, decimals: 0 },
  howMeasured: 'Booking log: attempts on full sessions, one per swimmer and session.',
  targetValue: 120
}

interface GoalSpec {
  key: string
  level: GoalLevel
  parent: string | null
  title: string
  description: string
  targetInDays: number
  currentState: string
  targets: Array<{ measure: string; baseline: number; target: number }>
}

const GOALS: GoalSpec[] = [
  {
    key: 'first-choice',
    level: 'strategic',
    parent: null,
    title: 'Lanes is how the town books a swim',
    description: 'Most swimmers in town book their lane with Lanes, and enjoy doing it.',
    targetInDays: 540,
    currentState: 'A year ago 3.1% of pool visits were booked through Lanes and swimmers rated it 3.4 of 5.',
    targets: [{ measure: 'market-share', baseline: 3.1, target: 8 }]
  },
  {
    key: 'effortless',
    level: 'intermediate',
    parent: 'first-choice',
    title: 'Booking a lane feels effortless',
    description: 'Swimmers find a free lane in seconds and come back every week.',
    targetInDays: 270,
    currentState: 'Satisfaction 3.4; many swimmers gave up when their session was full.',
    targets: [{ measure: 'customer-satisfaction', baseline: 3.4, target: 4.3 }]
  },
  {
    key: 'fortnightly',
    level: 'intermediate',
    parent: 'first-choice',
    title: 'Improvements reach swimmers every fortnight',
    description: 'Small, frequent releases so the team learns from swimmers quickly.',
    targetInDays: 180,
    currentState: 'One release a month, each followed by a week of fixes.',
    targets: [{ measure: 'release-frequency', baseline: 1, target: 2 }]
  },
  {
    key: 'waitlist',
    level: 'tactical',
    parent: 'effortless',
    title: 'A third fewer unmet booking requests',
    description: 'Free places reach the swimmers who wanted them.',
    targetInDays: 60,
    currentState: 'About 180 requests a month met a full session.',
    targets: [{ measure: 'Unmet booking requests', baseline: 182, target: 120 }]
  },
  {
    key: 'weekly-use',
    level: 'tactical',
    parent: 'effortless',
    title: 'Six in ten swimmers book every week',
    description: 'The app becomes a weekly habit.',
    targetInDays: 90,
    currentState: '42% of swimmers with an account booked in a given week.',
    targets: [{ measure: 'customer-usage-index', baseline: 42, target: 60 }]
  },
  {
    key: 'debt',
    level: 'tactical',
    parent: 'fortnightly',
    title: 'Pay down the booking-engine debt',
    description: 'Less rework before each release.',
    targetInDays: 120,
    currentState: 'An estimated 45 days of debt, most of it in the booking engine.',
    targets: [{ measure: 'technical-debt', baseline: 45, target: 25 }]
  }
]

const WAITING_LIST_STORY =
  'As a swimmer, I want to join the waiting list for a full session, so that I get a place if someone cancels'
const PAST_SWIMS_STORY = 'As a swimmer, I want to see my past swims, so that I can keep track of how often I go'

export async function seedSampleEbm(db: Db, productId: number, at: Date): Promise<void> {
  const today = at.toISOString().slice(0, 10)
  const yearAgo = addDays(today, -(MONTHS - 1) * STEP_DAYS - 2)
  const stamp = (day: string) => `${day}T09:00:00.000Z`
  const measureIds = new Map<string, number>()

  const insertMeasure = async (key: string, fields: MeasureDef, series: SeriesSpec | undefined) => {
    const { id } = await db
      .insertInto('ebm_measures')
      .values({
        product_id: productId,
        ...measureColumns.write({ ...fields, createdAt: stamp(yearAgo), updatedAt: stamp(yearAgo) })
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    measureIds.set(key, id)
    if (series) {
      await db
        .insertInto('ebm_measure_values')
        .values(
          readings(today, series).map((r) => ({ measure_id: id, ...measureValueColumns.write({ ...r, note: '' }) }))
        )
        .execute()
    }
  }

  for (const adopted of ADOPTED) {
    const entry = findCatalogueEntry(adopted.key)
    if (!entry) throw new Error(`The sample adopts "${adopted.key}", which is not in the EBM catalogue.`)
    await insertMeasure(
      adopted.key,
      { ...entry, howMeasured: adopted.howMeasured, catalogueKey: entry.key, targetValue: adopted.targetValue ?? null },
      adopted.series
    )
  }
  const { series, ...custom } = UNMET_REQUESTS
  await insertMeasure(custom.name, custom, series)

  const goalIds = new Map<string, number>()
  for (const goal of GOALS) {
    const { id } = await db
      .insertInto('ebm_goals')
      .values({
        product_id: productId,
        parent_id: goal.parent === null ? null : goalIds.get(goal.parent)!,
        ...goalColumns.write({
          ...goal,
          targetDate: addDays(today, goal.targetInDays),
          currentStateDate: yearAgo,
          createdAt: stamp(yearAgo),
          updatedAt: stamp(yearAgo)
        })
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    goalIds.set(goal.key, id)
    await db
      .insertInto('ebm_goal_targets')
      .values(
        goal.targets.map((t, position) => ({
          goal_id: id,
          measure_id: measureIds.get(t.measure)!,
          ...goalTargetColumns.write({ ...t, position })
        }))
      )
      .execute()
  }

  const itemId = async (title: string) => {
    const row = await db
      .selectFrom('backlog_items')
      .select('id')
      .where('product_id', '=', productId)
      .where('title', '=', title)
      .executeTakeFirst()
    if (!row) throw new Error(`The sample experiments link the item "${title}", which the sample backlog lacks.`)
    return row.id
  }
  /** The day an item was finished, so an experiment on it starts once it shipped. */
  const finishedOn = async (id: number) => {
    const row = await db
      .selectFrom('status_changes as c')
      .innerJoin('workflow_states as s', 's.id', 'c.to_state_id')
      .select('c.changed_at')
      .where('c.item_id', '=', id)
      .where('s.category', '=', 'done')
      .orderBy('c.changed_at', 'desc')
      .executeTakeFirst()
    if (!row) throw new Error('The sample’s badges experiment needs its item finished.')
    return row.changed_at.slice(0, 10)
  }

  // The waiting list is the current Sprint's goal: its experiment reads the measure before the goal's target date.
  const waitingList = await itemId(WAITING_LIST_STORY)
  await insertExperiment({
    goal: 'waitlist',
    title: 'Tell waiting swimmers when a lane frees up',
    change: 'a waiting list that notifies swimmers the moment someone cancels',
    outcome: 'fewer swimmers turned away from full sessions',
    measure: 'Unmet booking requests',
    expectedValue: 155,
    createdOn: addDays(today, -10),
    byDate: addDays(today, 55),
    status: 'running',
    decision: null,
    item: waitingList
  })

  // Streak badges shipped with the past-swims page; once they had been live for five weeks the team pivoted.
  const pastSwims = await itemId(PAST_SWIMS_STORY)
  const shipped = await finishedOn(pastSwims)
  // Five weeks after shipping, or a few days before today should the history ever put shipping later.
  const byDate = [addDays(shipped, 35), addDays(today, -5)].sort()[0]!
  await insertExperiment({
    goal: 'weekly-use',
    title: 'Badges for regular swimmers',
    change: 'badges on the past-swims page for swimmers who book five weeks in a row',
    outcome: 'more swimmers booking every week',
    measure: 'customer-usage-index',
    expectedValue: 62,
    createdOn: shipped,
    byDate,
    status: 'concluded',
    decision: {
      kind: 'pivot',
      on: addDays(byDate, 3),
      notes:
        'Weekly use grew no faster than before the badges. Swimmers told us reminders matter more than rewards: try a weekly lane digest instead.'
    },
    item: pastSwims
  })

  async function insertExperiment(e: {
    goal: string
    title: string
    change: string
    outcome: string
    measure: string
    expectedValue: number
    createdOn: string
    byDate: string
    status: 'running' | 'concluded'
    decision: { kind: 'persevere' | 'pivot' | 'stop'; on: string; notes: string } | null
    item: number
  }) {
    const decided = e.decision ? stamp(e.decision.on) : null
    const { id } = await db
      .insertInto('ebm_experiments')
      .values({
        product_id: productId,
        goal_id: goalIds.get(e.goal)!,
        measure_id: measureIds.get(e.measure)!,
        ...experimentColumns.write({
          ...e,
          decision: e.decision?.kind ?? null,
          decisionNotes: e.decision?.notes ?? '',
          decidedAt: decided,
          createdAt: stamp(e.createdOn),
          updatedAt: decided ?? stamp(e.createdOn)
        })
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db.insertInto('ebm_experiment_items').values({ experiment_id: id, item_id: e.item }).execute()
  }
}
