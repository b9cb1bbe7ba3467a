import { generateNKeysBetween } from 'fractional-indexing'
import type { Insertable } from 'kysely'
import type { Database } from '../../db/schema'
import { itemColumns, statusChangeColumns } from '../backlog/columns'
import type { Db } from '../deps'
import { insertProduct } from '../products/service'
import { seedSampleBacklogDetail } from './backlog-detail'
import { seedSampleCoachReview } from './coach-review'
import { seedSampleDiscovery } from './discovery'
import { seedSampleEbm } from './ebm'
import { SAMPLE_IN_PROGRESS_LIMIT, WIP_LIMITS_SINCE, seedSampleFlow } from './flow'
import { seedSampleOrdering } from './ordering'
import { seedSamplePractice } from './practice'
import { seedSampleSprintReview } from './sprint-review'
import { seedSampleStoryMap } from './storymap'
import { seedSampleStrategy } from './strategy'
import { seedSampleTeams } from './teams'
import { seedSampleVision } from './vision'
import {
  DONE_ITEMS,
  OPEN_ITEMS,
  SAMPLE_PRODUCT,
  type DoneItemContent,
  type OpenItemContent,
  type OpenStage
} from './content'

/**
 * Generates the sample product: the open backlog from `content.ts` plus about four months of finished
 * work with a believable status history, so flow metrics and forecasts have something to chew on.
 * Everything is derived from `at` and a fixed seed: the same `at` gives the same product.
 */

const DAY_MS = 86_400_000
const MINUTE_MS = 60_000
/** History covers the days 1..HISTORY_DAYS-1 before `at`'s day, so every date is within 120 days of `at`. */
export const SAMPLE_HISTORY_DAYS = 120
const SEED = 0x5eed_1a9e
const CHUNK = 200

/** A small, fast, seeded generator (mulberry32): deterministic, unlike Math.random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = () => number

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
}

function weighted<T>(rng: Rng, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0)
  let pick = rng() * total
  for (const [value, w] of table) {
    pick -= w
    if (pick < 0) return value
  }
  return table[table.length - 1]![0]
}

/** Finished items per working day: some days nothing, usually one or two, now and then three or four. */
const DAILY_THROUGHPUT: ReadonlyArray<readonly [number, number]> = [
  [0, 20],
  [1, 36],
  [2, 30],
  [3, 11],
  [4, 3]
]

/** Cycle time in days (finish - start + 1): mostly 1-10, with a long tail up to 25. */
const CYCLE_TIME: ReadonlyArray<readonly [number, number]> = [
  [1, 7],
  [2, 13],
  [3, 15],
  [4, 13],
  [5, 11],
  [6, 8],
  [7, 7],
  [8, 5],
  [9, 4],
  [10, 3],
  [11, 2],
  [12, 2],
  [13, 2],
  [14, 1.5],
  [15, 1.5],
  [16, 1],
  [17, 1],
  [18, 0.8],
  [19, 0.6],
  [20, 0.6],
  [21, 0.5],
  [22, 0.4],
  [23, 0.3],
  [24, 0.3],
  [25, 0.3]
]

interface Timeline {
  /** Midnight (UTC) of history day `d`, counted from the window's start; day HISTORY_DAYS is `at`'s day. */
  dayStart(d: number): number
  isWorkday(d: number): boolean
}

function timeline(at: Date): Timeline {
  const today = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())
  const dayStart = (d: number) => today - (SAMPLE_HISTORY_DAYS - d) * DAY_MS
  return {
    dayStart,
    isWorkday: (d) => {
      const weekday = new Date(dayStart(d)).getUTCDay()
      return weekday !== 0 && weekday !== 6
    }
  }
}

/** A time on day `d` between `fromHour` and `toHour` (UTC, whole minutes). */
function timeOn(t: Timeline, rng: Rng, d: number, fromHour: number, toHour: number): number {
  return t.dayStart(d) + fromHour * 60 * MINUTE_MS + int(rng, 0, (toHour - fromHour) * 60) * MINUTE_MS
}

function nearestWorkdayAtOrAfter(t: Timeline, d: number, limit: number): number {
  let day = d
  while (!t.isWorkday(day) && day < limit) day++
  return day
}

function nearestWorkdayAtOrBefore(t: Timeline, d: number, limit: number): number {
  let day = d
  while (!t.isWorkday(day) && day > limit) day--
  return day
}

interface Transition {
  state: OpenStage | 'done'
  at: number
}

interface PlannedItem {
  content: OpenItemContent | DoneItemContent
  /** Status changes after creation (creation itself goes to New). */
  transitions: Transition[]
  createdAt: number
  updatedAt: number
}

/** Makes a list of times strictly increasing (a few minutes apart at least), keeping their order. */
function ascending(times: number[], rng: Rng): number[] {
  const out: number[] = []
  for (const time of times) {
    const previous = out[out.length - 1]
    out.push(previous !== undefined && time <= previous ? previous + int(rng, 5, 40) * MINUTE_MS : time)
  }
  return out
}

/** Spreads the finished items over the working days of the window: one finish day per item, oldest first. */
function finishDays(t: Timeline, rng: Rng, count: number): number[] {
  const workdays: number[] = []
  for (let d = 5; d < SAMPLE_HISTORY_DAYS; d++) if (t.isWorkday(d)) workdays.push(d)
  const perDay = workdays.map(() => weighted(rng, DAILY_THROUGHPUT))
  // The history spans the whole window: work finished on the first and the last working day.
  perDay[0] = Math.max(perDay[0] ?? 0, 1)
  perDay[perDay.length - 1] = Math.max(perDay[perDay.length - 1] ?? 0, 1)
  let total = perDay.reduce((a, b) => a + b, 0)
  while (total < count) {
    const i = int(rng, 0, perDay.length - 1)
    if (perDay[i]! < 4) {
      perDay[i]!++
      total++
    }
  }
  while (total > count) {
    const i = int(rng, 1, perDay.length - 2)
    if (perDay[i]! > 0) {
      perDay[i]!--
      total--
    }
  }
  return workdays.flatMap((d, i) => Array.from({ length: perDay[i]! }, () => d))
}

/**
 * Items in progress at the end of each history day. From `WIP_LIMITS_SINCE` on the sample team keeps
 * to its WIP limit: an item starts only when In progress has room that day and every day until it
 * moves on, so it starts later (and takes less time) than its drawn cycle time says. Before that
 * day the team had no limit, which the cumulative flow diagram shows as days above today's limit.
 */
class InProgressLoad {
  private readonly counts = new Int32Array(SAMPLE_HISTORY_DAYS + 1)

  /** Whether an item in progress from the end of `from` until it leaves on `leave` keeps within the limit. */
  fits(from: number, leave: number): boolean {
    if (leave <= WIP_LIMITS_SINCE) return true
    for (let d = Math.max(from, WIP_LIMITS_SINCE); d < leave; d++)
      if (this.counts[d]! >= SAMPLE_IN_PROGRESS_LIMIT) return false
    return true
  }

  add(from: number, leave: number): void {
    for (let d = from; d < leave; d++) this.counts[d]!++
  }

  /** Adds a planned item's time in progress: from its start until its next move, or to today. */
  addPlanned(t: Timeline, item: PlannedItem): void {
    const index = item.transitions.findIndex((change) => change.state === 'in_progress')
    if (index === -1) return
    const next = item.transitions[index + 1]
    this.add(dayOf(t, item.transitions[index]!.at), next ? dayOf(t, next.at) : SAMPLE_HISTORY_DAYS)
  }
}

/** The history day a time falls on. */
function dayOf(t: Timeline, time: number): number {
  return Math.floor((time - t.dayStart(0)) / DAY_MS)
}

function planDoneItem(
  t: Timeline,
  rng: Rng,
  content: DoneItemContent,
  finish: number,
  load: InProgressLoad
): PlannedItem {
  const cycleTime = weighted(rng, CYCLE_TIME)
  let start = Math.max(2, finish - cycleTime + 1)
  start = nearestWorkdayAtOrAfter(t, start, finish)
  // Room until the finish, since a review day is only drawn below; an item started on its finish day takes none.
  while (start < finish && !load.fits(start, finish)) start = nearestWorkdayAtOrAfter(t, start + 1, finish)
  const waited = weighted(rng, [
    [int(rng, 0, 3), 30],
    [int(rng, 4, 12), 45],
    [int(rng, 13, 40), 25]
  ] as const)
  const created = nearestWorkdayAtOrAfter(t, Math.max(1, start - waited), start)
  const refined = rng() < 0.6 && start > created ? int(rng, created, start - 1) : null
  const review = finish - start >= 2 && rng() < 0.6 ? nearestWorkdayAtOrBefore(t, finish - 1, start) : finish

  const raw: Array<[Transition['state'] | 'created', number]> = [['created', timeOn(t, rng, created, 8, 11)]]
  if (refined !== null) raw.push(['ready', timeOn(t, rng, nearestWorkdayAtOrAfter(t, refined, start), 11, 15)])
  raw.push(['in_progress', timeOn(t, rng, start, 9, 12)])
  raw.push(['in_review', timeOn(t, rng, review, review === finish ? 11 : 13, review === finish ? 14 : 17)])
  raw.push(['done', timeOn(t, rng, finish, 14, 17)])
  const times = ascending(
    raw.map(([, time]) => time),
    rng
  )
  const transitions = raw.slice(1).map(([state], i) => ({ state: state as Transition['state'], at: times[i + 1]! }))
  const planned = { content, transitions, createdAt: times[0]!, updatedAt: times[times.length - 1]! }
  load.addPlanned(t, planned)
  return planned
}

function planOpenItem(
  t: Timeline,
  rng: Rng,
  content: OpenItemContent,
  position: number,
  total: number,
  load: InProgressLoad
): PlannedItem {
  const last = SAMPLE_HISTORY_DAYS - 1
  const depth = position / total
  const raw: Array<[Transition['state'] | 'created', number]> = []
  if (content.stage === 'in_progress' || content.stage === 'in_review') {
    let start = nearestWorkdayAtOrBefore(t, last - int(rng, 1, 7), 1)
    const created = nearestWorkdayAtOrBefore(t, start - int(rng, 3, 30), 1)
    const refined = nearestWorkdayAtOrBefore(t, int(rng, created, start - 1), created)
    raw.push(['created', timeOn(t, rng, created, 8, 12)], ['ready', timeOn(t, rng, refined, 12, 16)])
    if (content.stage === 'in_review') {
      const review = nearestWorkdayAtOrBefore(t, int(rng, start, last), start)
      // The work in progress today is already on the board (see seedSampleProduct): started later if there was no room.
      while (start < review && !load.fits(start, review)) start = nearestWorkdayAtOrAfter(t, start + 1, review)
      raw.push(['in_progress', timeOn(t, rng, start, 9, 12)], ['in_review', timeOn(t, rng, review, 13, 17)])
    } else raw.push(['in_progress', timeOn(t, rng, start, 9, 12)])
  } else {
    // Coarse items deeper in the backlog tend to be older; refined items near the top were looked at lately.
    const oldest = 1
    const newest = Math.max(oldest + 1, last - 5 - Math.round(depth * 60))
    const created = nearestWorkdayAtOrAfter(t, int(rng, oldest, newest), last)
    raw.push(['created', timeOn(t, rng, created, 8, 16)])
    if (content.stage === 'ready') {
      const refined = nearestWorkdayAtOrBefore(t, int(rng, Math.min(created + 1, last), last), created)
      raw.push(['ready', timeOn(t, rng, refined, 10, 16)])
    }
  }
  const times = ascending(
    raw.map(([, time]) => time),
    rng
  )
  const transitions = raw.slice(1).map(([state], i) => ({ state: state as Transition['state'], at: times[i + 1]! }))
  let updatedAt = times[times.length - 1]!
  // Some items were edited (described, estimated) after their last status change.
  if (content.stage === 'new' && (content.description || content.estimate !== undefined) && rng() < 0.7) {
    const lastDay = Math.floor((updatedAt - t.dayStart(0)) / DAY_MS)
    const edited = nearestWorkdayAtOrBefore(t, int(rng, lastDay, last), lastDay)
    updatedAt = Math.max(updatedAt + 10 * MINUTE_MS, timeOn(t, rng, edited, 9, 17))
  }
  return { content, transitions, createdAt: times[0]!, updatedAt }
}

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK))
}

/**
 * Creates the sample product in `db` (which may be a transaction) and returns its id.
 * Deterministic for a given `at`: titles, order, estimates and every date are the same each time.
 */
export async function seedSampleProduct(db: Db, at: Date): Promise<number> {
  const rng = mulberry32(SEED)
  const t = timeline(at)

  // The product is as old as its history, so no item predates it.
  const productId = await insertProduct(
    db,
    { name: SAMPLE_PRODUCT.name, description: SAMPLE_PRODUCT.description, isSample: true },
    new Date(t.dayStart(1) + 7 * 60 * MINUTE_MS)
  )
  const states = await db
    .selectFrom('workflow_states')
    .select(['id', 'name', 'category'])
    .where('product_id', '=', productId)
    .orderBy('position')
    .execute()
  const byName = (name: string) => {
    const state = states.find((s) => s.name === name)
    if (!state)
      throw new Error(
        `The default workflow has no "${name}" state; the sample needs New, Ready, In progress, In review and Done.`
      )
    return state.id
  }
  const stateId: Record<OpenStage | 'done', number> = {
    new: byName('New'),
    ready: byName('Ready'),
    in_progress: byName('In progress'),
    in_review: byName('In review'),
    done: byName('Done')
  }

  const load = new InProgressLoad()
  const open = new Array<PlannedItem>(OPEN_ITEMS.length)
  // The items in progress today first: the ones in review must have left In progress to make room for them.
  const planningOrder = OPEN_ITEMS.map((_, i) => i).sort(
    (a, b) => Number(OPEN_ITEMS[b]!.stage === 'in_progress') - Number(OPEN_ITEMS[a]!.stage === 'in_progress')
  )
  for (const i of planningOrder) {
    open[i] = planOpenItem(t, rng, OPEN_ITEMS[i]!, i, OPEN_ITEMS.length, load)
    load.addPlanned(t, open[i])
  }
  const finishes = finishDays(t, rng, DONE_ITEMS.length)
  const done = DONE_ITEMS.map((content, i) => planDoneItem(t, rng, content, finishes[i]!, load))
  // The open backlog reads from the top; finished work follows, most recently finished first.
  const ordered = [...open, ...done.reverse()]
  const ranks = generateNKeysBetween(null, null, ordered.length)

  const iso = (ms: number) => new Date(ms).toISOString()
  const itemRows: Array<Insertable<Database['backlog_items']>> = ordered.map((item, i) => {
    const last = item.transitions[item.transitions.length - 1]
    return {
      product_id: productId,
      state_id: last ? stateId[last.state] : stateId.new,
      ...itemColumns.write({
        ...item.content,
        number: 0,
        description: item.content.description ?? '',
        estimate: item.content.estimate ?? null,
        rank: ranks[i]!,
        notes: '',
        externalKey: null,
        createdAt: iso(item.createdAt),
        updatedAt: iso(item.updatedAt),
        deletedAt: null
      })
    }
  })

  const idByRank = new Map<string, number>()
  await insertInChunks(itemRows, async (chunk) => {
    const inserted = await db.insertInto('backlog_items').values(chunk).returning(['id', 'rank']).execute()
    for (const row of inserted) idByRank.set(row.rank, row.id)
  })

  const historyRows: Array<Insertable<Database['status_changes']>> = []
  ordered.forEach((item, i) => {
    const itemId = idByRank.get(ranks[i]!)!
    let from = stateId.new
    const stamp = (at: number) => statusChangeColumns.write({ changedAt: iso(at), notDoneReason: null })
    historyRows.push({ item_id: itemId, from_state_id: null, to_state_id: from, ...stamp(item.createdAt) })
    for (const change of item.transitions) {
      historyRows.push({
        item_id: itemId,
        from_state_id: from,
        to_state_id: stateId[change.state],
        ...stamp(change.at)
      })
      from = stateId[change.state]
    }
  })
  await insertInChunks(historyRows, async (chunk) => {
    await db.insertInto('status_changes').values(chunk).execute()
  })
  await seedSampleBacklogDetail(db, productId)
  await seedSampleTeams(db, productId, at)
  await seedSampleStoryMap(db, productId)
  await seedSampleFlow(db, productId, at)
  await seedSampleOrdering(db, productId, at)
  await seedSampleEbm(db, productId, at)
  await seedSampleVision(db, productId, at)
  await seedSampleDiscovery(db, productId, at)
  await seedSampleSprintReview(db, productId)
  await seedSampleStrategy(db, productId, at)
  await seedSamplePractice(db, productId, at)
  // Last: the coach reviews the report of everything above.
  await seedSampleCoachReview(db, productId, at)

  return productId
}
