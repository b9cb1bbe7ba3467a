import { api, type MethodName, type ParsedInput } from '@shared/api'
import type { PersonaKind } from '@shared/domain/discovery'
import { updatePersona } from '../customers/personas'
import type { Db } from '../deps'
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

/**
 * Discovery for the sample product: two customer segments, the personas placed in them as buyers
 * or users. Runs after the personas (vision) and the experiments (EBM) exist.
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
}
