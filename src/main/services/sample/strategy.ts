import type { Db } from '../deps'
import { createCanvas, saveCanvas } from '../strategy/canvases'
import { createCompetitor, createCriterion, setScore, updateCriterion } from '../strategy/competitors'
import { createCost } from '../strategy/costs'
import { createInfluence } from '../strategy/influences'
import { SAMPLE_TEAMS } from './teams'
import { input } from './input'

/**
 * Strategy for the sample product, consistent with its vision, personas and stakeholders: a
 * Business Model Canvas saved twice (the second after the interviews that brought parents in), a
 * Value Proposition Canvas for Sam, the shift-working swimmer, a SWOT analysis, three competitors
 * compared on four criteria, and the cost of ownership of the two teams' product (the teams whose
 * release frequency the EBM measures follow) with the technical strategy that keeps it in check,
 * and what helps or hinders the teams in delivering value. Everything derives from `at`.
 */

const DAY_MS = 86_400_000

const BMC_V1 = {
  kind: 'bmc',
  keyPartners:
    'Riverbank Leisure Trust (runs the six pools)\nRiverbank Council (owns the pools, grants the subsidy)\nPaysafe (card payments)',
  keyActivities: 'Keeping the live timetable right\nBuilding and releasing the app\nSupporting front-desk staff',
  keyResources: 'The timetable and booking data of all six pools\nThe product team\nThe front-desk tablets',
  valuePropositions:
    'Book and pay for a lane in under a minute\nSee free lanes at every pool, live\nWalk past the queue with a pass',
  customerRelationships: 'Self-service in the app\nFront-desk help for those who prefer it',
  channels: 'Posters at the pools\nThe trust’s newsletter\nFront-desk staff',
  customerSegments: 'Lane swimmers (the 6:30 regulars first)',
  costStructure: 'The product team\nHosting\nPayment fees per booking',
  revenueStreams: 'Swim fees at unchanged prices\nMonthly passes'
}

/** After the interviews: parents book half of the swims, and certainty matters more than speed. */
const BMC_V2 = {
  ...BMC_V1,
  valuePropositions:
    'Be sure of a place before leaving home\nBook lanes and lessons in under a minute\nSee free lanes at every pool, live\nFollow a child’s lessons in the same app',
  customerRelationships:
    'Self-service in the app\nReminders before each swim or lesson\nFront-desk help for those who prefer it',
  customerSegments:
    'Lane swimmers (the 6:30 regulars first)\nParents booking lessons\nSwim clubs booking blocks of lanes',
  revenueStreams: 'Swim fees at unchanged prices\nMonthly passes\nTerm fees for lessons'
}

const VPC_SAM = {
  kind: 'vpc',
  customerJobs: 'Fit a swim around changing shifts\nKeep a steady routine of three or four swims a week',
  pains: 'Arriving to a full session\nQueuing at the desk behind lesson bookings\nShifts that change at short notice',
  gains: 'A lane that is certainly free\nKnowing how busy it will be\nMoving a booking without a phone call',
  productsAndServices: 'Booking app with live timetable\nScannable pass',
  painRelievers:
    'Book a lane before leaving home\nWaiting list that offers a freed place\nMove a booking to a later session in two taps',
  gainCreators: 'Live busyness per pool and hour\nReminders before each swim'
}

const SWOT = {
  kind: 'swot',
  strengths:
    'The only booking channel for all six council pools\nLive lane data from the pools’ own systems\nTwo teams that release every fortnight',
  weaknesses:
    'Lessons still booked at the desk for a term at a time\nThe front-desk tablet needs the internet\nA small budget for marketing',
  opportunities:
    'Parents want to book lessons online\nThe council wants fuller off-peak sessions\nSwim clubs look for block bookings',
  threats:
    'SwimBook, a national booking app, courting the council\nThe payment contract up for renewal\nCouncil budget cuts to the subsidy'
}

/** The strategy behind the cost items below: hosting that grows with bookings, the payment renewal, the tablets. */
const TECH = {
  kind: 'tech',
  architecture:
    'One booking service shared by the app and the front-desk tablets\nManaged cloud database instead of our own servers\nLive lane data read from the pools’ own systems, never copied by hand',
  costDrivers:
    'The two teams: most of the cost\nHosting, which grows with bookings\nPayment fees per booking\nHelpline calls about failed payments',
  costControls:
    'Hosting scales down at night, when the pools are shut\nCompare payment providers before the Paysafe renewal\nFix the causes of the most frequent helpline calls first\nRelease every fortnight with automated tests, so fixes stay cheap',
  technicalDebt:
    'The tablets’ offline mode was patched in a hurry: rewrite it before the next tablet order\nTimetable import runs per pool: one import for all six, one item each Sprint until done',
  retirement:
    'The old lane-booking web page, once the app has all its users\nThe paper lesson register, when lessons are booked in the app'
}

/** [name, note, predictability, control], rated by both teams at a Sprint Retrospective. */
const INFLUENCES: ReadonlyArray<readonly [string, string, number, number]> = [
  ['Pool opening hours', 'Set by the trust a season ahead; we build the timetable on them.', 5, 2],
  ['Council budget decisions', 'The subsidy is decided once a year and has changed twice at short notice.', 2, 1],
  ['Release pipeline', 'Ours: automated tests and a fortnightly release we can run any day.', 5, 5],
  [
    'How parents take to lesson booking',
    'Interviews say yes; whether they switch from the desk we only learn by releasing.',
    2,
    4
  ],
  [
    'Pool systems’ lane data',
    'Each pool’s own system; outages come without warning and only the trust can fix them.',
    2,
    2
  ]
]

/** [name, weight, Lanes's own score]. */
const CRITERIA: ReadonlyArray<readonly [string, number, number]> = [
  ['Works at all six pools', 3, 5],
  ['Sees free lanes live', 2, 5],
  ['Price for a regular swimmer', 3, 4],
  ['Books lessons', 2, 2]
]

const COMPETITORS = [
  {
    name: 'SwimBook',
    offer: 'A national app that books swims and classes at private and council pools.',
    strengths: 'Polished app with lessons and classes\nKnown from other towns\nMarketing budget',
    weaknesses: 'Only two of the six Riverbank pools so far\nNo live lane data: books a session, not a lane',
    positioning: 'Booking fee of 50p a swim on top of the pool price; aims at the whole country',
    scores: [2, 1, 3, 5]
  },
  {
    name: 'The front desk and phone',
    offer: 'Queuing at reception or phoning the pool, as most swimmers still do.',
    strengths: 'Everyone knows it\nA person to talk to\nWorks for those without a smartphone',
    weaknesses:
      'Queues at peak times\nNo way to know a session is full before setting off\nPhone lines busy at opening',
    positioning: 'No extra cost; the default for older members',
    scores: [5, 1, 5, 3]
  },
  {
    name: 'CityLeisure Online',
    offer: 'The council’s general booking website for halls, pitches and courses, swimming lessons among them.',
    strengths: 'Term bookings for lessons\nThe council backs it',
    weaknesses: 'No lane swimming\nHard to use on a phone\nNo reminders',
    positioning: 'Free to use; a site for every council service rather than for swimmers',
    scores: [4, 1, 5, 4]
  }
]

/** Costs of the product the EBM measures follow: two teams releasing three times a month, six pools' tablets. */
const COSTS = [
  {
    category: 'build',
    name: `${SAMPLE_TEAMS.lanes} and ${SAMPLE_TEAMS.frontDesk}`,
    amount: 38_000,
    period: 'monthly',
    note: 'Nine people across the two teams; releases went from one to three a month with the same people.'
  },
  {
    category: 'build',
    name: 'Front-desk tablets for the six pools',
    amount: 3_600,
    period: 'one-off',
    note: 'Six tablets with stands, bought when the front-desk app went live.'
  },
  {
    category: 'run',
    name: 'Cloud hosting and database',
    amount: 620,
    period: 'monthly',
    note: 'Grows with bookings; a fortieth of the build cost.'
  },
  {
    category: 'run',
    name: 'Payment fees',
    amount: 160,
    period: 'monthly',
    note: 'Paysafe: about 1.4% of the 11,000 a month paid in the app (4% of pool visits are booked there); renewal due this year.'
  },
  {
    category: 'support',
    name: 'Helpline and bug triage',
    amount: 7_200,
    period: 'quarterly',
    note: 'Part of a support officer’s time, shared with the trust.'
  },
  {
    category: 'licence',
    name: 'Maps and places service',
    amount: 1_800,
    period: 'yearly',
    note: 'Finds the nearest pool with space.'
  },
  { category: 'licence', name: 'App store developer accounts', amount: 124, period: 'yearly', note: '' }
]

type CanvasStart = { productId: number; kind: string; title: string; personaId?: number }
/** [content, reason, days before `at`], oldest first. */
type SampleVersion = readonly [content: object, reason: string, daysAgo: number]

/** A canvas started on the day of its first version, then every version saved on its day. */
async function seedCanvas(db: Db, at: Date, start: CanvasStart, versions: readonly SampleVersion[]): Promise<void> {
  const daysAgo = (days: number) => new Date(at.getTime() - days * DAY_MS)
  const canvas = await createCanvas(db, input('strategy.canvases.create', start), daysAgo(versions[0]![2]))
  for (const [content, reason, days] of versions) {
    await saveCanvas(db, input('strategy.canvases.save', { canvasId: canvas.id, content, reason }), daysAgo(days))
  }
}

export async function seedSampleStrategy(db: Db, productId: number, at: Date): Promise<void> {
  await seedCanvas(db, at, { productId, kind: 'bmc', title: 'Lanes at the Riverbank pools' }, [
    [BMC_V1, 'First model, drawn with the trust’s operations lead', 105],
    [BMC_V2, 'Interviews: parents book half of all swims; lessons become a segment of their own', 46]
  ])
  const sam = await db
    .selectFrom('personas')
    .select('id')
    .where('product_id', '=', productId)
    .where('name', '=', 'Sam Okafor')
    .executeTakeFirstOrThrow()
  await seedCanvas(db, at, { productId, kind: 'vpc', title: 'Shift-working lane swimmers', personaId: sam.id }, [
    [VPC_SAM, 'From five interviews with early-morning swimmers', 44]
  ])
  await seedCanvas(db, at, { productId, kind: 'swot', title: 'Lanes this year' }, [
    [SWOT, 'Workshop with the trust’s leadership before the budget round', 30]
  ])
  await seedCanvas(db, at, { productId, kind: 'tech', title: 'Keeping Lanes affordable' }, [
    [TECH, 'Drawn up with both teams beside the cost of ownership', 24]
  ])

  await seedComparisonAndCosts(db, productId, at)
  const rated = new Date(at.getTime() - 20 * DAY_MS)
  for (const [name, note, predictability, control] of INFLUENCES) {
    await createInfluence(
      db,
      input('strategy.influences.create', { productId, name, note, predictability, control }),
      rated
    )
  }
}

async function seedComparisonAndCosts(db: Db, productId: number, at: Date): Promise<void> {
  const stamp = new Date(at.getTime() - 25 * DAY_MS)
  const criteria = []
  for (const [name, weight, own] of CRITERIA) {
    const criterion = await createCriterion(db, input('strategy.criteria.create', { productId, name, weight }), stamp)
    criteria.push(
      await updateCriterion(db, input('strategy.criteria.update', { id: criterion.id, patch: { ownScore: own } }))
    )
  }
  for (const { scores, ...fields } of COMPETITORS) {
    const competitor = await createCompetitor(db, input('strategy.competitors.create', { productId, ...fields }), stamp)
    for (const [index, score] of scores.entries()) {
      await setScore(
        db,
        input('strategy.scores.set', { competitorId: competitor.id, criterionId: criteria[index]!.id, score }),
        stamp
      )
    }
  }
  for (const cost of COSTS) await createCost(db, input('strategy.costs.create', { productId, ...cost }), stamp)
}
