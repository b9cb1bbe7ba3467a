import type { AssumptionRisk, PersonaKind } from '@shared/domain/discovery'
import { addDays } from '@shared/domain/flow/dates'
import { updatePersona } from '../customers/personas'
import type { Db } from '../deps'
import { createAssumption, promoteAssumption } from '../discovery/assumptions'
import { definitionStore } from '../discovery/definition'
import { createInterview } from '../discovery/interviews'
import { createSegment } from '../discovery/segments'
import { input } from './input'

const DAY_MS = 86_400_000

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
  [
    'term',
    'Parents will book and pay for a whole term of lessons online instead of queuing at the desk',
    'viability',
    5,
    2,
    80
  ],
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
    const created = await createAssumption(
      db,
      input('discovery.assumptions.create', { productId, statement, risk, importance, evidence }),
      new Date(at.getTime() - daysAgo * DAY_MS)
    )
    ids.set(key, created.id)
  }
  const usage = await db
    .selectFrom('ebm_measures')
    .select('id')
    .where('product_id', '=', productId)
    .where('catalogue_key', '=', 'customer-usage-index')
    .executeTakeFirst()
  if (!usage)
    throw new Error(
      'The sample digest experiment is judged by the customer usage index, which the sample measures lack.'
    )
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

interface SampleInterview {
  daysAgo: number
  method: 'interview' | 'usability' | 'support'
  persona: string | null
  stakeholder: string | null
  person: string
  learned: string
  evidence: string
  items: readonly string[]
  assumptions: readonly string[]
}

const INTERVIEWS: readonly SampleInterview[] = [
  {
    daysAgo: 40,
    method: 'interview',
    persona: 'Priya Shah',
    stakeholder: 'Beth Jones',
    person: 'Nine parents at the parents’ forum',
    learned:
      'Parents queue on the first day of term to be sure of a place. Most would book the whole term online if the place is held for them; several asked to spread the cost.',
    evidence: '7 of 9 parents said they would book the term online; 4 of them asked to pay in instalments.',
    items: [
      'As a parent, I want to pay for a term of lessons in three instalments, so that the cost is spread over the term'
    ],
    assumptions: ['term']
  },
  {
    daysAgo: 30,
    method: 'usability',
    persona: 'Sam Okafor',
    stakeholder: null,
    person: 'Five lane swimmers at Millbrook',
    learned:
      'Four of five found a free lane in under a minute. Nobody noticed the badges; three said a weekly note of free lanes at their pool would bring them more often.',
    evidence: 'Session notes and screen recordings, kept on the team drive.',
    items: [
      'As a regular swimmer, I want to see how busy my usual session was over the last month, so that I can pick a quieter day'
    ],
    assumptions: ['digest', 'crowding']
  },
  {
    daysAgo: 25,
    method: 'interview',
    persona: null,
    stakeholder: 'Nadia Rahman',
    person: '',
    learned:
      'The club copies its term booking into a spreadsheet and emails reception. A fixed weekly block with one invoice would save her an evening each term.',
    evidence: 'Her spreadsheet for the spring term: 12 weeks, 3 lanes, 2 nights a week.',
    items: [
      'As a club secretary, I want to book the same lanes every week for a whole term, so that our training times are fixed'
    ],
    assumptions: ['clubs']
  },
  {
    daysAgo: 12,
    method: 'support',
    persona: 'Dee Morgan',
    stakeholder: null,
    person: 'Reception log at Millbrook',
    learned:
      'Three mornings this month the internet dropped at opening: check-in stopped and the queue reached the car park.',
    evidence: 'Reception incident log, three entries between 06:30 and 07:15.',
    items: ['Check-in keeps working when a pool’s internet connection is down'],
    assumptions: ['offline']
  }
]

async function seedInterviews(
  db: Db,
  productId: number,
  at: Date,
  assumptionIds: ReadonlyMap<string, number>
): Promise<void> {
  const idOf = async (
    table: 'personas' | 'stakeholders' | 'backlog_items',
    column: 'name' | 'title',
    value: string
  ) => {
    const row = await db
      .selectFrom(table)
      .select('id')
      .where('product_id', '=', productId)
      .where(column, '=', value)
      .executeTakeFirst()
    if (!row) throw new Error(`The sample interviews name "${value}", which the sample lacks.`)
    return row.id
  }
  const today = at.toISOString().slice(0, 10)
  for (const i of INTERVIEWS) {
    const itemIds = []
    for (const title of i.items) itemIds.push(await idOf('backlog_items', 'title', title))
    await createInterview(
      db,
      input('discovery.interviews.create', {
        productId,
        heldOn: addDays(today, -i.daysAgo),
        method: i.method,
        personaId: i.persona === null ? null : await idOf('personas', 'name', i.persona),
        stakeholderId: i.stakeholder === null ? null : await idOf('stakeholders', 'name', i.stakeholder),
        person: i.person,
        learned: i.learned,
        evidence: i.evidence,
        itemIds,
        assumptionIds: i.assumptions.map((key) => assumptionIds.get(key)!)
      }),
      new Date(at.getTime() - (i.daysAgo - 1) * DAY_MS)
    )
  }
}

const DEFINITION_V1 = {
  what: 'Lanes: the booking app of Riverbank Community Pools, where people book and pay for swims and lessons.',
  forWhom: 'Lane swimmers and parents of children in lessons; front-desk staff use it to run the day.',
  inScope: 'Booking, paying, cancelling and waiting lists for swims and lessons; check-in at the desk.',
  outOfScope: 'The trust’s finance system and the staff rota, which other teams look after.',
  owner: 'The trust’s digital lead, who orders the one Product Backlog for all six pools.'
}

const DEFINITION_V2 = {
  ...DEFINITION_V1,
  forWhom:
    'Lane swimmers (users) and families with children in lessons, where the parent is the buyer. Swimming clubs buy blocks of lanes. Front-desk staff use it to run the day.',
  inScope:
    'Booking, paying, cancelling and waiting lists for swims, lessons and club blocks; check-in at the desk, including when the internet is down.'
}

/**
 * Discovery for the sample product: two customer segments with the personas placed in them as
 * buyers or users, an assumption map whose riskiest untested assumption is the term booking, and
 * four interviews and pieces of feedback linked to items and assumptions, and a product definition
 * saved twice.
 * Runs after the personas (vision) and the experiments (EBM) exist.
 */
export async function seedSampleDiscovery(db: Db, productId: number, at: Date): Promise<void> {
  const segmentIds = new Map<string, number>()
  for (const [name, description, needs, size, daysAgo] of SEGMENTS) {
    const segment = await createSegment(
      db,
      input('discovery.segments.create', { productId, name, description, needs, size }),
      new Date(at.getTime() - daysAgo * DAY_MS)
    )
    segmentIds.set(name, segment.id)
  }
  const personas = await db.selectFrom('personas').select(['id', 'name']).where('product_id', '=', productId).execute()
  for (const [name, buyerOrUser, segment] of PLACEMENTS) {
    const persona = personas.find((p) => p.name === name)
    if (!persona) throw new Error(`The sample discovery places the persona "${name}", which the sample lacks.`)
    await updatePersona(
      db,
      input('personas.update', {
        id: persona.id,
        patch: { buyerOrUser, segmentId: segment === null ? null : segmentIds.get(segment)! }
      }),
      new Date(at.getTime() - 50 * DAY_MS)
    )
  }
  await seedInterviews(db, productId, at, await seedAssumptions(db, productId, at))
  await definitionStore.save(
    db,
    productId,
    DEFINITION_V1,
    'First definition, from the kick-off workshop',
    new Date(at.getTime() - 105 * DAY_MS)
  )
  await definitionStore.save(
    db,
    productId,
    DEFINITION_V2,
    'Interviews showed parents buy lessons and clubs buy lane blocks; offline check-in is ours to solve',
    new Date(at.getTime() - 20 * DAY_MS)
  )
}
