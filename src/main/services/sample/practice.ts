import type { LinkedKind } from '@shared/domain/practice'
import type { Db } from '../deps'
import { NO_FILE, actionColumns, entryColumns, evidenceColumns } from '../practice/columns'
import { takeSnapshot, type Pointer } from '../practice/snapshots'

const DAY_MS = 86_400_000

interface SampleEvidence {
  daysAgo: number
  kind: LinkedKind | 'note'
  /** Picks the linked thing among the product's rows (they exist: the other sample modules ran first). */
  pointer?: (db: Db, productId: number) => Promise<Pointer>
  title?: string
  text: string
}

interface SampleEntry {
  targetKey: string
  experiments: string[]
  plan: string
  outcome: string
  reflection: string
  startedDaysAgo: number
  actions: Array<[daysAgo: number, text: string]>
  evidence: SampleEvidence[]
}

const visionVersion =
  (number: number) =>
  async (db: Db, productId: number): Promise<Pointer> => {
    const row = await db
      .selectFrom('vision_versions')
      .select('id')
      .where('product_id', '=', productId)
      .where('number', '=', number)
      .executeTakeFirstOrThrow()
    return { ref: row.id, refKey: null }
  }

const forecast =
  (which: 'older' | 'newer') =>
  async (db: Db, productId: number): Promise<Pointer> => {
    const row = await db
      .selectFrom('saved_forecasts')
      .select('id')
      .where('product_id', '=', productId)
      .orderBy('created_at', which === 'older' ? 'asc' : 'desc')
      .executeTakeFirstOrThrow()
    return { ref: row.id, refKey: null }
  }

const canvasVersion =
  (kind: 'bmc', number: number) =>
  async (db: Db, productId: number): Promise<Pointer> => {
    const row = await db
      .selectFrom('canvas_versions as v')
      .innerJoin('strategy_canvases as c', 'c.id', 'v.canvas_id')
      .select('v.id')
      .where('c.product_id', '=', productId)
      .where('c.kind', '=', kind)
      .where('v.number', '=', number)
      .executeTakeFirstOrThrow()
    return { ref: row.id, refKey: null }
  }

const productWide = () => Promise.resolve({ ref: null, refKey: null })

const heldReview = async (db: Db, productId: number): Promise<Pointer> => {
  const row = await db
    .selectFrom('sprint_reviews as r')
    .innerJoin('sprints as s', 's.id', 'r.sprint_id')
    .select('r.id')
    .where('s.product_id', '=', productId)
    .where('r.status', '=', 'held')
    .executeTakeFirstOrThrow()
  return { ref: row.id, refKey: null }
}

const ENTRIES: readonly SampleEntry[] = [
  {
    targetKey: 'pspo/assumptions',
    experiments: ['vision-template', 'lean-canvas', 'team-discussion', 'validate'],
    plan: 'Write the vision board and a Lean Canvas for the booking app, walk the team and the pool managers through them, and test the riskiest assumption: that members mostly want speed when booking.',
    outcome:
      'The interviews turned the riskiest assumption around: parents book half of all swims and care more about a guaranteed place than about speed. The vision was rewritten around certainty.',
    reflection:
      'Writing the assumptions down made them easy to question; I had treated "fast booking" as a fact for months. Next time I would interview before the first draft, not after it.',
    startedDaysAgo: 112,
    actions: [
      [110, 'Drafted the vision board and the Lean Canvas after the kick-off workshop.'],
      [95, 'Walked the team through the canvas; the developers questioned who actually books.'],
      [60, 'Interviewed eight members at the pool, five of them parents.'],
      [48, 'Saved a new vision version with the interview findings.']
    ],
    evidence: [
      {
        daysAgo: 109,
        kind: 'vision',
        pointer: visionVersion(1),
        text: 'The first draft, written before talking to any member.'
      },
      {
        daysAgo: 47,
        kind: 'vision',
        pointer: visionVersion(2),
        text: 'After the interviews: the target group and the needs changed.'
      },
      {
        daysAgo: 58,
        kind: 'note',
        title: 'Interview notes',
        text: 'Five of eight interviewees were parents booking for children. All five mentioned losing a slot while comparing times; none complained about the number of taps.'
      },
      {
        daysAgo: 45,
        kind: 'stakeholders',
        pointer: productWide,
        text: 'Who heard about the changed vision and how close each of them is.'
      },
      {
        daysAgo: 44,
        kind: 'canvas',
        pointer: canvasVersion('bmc', 2),
        text: 'The business model after the interviews: lessons became a segment of their own.'
      }
    ]
  },
  {
    targetKey: 'pspo/releases',
    experiments: ['flow-forecast', 'ranges'],
    plan: 'Replace the date promised in the steering meeting by a Monte Carlo forecast from our own throughput, shown as a range with its likelihood, and see how the stakeholders react.',
    outcome: '',
    reflection: '',
    startedDaysAgo: 40,
    actions: [
      [38, 'Asked the club board what they use the delivery date for: planning the member newsletter.'],
      [33, 'Ran a "when" forecast for the next items and saved it.'],
      [3, 'Ran the same forecast a month later to compare.']
    ],
    evidence: [
      {
        daysAgo: 32,
        kind: 'forecast',
        pointer: forecast('older'),
        text: 'The first forecast shown to the board, as a range.'
      },
      {
        daysAgo: 6,
        kind: 'sprintReview',
        pointer: heldReview,
        text: 'The Sprint Review where the range was on the agenda: nobody asked for a single date, and the duty managers asked for something new.'
      },
      {
        daysAgo: 2,
        kind: 'forecast',
        pointer: forecast('newer'),
        text: 'The same question a month later: the range narrowed.'
      },
      { daysAgo: 2, kind: 'backlog', pointer: productWide, text: 'The backlog the forecast is about.' }
    ]
  }
]

/** Two PSPO assignments in progress with plans, dated actions, evidence snapshots of real sample data and one reflection. */
export async function seedSamplePractice(db: Db, productId: number, at: Date): Promise<void> {
  const ago = (days: number) => new Date(at.getTime() - days * DAY_MS)
  for (const entry of ENTRIES) {
    const { id } = await db
      .insertInto('practice_entries')
      .values({
        product_id: productId,
        ...entryColumns.write({
          ...entry,
          trackId: 'pspo',
          status: 'in_progress',
          createdAt: ago(entry.startedDaysAgo).toISOString(),
          updatedAt: ago(Math.min(...entry.evidence.map((e) => e.daysAgo))).toISOString()
        })
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('practice_actions')
      .values(
        entry.actions.map(([days, text]) => ({
          entry_id: id,
          ...actionColumns.write({ on: ago(days).toISOString().slice(0, 10), text, createdAt: ago(days).toISOString() })
        }))
      )
      .execute()
    for (const evidence of entry.evidence) {
      const addedAt = ago(evidence.daysAgo)
      if (evidence.kind === 'note') {
        await db
          .insertInto('practice_evidence')
          .values({
            entry_id: id,
            ref: null,
            ...evidenceColumns.write({
              kind: 'note',
              title: evidence.title ?? 'Note',
              text: evidence.text,
              refKey: null,
              snapshot: null,
              ...NO_FILE,
              addedAt: addedAt.toISOString()
            })
          })
          .execute()
        continue
      }
      const pointer = evidence.pointer ? await evidence.pointer(db, productId) : { ref: null, refKey: null }
      const taken = await takeSnapshot({ db, now: () => addedAt }, productId, evidence.kind, pointer)
      await db
        .insertInto('practice_evidence')
        .values({
          entry_id: id,
          ref: taken.ref,
          ...evidenceColumns.write({
            kind: evidence.kind,
            title: taken.snapshot.title,
            text: evidence.text,
            refKey: taken.refKey,
            snapshot: taken.snapshot,
            ...NO_FILE,
            addedAt: addedAt.toISOString()
          })
        })
        .execute()
    }
  }
}
