/**
 * What the shared 10,000-item product holds, as pure functions: the tests name rows with these
 * rather than reading the data back.
 */
export const LARGE_PRODUCT = {
  name: 'Large product',
  items: 10_000,
  kanoFeatures: 1_000
} as const

const SCALE = [1, 2, 3, 5, 8, 13, 20] as const
const WORDS = ['payment', 'refund', 'invoice', 'search', 'profile', 'report', 'export', 'login', 'coupon', 'basket']
const DAY = 86_400_000

/** Of every 100 items in the backlog's order, the first 7 are done and the next one is in progress. */
type Status = 'Done' | 'In Progress' | 'To Do'
function statusOf(n: number): Status {
  const place = (n - 1) % 100
  return place < 7 ? 'Done' : place < 8 ? 'In Progress' : 'To Do'
}

/** The title of the nth item in the backlog's order (1-based). */
export const largeItemTitle = (n: number) => `Item ${n}: ${WORDS[n % WORDS.length]} for shoppers`

const countOf = (wanted: (status: Status) => boolean) =>
  Array.from({ length: LARGE_PRODUCT.items }, (_, i) => statusOf(i + 1)).filter(wanted).length

/** How many items wait to be started: the rows of every ordering table. */
export const WAITING_COUNT = countOf((status) => status === 'To Do')

/** How many items are not done: the stories a new story map has off the map. */
export const NOT_DONE_COUNT = countOf((status) => status !== 'Done')

/** The item on the given row (1-based) of the ordering tables, which list the waiting items in your order. */
export function waitingItemNumber(row: number): number {
  let seen = 0
  for (let n = 1; n <= LARGE_PRODUCT.items; n++) if (statusOf(n) === 'To Do' && ++seen === row) return n
  throw new Error(`There are only ${seen} waiting items`)
}

/** One waiting item in ten has no scores, so every screen shows unscored rows too. */
export const isScored = (n: number) => statusOf(n) === 'To Do' && n % 10 !== 5

/** A seeded generator, so every run builds the same product. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const csvLine = (cells: readonly (string | number)[]) => cells.join(',')
const day = (today: Date, daysAgo: number) => new Date(today.getTime() - daysAgo * DAY).toISOString().slice(0, 10)

/** The backlog as a generic CSV: a year of finished work for the flow charts, the rest waiting. */
export function backlogCsv(today: Date): string {
  const random = seeded(1)
  const lines = [csvLine(['Key', 'Title', 'Type', 'Status', 'Estimate', 'Created', 'Started', 'Finished'])]
  for (let n = 1; n <= LARGE_PRODUCT.items; n++) {
    const status = statusOf(n)
    const created = 30 + Math.floor(random() * 365)
    const started = Math.floor(random() * (created - 1))
    const finished = Math.max(0, started - 1 - Math.floor(random() * 20))
    lines.push(
      csvLine([
        `LP-${n}`,
        largeItemTitle(n),
        n % 9 === 0 ? 'Bug' : 'Story',
        status,
        SCALE[n % 5]!,
        day(today, created),
        status === 'To Do' ? '' : day(today, started),
        status === 'Done' ? day(today, finished) : ''
      ])
    )
  }
  return lines.join('\n') + '\n'
}

/** Kano answers as `kano.import` reads them: three respondents per feature. */
export function kanoCsv(): string {
  const answers = ['like', 'expect', 'neutral', 'live-with', 'dislike'] as const
  const lines = ['feature,functional,dysfunctional,respondent']
  for (let f = 1; f <= LARGE_PRODUCT.kanoFeatures; f++) {
    for (let r = 1; r <= 3; r++)
      lines.push(csvLine([`Feature ${f}`, answers[(f + r) % 5]!, answers[(f * r) % 5]!, `R${r}`]))
  }
  return lines.join('\n') + '\n'
}

export interface ScoreRow {
  /** The item's place in the backlog's order (1-based). */
  n: number
  ubv: number
  tc: number
  rr: number
  jobSize: number
  value: number
  effort: number
  moscow: 'must' | 'should' | 'could' | 'wont'
}

/** Scores for WSJF, value versus effort and MoSCoW, spread over the whole scale. */
export function scoreRows(): ScoreRow[] {
  const random = seeded(2)
  const pick = () => SCALE[Math.floor(random() * SCALE.length)]!
  const rows: ScoreRow[] = []
  for (let n = 1; n <= LARGE_PRODUCT.items; n++) {
    if (!isScored(n)) continue
    rows.push({
      n,
      ubv: pick(),
      tc: pick(),
      rr: pick(),
      jobSize: pick(),
      value: pick(),
      effort: pick(),
      moscow: (['must', 'should', 'could', 'wont'] as const)[n % 4]!
    })
  }
  return rows
}
