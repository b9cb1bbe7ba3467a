import { api, type MethodName, type ParsedInput } from '@shared/api'
import type { AssumptionRisk, PersonaKind } from '@shared/domain/discovery'
import { addDays } from '@shared/domain/flow/dates'
import { updatePersona } from '../customers/personas'
import type { Db } from '../deps'
import { createAssumption, promoteAssumption } from '../discovery/assumptions'
import { createSegment } from '../discovery/segments'

const DAY_MS = 86_400_000

const input = <M extends MethodName>(method: M, value: unknown): ParsedInput<M> => api[method].input.parse(value) as ParsedInput<M>

/** [name, description, needs and jobs, size, days ago]. */
const SEGMENTS = [
  [
    'Lane swimmers',
    'Adults who swim lengths for fitness, most of them before or after work.',
    'A lane at the time that fits the day; knowing before leaving home that it will be free; a fair price for a regular swim.',
    'About 4,200 members; two in three swim at least once a week.',
    95
  ],
  [
    'Families with children in lessons',
    'Parents whose children learn to swim in the trust’s lesson programme. The parent books and pays; the child swims.',
    'Lessons at the right level, at times around school; hearing at once when a lesson is cancelled; seeing progress.',
    '1,100 children in lessons each term, from about 800 families.',
    90
  ]
] as const

/** [persona, buyer or user, segment]: the front-desk assistant is staff, in no customer segment. */
const PLACEMENTS: ReadonlyArray<readonly [string, PersonaKind, string | null]> = [
  ['Sam Okafor', 'user', 'Lane swimmers'],
  ['Priya Shah', 'buyer', 'Families with children in lessons'],
  ['Dee Morgan', 'user', null]
]

/** [key, statement, risk, importance, evidence, days ago]. */
const ASSUMPTIONS: ReadonlyArray<readonly [string, string, AssumptionRisk, number, number, number]> = [
  ['term', 'Parents will book and pay for a whole term of lessons online instead of queuing at the desk', 'viability', 5, 2, 80],
  ['digest', 'A weekly note of free lanes brings swimmers back more often than badges did', 'value', 4, 2, 75],
  ['clubs', 'Clubs will give up their spreadsheets and book a term of lanes in the app', 'value', 4, 3, 70],
  ['offline', 'Check-in can keep working at the desk while a pool’s internet is down', 'feasibility', 4, 2, 60],
  ['phone', 'Swimmers would rather book on their phone than ring the pool', 'value', 5, 5, 110],
  ['older', 'Older members will learn to book in the app without help', 'usability', 2, 1, 65],
  ['crowding', 'Swimmers want to know how crowded a session was afterwards', 'value', 2, 4, 55]
]

/**
 * The badges experiment pivoted to a weekly digest of free lanes (see ebm.ts): that is the
 * assumption the Product Owner promoted, twenty days ago, to a running experiment on weekly use.
 */
async function seedAssumptions(db: Db, productId: number, at: Date): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const [key, statement, risk, importance, evidence, daysAgo] of ASSUMPTIONS) {
    const created = await createAssumption(db, input('discovery.assumptions.create', { productId, statement, risk, importance, evidence }), new Date(at.getTime() - daysAgo * DAY_MS))
    ids.set(key, created.id)
  }
  const usage = await db.selectFrom('ebm_measures').select('id').where('product_id', '=', productId).where('catalogue_key', '=', 'customer-usage-index').executeTakeFirst()
  if (!usage) throw new Error('The sample digest experiment is judged by the customer usage index, which the sample measures lack.')
  const promotedAt = new Date(at.getTime() - 20 * DAY_MS)
  await promoteAssumption(
    { db, now: () => promotedAt },
    input('discovery.assumptions.promote', {
      id: ids.get('digest'),
      title: 'Weekly digest of free lanes',
      change: 'a weekly email and app note listing the free lanes at each swimmer’s usual pool',
      outcome: 'more swimmers booking every week',
      measureId: usage.id,
      expectedValue: 62,
      byDate: addDays(at.toISOString().slice(0, 10), 40),
      status: 'running'
    })
  )
  return ids
}

/**
 * Discovery for the sample product: two customer segments with the personas placed in them as
 * buyers or users, and an assumption map whose riskiest untested assumption is the term booking.
 * Runs after the personas (vision) and the experiments (EBM) exist.
 */
export async function seedSampleDiscovery(db: Db, productId: number, at: Date): Promise<void> {
  const segmentIds = new Map<string, number>()
  for (const [name, description, needs, size, daysAgo] of SEGMENTS) {
    const segment = await createSegment(db, input('discovery.segments.create', { productId, name, description, needs, size }), new Date(at.getTime() - daysAgo * DAY_MS))
    segmentIds.set(name, segment.id)
  }
  const personas = await db.selectFrom('personas').select(['id', 'name']).where('product_id', '=', productId).execute()
  for (const [name, buyerOrUser, segment] of PLACEMENTS) {
    const persona = personas.find((p) => p.name === name)
    if (!persona) throw new Error(`The sample discovery places the persona "${name}", which the sample lacks.`)
    await updatePersona(db, input('personas.update', { id: persona.id, patch: { buyerOrUser, segmentId: segment === null ? null : segmentIds.get(segment)! } }), new Date(at.getTime() - 50 * DAY_MS))
  }
  await seedAssumptions(db, productId, at)
}
