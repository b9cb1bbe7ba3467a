import { VisionContent } from '@shared/api/methods/vision'
import { OPEN_CATEGORIES } from '@shared/domain/backlog'
import { addDays } from '@shared/domain/flow/dates'
import { createPersona, linkPersonaItems } from '../customers/personas'
import { createStakeholder } from '../customers/stakeholders'
import type { Db } from '../deps'
import { activateGoal, createGoal, endGoal, linkItems } from '../vision/goals'
import { createObjective } from '../vision/okrs'
import { createRow, setBoard } from '../vision/roadmap'
import { createSprint, updateSprint } from '../vision/sprints'
import { saveVision } from '../vision/versions'
import { SAMPLE_TEAMS } from './teams'
import { input } from './input'

/**
 * Direction and people for the sample product: a vision saved twice (with reasons), an achieved and
 * an active Product Goal with items serving it, two draft goals on the Now / Next / Later board, a
 * GO roadmap, OKRs, two teams' two-week Sprints with their goals and outcomes (the finished work of
 * each Sprint's team and dates is its selection), three personas matching the backlog's most common story roles,
 * and a stakeholder map of ten people, two of them overdue for a contact. Everything derives from `at`.
 */

const DAY_MS = 86_400_000
const SPRINT_DAYS = 14

const VISION_V1 = {
  pitch: {
    targetCustomer: 'people in Riverbank who want to swim',
    need: 'lose time queuing at reception for a lane that may be full',
    productName: 'Lanes app',
    category: 'booking app for the six community pools',
    keyBenefit: 'books and pays for a lane in under a minute',
    alternative: 'phoning the pool or turning up and hoping',
    differentiator: 'shows every pool’s free lanes live and keeps a swim affordable'
  },
  board: {
    vision: 'Everyone in Riverbank can swim when it suits them.',
    targetGroup: 'Lane swimmers\nFront-desk staff',
    needs: 'Know a lane is free before leaving home\nShorter queues at reception',
    product: 'A booking app for phones and a front-desk tablet app',
    businessGoals: 'More swims per week across the six pools\nLower cost per booking'
  },
  box: {
    name: 'Lanes',
    tagline: 'Your lane, booked.',
    benefit1: 'Book and pay in under a minute',
    benefit2: 'See live free lanes at every pool',
    benefit3: 'Walk past the queue with your pass',
    details: 'Works at all six Riverbank Community Pools. Concession prices applied automatically.'
  },
  canvas: {
    problem: 'Queues at reception\nSessions full on arrival\nEmpty off-peak lanes',
    customerSegments: 'Lane swimmers; early adopters: the 6:30 regulars',
    uniqueValueProposition: 'Know your lane is yours before you leave home',
    solution: 'Live timetable, booking with payment, scannable pass',
    channels: 'Posters at the pools, the trust’s newsletter, front-desk staff',
    revenueStreams: 'Swim fees (unchanged prices), passes',
    costStructure: 'Development team, payment fees, hosting',
    keyMetrics: 'Share of bookings made online; off-peak occupancy; queue time',
    unfairAdvantage: 'The only booking channel for all six council-owned pools'
  }
}

/** The second version: interviews showed parents and certainty matter more than speed. */
function visionV2() {
  const v2 = structuredClone(VISION_V1)
  v2.pitch.need = 'need to be sure of a place, for themselves or their children, before they set off'
  v2.pitch.keyBenefit = 'books lanes and lessons in under a minute and sends the place as a pass'
  v2.board.vision = 'Everyone in Riverbank can swim when it suits them, and can afford to.'
  v2.board.targetGroup = 'Lane swimmers\nParents booking lessons\nFront-desk staff'
  v2.board.needs = 'Be sure of a place before leaving home\nFollow a child’s lessons\nShorter queues at reception'
  v2.board.businessGoals = 'Fuller off-peak sessions\nFewer no-shows\nLower cost per booking'
  v2.box.benefit3 = 'Lessons and progress for your children in the same app'
  return v2
}

/** Phrases in the titles of the open items that serve each goal; the rest of the backlog serves none. */
const GOAL_ITEMS = {
  fuller: [
    'waiting list',
    'cancel a lane booking',
    'calendar',
    'close a lane for the rest',
    'bookings per lane on a timeline',
    'still bookable during',
    'Two reminders',
    'message everyone booked',
    'how crowded',
    'how busy',
    'nearest pool with space',
    'Live pool occupancy'
  ],
  queues: ['last four digits', 'walk-in customer', 'internet connection is down', 'reception kiosks'],
  lessons: ['lesson level', 'same level', 'register for my class', 'Skill certificates', 'second guardian']
}

async function openItemIdsMatching(db: Db, productId: number, phrases: readonly string[]): Promise<number[]> {
  const rows = await db
    .selectFrom('backlog_items as i')
    .innerJoin('workflow_states as s', 's.id', 'i.state_id')
    .select(['i.id', 'i.title'])
    .where('i.product_id', '=', productId)
    .where('i.deleted_at', 'is', null)
    .where('s.category', 'in', OPEN_CATEGORIES)
    .orderBy('i.rank')
    .execute()
  return rows
    .filter((row) => phrases.some((phrase) => row.title.toLowerCase().includes(phrase.toLowerCase())))
    .map((row) => row.id)
}

async function seedGoals(db: Db, productId: number, at: Date) {
  const daysAgo = (days: number) => new Date(at.getTime() - days * DAY_MS)
  const online = await createGoal(
    db,
    input('goals.create', {
      productId,
      title: 'Half of all swims are booked online',
      description: 'Moving bookings off the phone and the desk frees staff for swimmers who need them.',
      measure: 'Share of swims booked in the app',
      baseline: '18%',
      target: '50%',
      targetDate: addDays(at.toISOString().slice(0, 10), -30)
    }),
    daysAgo(118)
  )
  await activateGoal(db, online.id, daysAgo(117))
  await endGoal(db, online.id, 'achieved', '54% of swims were booked online over four weeks in a row.', daysAgo(45))

  const fuller = await createGoal(
    db,
    input('goals.create', {
      productId,
      title: 'Fuller pools: off-peak occupancy up and no-shows down',
      description: 'Empty lanes cost the trust the most; a place freed in time is a swim someone else can have.',
      measure: 'Off-peak occupancy and the share of bookings not turned up to',
      baseline: 'Occupancy 41%, no-shows 12%',
      target: 'Occupancy 60%, no-shows 5%',
      targetDate: addDays(at.toISOString().slice(0, 10), 75)
    }),
    daysAgo(50)
  )
  await activateGoal(db, fuller.id, daysAgo(44))

  const queues = await createGoal(
    db,
    input('goals.create', {
      productId,
      title: 'No queue at reception longer than five minutes',
      measure: 'Longest wait at reception per day',
      baseline: '14 min',
      target: '5 min'
    }),
    daysAgo(30)
  )
  const lessons = await createGoal(
    db,
    input('goals.create', {
      productId,
      title: 'Parents follow their children’s lessons in the app',
      measure: 'Parents active in the app each month',
      baseline: '0',
      target: '600'
    }),
    daysAgo(20)
  )
  await setBoard(db, productId, { now: [fuller.id], next: [queues.id], later: [lessons.id] })
  const goals = { fuller, queues, lessons }
  for (const key of ['fuller', 'queues', 'lessons'] as const) {
    const itemIds = await openItemIdsMatching(db, productId, GOAL_ITEMS[key])
    if (itemIds.length > 0) await linkItems(db, goals[key].id, itemIds)
  }
  return { online, fuller, queues, lessons }
}

const SPRINTS = [
  {
    goal: 'Swimmers can book and pay for a lane swim at Millbrook',
    outcome: 'met',
    notes: 'First real bookings on the Friday.'
  },
  {
    goal: 'All six pools take bookings in the app',
    outcome: 'partly',
    notes: 'Two pools waited for their card readers.'
  },
  {
    goal: 'Front desk checks swimmers in by scanning their pass',
    outcome: 'met',
    notes: 'Queue at Millbrook halved on Monday morning.'
  },
  {
    goal: 'Refunds to account credit for cancelled bookings',
    outcome: 'not',
    notes: 'Payment provider contract took longer than planned.'
  },
  {
    goal: 'Reminders the evening before every swim',
    outcome: 'met',
    notes: 'No-shows at Eastgate fell the first week.'
  },
  {
    goal: 'Duty managers see today’s no-shows and follow them up',
    outcome: 'met',
    notes: 'Agreed to try a waiting list next.'
  }
] as const

/** Team Front Desk's Sprints, on the same dates as Team Lanes's: two teams, two cadences side by side. */
const FRONT_DESK_SPRINTS = [
  {
    goal: 'Reception finds a member by name or pass number in seconds',
    outcome: 'met',
    notes: 'Lookups took two seconds at Eastgate.'
  },
  {
    goal: 'Day passes sold at the desk appear in the booking system',
    outcome: 'met',
    notes: 'The till export runs every five minutes.'
  },
  {
    goal: 'Lost passes are replaced at the desk in one step',
    outcome: 'not',
    notes: 'The card printer driver blocked it; moved to the next Sprint.'
  },
  { goal: 'Refunds at the desk go to account credit', outcome: 'partly', notes: 'Cash refunds still need a manager.' },
  {
    goal: 'Swimmers check in by scanning their pass at the turnstile',
    outcome: 'met',
    notes: 'Millbrook first; the other pools follow.'
  },
  { goal: 'Duty managers see who has checked in and who has not', outcome: 'met', notes: 'Used at the Saturday gala.' }
] as const
const FRONT_DESK_CURRENT = 'Check-in keeps working through a pool’s internet outage'

/**
 * Each team's two-week Sprints, back to back and on the same dates as the other team's, with their
 * goals and outcomes; each Sprint selects the work its team finished in its dates, and the current
 * ones the team's work in progress.
 */
async function seedSprints(db: Db, productId: number, at: Date, goals: Awaited<ReturnType<typeof seedGoals>>) {
  const today = at.toISOString().slice(0, 10)
  const teams = await db.selectFrom('teams').select(['id', 'name']).where('product_id', '=', productId).execute()
  const teamId = (name: string) => teams.find((team) => team.name === name)?.id ?? null
  // Finished items, each with the day it was last done, to fill each Sprint with the work it finished.
  const finished = await db
    .selectFrom('status_changes as c')
    .innerJoin('backlog_items as i', 'i.id', 'c.item_id')
    .innerJoin('workflow_states as s', 's.id', 'c.to_state_id')
    .select(['i.id', 'i.team_id', (eb) => eb.fn.max('c.changed_at').as('doneAt')])
    .where('i.product_id', '=', productId)
    .where('s.category', '=', 'done')
    .groupBy('i.id')
    .execute()
  const inProgress = await db
    .selectFrom('backlog_items as i')
    .innerJoin('workflow_states as s', 's.id', 'i.state_id')
    .select(['i.id', 'i.team_id'])
    .where('i.product_id', '=', productId)
    .where('s.category', '=', 'in_progress')
    .orderBy('i.rank')
    .execute()
  const currentStart = addDays(today, -6)
  const cadences = [
    {
      teamId: teamId(SAMPLE_TEAMS.lanes),
      name: (n: number) => `Sprint ${n}`,
      past: SPRINTS,
      current: 'A place freed by a cancellation goes to the waiting list within a minute',
      // Selected for the Sprint, not started yet: the story the Sprint Goal is about.
      selected: await openItemIdsMatching(db, productId, ['join the waiting list'])
    },
    {
      teamId: teamId(SAMPLE_TEAMS.frontDesk),
      name: (n: number) => `Front Desk ${n}`,
      past: FRONT_DESK_SPRINTS,
      current: FRONT_DESK_CURRENT,
      selected: []
    }
  ]
  for (const cadence of cadences) {
    const mine = <T extends { team_id: number | null }>(rows: readonly T[]) =>
      rows.filter((row) => row.team_id === cadence.teamId)
    for (const [index, sprint] of cadence.past.entries()) {
      const start = addDays(currentStart, -(cadence.past.length - index) * SPRINT_DAYS)
      const end = addDays(start, SPRINT_DAYS - 1)
      const itemIds = mine(finished)
        .filter((row) => row.doneAt.slice(0, 10) >= start && row.doneAt.slice(0, 10) <= end)
        .map((row) => row.id)
      const productGoalId = end < addDays(today, -45) ? goals.online.id : goals.fuller.id
      const created = await createSprint(
        db,
        input('sprints.create', {
          productId,
          name: cadence.name(index + 1),
          startDate: start,
          endDate: end,
          goal: sprint.goal,
          productGoalId,
          teamId: cadence.teamId,
          itemIds
        }),
        new Date(`${start}T09:00:00Z`)
      )
      await updateSprint(
        db,
        input('sprints.update', { id: created.id, patch: { outcome: sprint.outcome, reviewNotes: sprint.notes } }),
        new Date(`${end}T15:00:00Z`)
      )
    }
    await createSprint(
      db,
      input('sprints.create', {
        productId,
        name: cadence.name(cadence.past.length + 1),
        startDate: currentStart,
        endDate: addDays(currentStart, SPRINT_DAYS - 1),
        goal: cadence.current,
        productGoalId: goals.fuller.id,
        teamId: cadence.teamId,
        itemIds: [...mine(inProgress).map((row) => row.id), ...cadence.selected]
      }),
      new Date(`${currentStart}T09:00:00Z`)
    )
  }
}

async function seedRoadmapAndOkrs(db: Db, productId: number, at: Date, goals: Awaited<ReturnType<typeof seedGoals>>) {
  const rows = [
    {
      timeframe: 'This quarter',
      name: 'Fuller pools',
      goal: 'Off-peak occupancy up and no-shows down',
      features: [
        'Waiting list for full sessions',
        'Cancel up to two hours before',
        'Live occupancy on the website',
        'Crowd ratings'
      ],
      metrics: 'Off-peak occupancy 60%; no-shows 5%',
      productGoalId: goals.fuller.id
    },
    {
      timeframe: 'Next quarter',
      name: 'No queue',
      goal: 'No wait at reception longer than five minutes',
      features: ['Check-in works offline', 'Walk-in sales on the bookings screen', 'Find a member by phone digits'],
      metrics: 'Longest daily wait at reception',
      productGoalId: goals.queues.id
    },
    {
      timeframe: 'Later this year',
      name: 'Lessons',
      goal: 'Parents follow their children’s lessons in the app',
      features: ['Lesson level on the booking page', 'Skill certificates', 'Second guardian'],
      metrics: 'Monthly active parents',
      productGoalId: goals.lessons.id
    }
  ]
  for (const row of rows) await createRow(db, input('roadmap.rows.create', { productId, ...row }))
  await createObjective(
    db,
    input('okrs.create', {
      productId,
      title: 'Every lane that is paid for is swum in',
      goalId: goals.fuller.id,
      keyResults: [
        { title: 'Off-peak occupancy', baseline: 41, target: 60, current: 49, unit: '%' },
        { title: 'Bookings not turned up to', baseline: 12, target: 5, current: 8.5, unit: '%' },
        { title: 'Places re-let from the waiting list each week', baseline: 0, target: 150, current: 0 }
      ]
    }),
    new Date(at.getTime() - 40 * DAY_MS)
  )
}

const PERSONAS = [
  {
    name: 'Sam Okafor',
    role: 'swimmer',
    context: 'Nurse on shifts; swims at Millbrook before or after work, three or four times a week.',
    goals: 'A lane at the time that fits the shift; a steady routine.',
    pains: 'Arriving to a full session; queuing behind lesson bookings at the desk.',
    quote: 'If I know my lane is there, I go. If not, I skip it.',
    empathy: {
      says: 'The 6:30 is always packed.',
      thinks: 'Is it worth the trip today?',
      does: 'Checks the pool’s social media for closures; arrives early to queue.',
      feels: 'Rushed and unsure before a swim.',
      pains: 'Wasted trips; paying full price for a crowded lane.',
      gains: 'A guaranteed lane; knowing how busy it will be.'
    },
    jobStories: [
      {
        situation: 'my shift changes at short notice',
        motivation: 'move my booking to a later session',
        outcome: 'I still swim today'
      }
    ],
    phrases: ['As a swimmer', 'As a lane swimmer', 'As a regular swimmer']
  },
  {
    name: 'Priya Shah',
    role: 'parent',
    context: 'Two children in lessons at Eastgate; books around school pick-ups and a part-time job.',
    goals: 'Lessons at the right level; knowing how the children are getting on.',
    pains: 'Cancelled lessons found out at the poolside; booking a term at the desk.',
    quote: 'I just want to know they are in the right class and that it is on.',
    empathy: {
      says: 'Which level is she in now?',
      thinks: 'Did I miss an email about the lesson?',
      does: 'Queues at the desk on the first day of term to book.',
      feels: 'Stretched for time.',
      pains: 'Travelling for a cancelled lesson.',
      gains: 'Seeing progress; booking the whole term from the sofa.'
    },
    jobStories: [
      {
        situation: 'a lesson is cancelled',
        motivation: 'be offered the next free class at the same level',
        outcome: 'my child keeps progressing'
      }
    ],
    phrases: ['As a parent']
  },
  {
    name: 'Dee Morgan',
    role: 'front-desk assistant',
    context: 'Runs reception at Millbrook on weekday mornings; also sells walk-in swims and answers the phone.',
    goals: 'A short queue; getting people into the water on time.',
    pains: 'Switching between the till, the phone and the bookings screen.',
    quote: 'Every minute at the desk is a minute out of someone’s swim.',
    empathy: {
      says: 'Do you have your pass?',
      thinks: 'The queue is out of the door again.',
      does: 'Checks people in, sells swims, takes phone bookings for older members.',
      feels: 'Under pressure at peak times.',
      pains: 'Slow look-ups; the internet dropping out.',
      gains: 'One screen for everything; check-in in one step.'
    },
    jobStories: [
      {
        situation: 'the internet drops at opening time',
        motivation: 'keep checking swimmers in',
        outcome: 'the queue keeps moving'
      }
    ],
    phrases: ['As a front-desk assistant']
  }
]

async function seedPersonas(db: Db, productId: number, at: Date) {
  for (const [index, { phrases, ...persona }] of PERSONAS.entries()) {
    const created = await createPersona(
      db,
      input('personas.create', { productId, ...persona }),
      new Date(at.getTime() - (60 - index) * DAY_MS)
    )
    const itemIds = await openItemIdsMatching(db, productId, phrases)
    if (itemIds.length > 0) await linkPersonaItems(db, created.id, itemIds)
  }
}

/** [name, role, power, interest, interests, cadence in days, days since the last contact]. */
const STAKEHOLDERS: ReadonlyArray<readonly [string, string, number, number, string, number | null, number]> = [
  ['Helen Carter', 'Chief executive of the trust', 90, 80, 'Income, reputation, the trust’s charitable aims', 14, 6],
  [
    'Cllr Ade Bello',
    'Council lead for leisure',
    85,
    35,
    'Value for the council’s grant; affordable swimming for residents',
    30,
    48
  ],
  ['Martin Hughes', 'Finance officer', 70, 55, 'Takings per pool, payment fees, refunds', 14, 10],
  ['Grace Lim', 'Operations lead', 75, 90, 'Timetables, staffing, no-shows', 7, 3],
  ['Tom Price', 'Duty manager at Millbrook', 40, 85, 'Closing lanes, messaging swimmers, daily running', 14, 12],
  ['Nadia Rahman', 'Swim club secretary', 30, 75, 'Block bookings for club training', 30, 41],
  ['Owen Davies', 'Lead lifeguard', 35, 45, 'Water tests and incident reports on the tablet', 30, 20],
  ['Beth Jones', 'Parents’ forum representative', 20, 70, 'Lessons, safeguarding, cancellations', 30, 15],
  ['Paysafe Ltd', 'Payment provider account manager', 55, 20, 'Transaction volumes, contract renewal', 90, 60],
  ['Riverbank Gazette', 'Local newspaper', 15, 25, 'Stories about the pools', null, 120]
]

async function seedStakeholders(db: Db, productId: number, at: Date) {
  const today = at.toISOString().slice(0, 10)
  for (const [name, role, power, interest, interests, cadenceDays, daysSince] of STAKEHOLDERS) {
    await createStakeholder(
      db,
      input('stakeholders.create', {
        productId,
        name,
        role,
        power,
        interest,
        interests,
        cadenceDays,
        lastContactOn: addDays(today, -daysSince)
      }),
      new Date(at.getTime() - 100 * DAY_MS)
    )
  }
}

export async function seedSampleVision(db: Db, productId: number, at: Date): Promise<void> {
  await saveVision(
    db,
    productId,
    VisionContent.parse(VISION_V1),
    'First draft after the kick-off workshop',
    new Date(at.getTime() - 110 * DAY_MS)
  )
  await saveVision(
    db,
    productId,
    VisionContent.parse(visionV2()),
    'Interviews showed parents book half of all swims, and that being sure of a place matters more than speed',
    new Date(at.getTime() - 48 * DAY_MS)
  )
  const goals = await seedGoals(db, productId, at)
  await seedSprints(db, productId, at, goals)
  await seedRoadmapAndOkrs(db, productId, at, goals)
  await seedPersonas(db, productId, at)
  await seedStakeholders(db, productId, at)
}
