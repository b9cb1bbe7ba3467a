import type { Insertable } from 'kysely'
import type { KanoAnswer, Moscow } from '@shared/domain/ordering'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { toScoreColumns } from '../ordering/board'
import { kanoAnswerColumns, kanoFeatureColumns, releaseColumns } from '../ordering/columns'
import { recordChange } from '../ordering/scores'

const DAY_MS = 86_400_000

/**
 * Relative scores for the top waiting items, in backlog order: UBV, TC, RR/OE, Job Size, then value
 * and effort. Chosen so WSJF disagrees with the manual order in a few teachable places: an urgent
 * small item low in the list, a big valuable one near the top.
 */
const SCORES: ReadonlyArray<
  readonly [ubv: number, tc: number, rr: number, size: number, value: number, effort: number]
> = [
  [8, 5, 3, 3, 8, 3],
  [13, 8, 2, 5, 13, 5],
  [3, 13, 5, 2, 5, 2],
  [5, 3, 8, 2, 5, 2],
  [8, 5, 2, 5, 8, 5],
  [5, 2, 1, 3, 3, 3],
  [13, 3, 5, 13, 13, 13],
  [1, 2, 13, 1, 2, 1],
  [5, 5, 3, 3, 8, 3],
  [3, 1, 2, 5, 3, 8],
  [13, 5, 3, 8, 13, 8],
  [2, 13, 3, 2, 5, 2],
  [8, 2, 5, 5, 8, 5],
  [5, 1, 1, 8, 5, 13],
  [20, 8, 5, 13, 20, 13]
]

/** Earlier thinking, revised a week later: [index into SCORES, field, first value]. */
const FIRST_GUESSES: ReadonlyArray<readonly [number, 'tc' | 'ubv' | 'jobSize', number]> = [
  [2, 'tc', 5],
  [7, 'ubv', 3],
  [11, 'tc', 3],
  [14, 'jobSize', 20],
  [1, 'ubv', 20]
]

const MOSCOW_PLAN: ReadonlyArray<Moscow> = [
  'must',
  'must',
  'should',
  'must',
  'could',
  'should',
  'must',
  'could',
  'should',
  'wont',
  'must',
  'must',
  'should',
  'could',
  'wont'
]

/** Surveyed features, each with a phrase of the backlog item it stands for (if the backlog has one). */
const KANO_FEATURES: ReadonlyArray<readonly [name: string, itemPhrase: string | null]> = [
  ['Pay for a term of lessons in instalments', 'in three instalments'],
  ['Book a session with the pool hoist', 'pool hoist'],
  ['Add a booked session to my calendar', 'phone’s calendar'],
  ['Live lane occupancy on the home screen', null]
]

/** How the twelve respondents tend to answer per feature: [functional, dysfunctional] pairs, cycled. */
const KANO_PATTERNS: ReadonlyArray<ReadonlyArray<readonly [KanoAnswer, KanoAnswer]>> = [
  [
    ['like', 'dislike'],
    ['like', 'live-with'],
    ['like', 'dislike'],
    ['expect', 'dislike'],
    ['like', 'neutral'],
    ['neutral', 'neutral']
  ],
  [
    ['expect', 'dislike'],
    ['expect', 'dislike'],
    ['like', 'dislike'],
    ['neutral', 'dislike'],
    ['expect', 'dislike'],
    ['neutral', 'neutral']
  ],
  [
    ['like', 'neutral'],
    ['like', 'live-with'],
    ['neutral', 'neutral'],
    ['like', 'neutral'],
    ['like', 'like'],
    ['live-with', 'neutral']
  ],
  [
    ['like', 'neutral'],
    ['neutral', 'neutral'],
    ['dislike', 'neutral'],
    ['like', 'live-with'],
    ['neutral', 'live-with'],
    ['like', 'neutral']
  ]
]

const RESPONDENTS = 12

/**
 * The sample's ordering data: WSJF and value / effort scores on the top waiting items (with some
 * first guesses revised later, so the score history shows thinking change), two releases with
 * MoSCoW, and a Kano survey of four features. Deterministic: derived from `at` and fixed tables.
 */
export async function seedSampleOrdering(db: Db, productId: number, at: Date): Promise<void> {
  const stamp = (daysAgo: number) => new Date(at.getTime() - daysAgo * DAY_MS).toISOString()
  const items = await db
    .selectFrom('backlog_items as i')
    .innerJoin('workflow_states as w', 'w.id', 'i.state_id')
    .select('i.id')
    .where('i.product_id', '=', productId)
    .where('w.category', '=', 'todo')
    .where('i.deleted_at', 'is', null)
    .orderBy('i.rank')
    .limit(SCORES.length)
    .execute()

  const releases = await db
    .insertInto('releases')
    .values(
      [
        { name: 'Spring term', targetDate: stamp(-30).slice(0, 10), createdAt: stamp(21) },
        { name: 'Summer holidays', targetDate: stamp(-90).slice(0, 10), createdAt: stamp(21) }
      ].map((release) => ({ product_id: productId, ...releaseColumns.write(release) }))
    )
    .returning('id')
    .execute()

  const scoreRows: Array<Insertable<Database['item_scores']>> = []
  for (const [i, { id }] of items.entries()) {
    const [ubv, tc, rr, size, value, effort] = SCORES[i]!
    const moscow = MOSCOW_PLAN[i]!
    // Won't means "not in this release", so those items are planned against a release too.
    const release = releases[i < 8 ? 0 : 1]!.id
    const current = { ubv, tc, rr, jobSize: size, value, effort, moscow, releaseId: release }
    const firstGuess = Object.fromEntries(
      FIRST_GUESSES.filter(([index]) => index === i).map(([, field, guess]) => [field, guess])
    )
    // First scoring three weeks ago (column by column, as WSJF is done), revisions a week ago.
    for (const [field, scored] of Object.entries(current) as Array<[keyof typeof current, number | string]>) {
      await recordChange(db, id, field, null, firstGuess[field] ?? scored, stamp(21))
      if (firstGuess[field] !== undefined) await recordChange(db, id, field, firstGuess[field], scored, stamp(7))
    }
    scoreRows.push({
      item_id: id,
      ...toScoreColumns(
        { ...current, codPerWeek: null, durationWeeks: null },
        stamp(Object.keys(firstGuess).length > 0 ? 7 : 21)
      )
    })
  }
  if (scoreRows.length > 0) await db.insertInto('item_scores').values(scoreRows).execute()

  for (const [f, [name, itemPhrase]] of KANO_FEATURES.entries()) {
    const item = itemPhrase
      ? await db
          .selectFrom('backlog_items')
          .select('id')
          .where('product_id', '=', productId)
          .where('title', 'like', `%${itemPhrase}%`)
          .executeTakeFirst()
      : undefined
    const { id } = await db
      .insertInto('kano_features')
      .values({
        product_id: productId,
        item_id: item?.id ?? null,
        ...kanoFeatureColumns.write({ name, createdAt: stamp(14) })
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const pattern = KANO_PATTERNS[f]!
    await db
      .insertInto('kano_answers')
      .values(
        Array.from({ length: RESPONDENTS }, (_, r) => {
          const [functional, dysfunctional] = pattern[(r * 5 + f) % pattern.length]!
          return {
            feature_id: id,
            ...kanoAnswerColumns.write({
              respondent: `Swimmer ${r + 1}`,
              functional,
              dysfunctional,
              createdAt: stamp(14 - (r % 5))
            })
          }
        })
      )
      .execute()
  }
}
