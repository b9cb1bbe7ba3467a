import type { Db } from '../deps'
import type { SplitPattern } from '@shared/domain/splitting/patterns'
import { itemColumns } from '../backlog/columns'
import { writeCriteria, writeLabels } from '../backlog/detail'
import { splitColumns } from '../refinement/columns'
import { savedFilterColumns } from '../search/columns'
import { definitionColumns, settingsColumns } from '../settings/columns'

/**
 * The sample product's refinement: acceptance criteria as criteria rows (the content keeps them in
 * the descriptions, as they were written), a hierarchy of epics, features and stories, blocking
 * links, labels, and Definitions of Ready and Done with the Ready checks each open item meets.
 */

const DEFINITION_OF_READY = [
  'Written as a user story or job story that names who benefits and why',
  'Acceptance criteria written down and agreed with the team',
  'Estimated by the team at 8 points or fewer',
  'Nothing unfinished blocks it',
  'The team has walked through it in refinement and has no open questions'
]

const DEFINITION_OF_DONE = [
  'Every acceptance criterion shown to the Product Owner on a test device',
  'Code reviewed and merged into the main branch',
  'Automated tests pass, including new tests for this item',
  'Checked with a screen reader on iOS and Android',
  'Front-desk guide and release notes updated for pool staff'
]

/** child title → parent title */
const PARENTS: ReadonlyArray<readonly [string, string]> = [
  ['Family accounts', 'Memberships paid by direct debit'],
  ['As a member, I want to pause my membership', 'Memberships paid by direct debit'],
  ['As a parent, I want to add a second guardian', 'Family accounts'],
  ['As a club secretary, I want to book the same lanes every week', 'Club and school bookings'],
  ['As a swim teacher, I want to take the register', 'Skill certificates for children’s swimming lessons'],
  ['As a swim teacher, I want to move a child up a level', 'Skill certificates for children’s swimming lessons'],
  ['As a regular swimmer, I want to see how busy my usual session was', 'Live pool occupancy on the website'],
  ['As a swimmer, I want to rate how crowded a session was', 'Live pool occupancy on the website'],
  ['As a swimmer, I want to cancel a lane booking', 'Self-service refunds within the refund policy']
]

/** Items the team split in refinement, with the pattern they used; the children above are the result. */
const SPLITS: ReadonlyArray<readonly [string, SplitPattern]> = [['Memberships paid by direct debit', 'business-rules']]

/** A search the Product Owner keeps for refinement: open payment work. */
const SAVED_FILTER = { name: 'Payments to refine', query: '', filters: { labels: ['payments'], ready: false } }

/** blocker title → blocked title */
const BLOCKS: ReadonlyArray<readonly [string, string]> = [
  [
    'Move payment webhooks onto the retrying job queue',
    'As a parent, I want to pay for a term of lessons in three instalments'
  ],
  ['As a swim teacher, I want to take the register', 'As a swim teacher, I want to move a child up a level'],
  ['Add a database index for session look-ups', 'Load test the booking service'],
  [
    'Spike: can the turnstiles at Millbrook read the QR codes',
    'Check-in keeps working when a pool’s internet connection is down'
  ]
]

/** Criteria for refined items whose description has none written out. */
const MORE_CRITERIA: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'Add a database index for session look-ups',
    [
      'The timetable query’s plan uses the new index',
      'Given the busiest Saturday of last year, when the timetable opens, then it shows within 300 ms'
    ]
  ]
]

/** Label → words in a title that earn it. */
const LABELS: ReadonlyArray<readonly [string, RegExp]> = [
  ['lessons', /\b(lesson|lessons|child|children’s|swim teacher|register)\b/i],
  ['payments', /\b(pay|payment|refunds?|price|charged|takings|instalments|direct debit|discount|vouchers)\b/i],
  ['front desk', /\b(front-desk|reception|check-in|kiosks?|walk-in)\b/i],
  ['accessibility', /\b(screen reader|disabled|accessibility)\b/i],
  ['poolside', /\b(lifeguard|duty manager)\b/i]
]

const SCENARIO_STEP = /^\s*(given|when|then|and|but)\b/i

/**
 * Splits a sample description into its narrative and its criteria: the bullets (or Gherkin
 * scenarios) under "### Acceptance criteria", or else a closing list of bullets.
 */
export function splitSampleDescription(description: string): { narrative: string; criteria: string[] } {
  const lines = description.split('\n')
  const heading = lines.findIndex((l) => /^#+\s*acceptance criteria/i.test(l))
  let start = heading
  if (heading === -1) {
    start = lines.length
    while (start > 0 && lines[start - 1]!.startsWith('- ')) start--
    if (start === lines.length) return { narrative: description, criteria: [] }
  }
  const criteria: string[] = []
  let scenario: string[] = []
  const endScenario = () => {
    if (scenario.length > 0) criteria.push(scenario.join('\n'))
    scenario = []
  }
  for (const line of lines.slice(heading === -1 ? start : start + 1)) {
    if (line.startsWith('- ')) criteria.push(line.slice(2).replace(/\*\*/g, '').trim())
    else if (SCENARIO_STEP.test(line)) scenario.push(line.trim())
    else endScenario()
  }
  endScenario()
  return { narrative: lines.slice(0, start).join('\n').trim(), criteria }
}

export async function seedSampleBacklogDetail(db: Db, productId: number): Promise<void> {
  const items = await db
    .selectFrom('backlog_items as i')
    .innerJoin('workflow_states as s', 's.id', 'i.state_id')
    .select([
      'i.id',
      'i.type',
      'i.title',
      'i.description',
      'i.estimate',
      'i.created_at',
      's.name as state',
      's.category'
    ])
    .where('i.product_id', '=', productId)
    .orderBy('i.rank')
    .execute()
  const itemOf = (start: string) => {
    const item = items.find((i) => i.title.startsWith(start))
    if (!item) throw new Error(`The sample has no item starting “${start}”.`)
    return item
  }
  const byTitle = (start: string) => itemOf(start).id

  const lines = async (kind: 'ready' | 'done', texts: readonly string[]) =>
    db
      .insertInto('definition_criteria')
      .values(
        texts.map((text, position) => ({ product_id: productId, ...definitionColumns.write({ kind, position, text }) }))
      )
      .returning('id')
      .execute()
  const ready = await lines('ready', DEFINITION_OF_READY)
  await lines('done', DEFINITION_OF_DONE)

  for (const [child, parent] of PARENTS) {
    await db
      .updateTable('backlog_items')
      .set({ parent_id: byTitle(parent) })
      .where('id', '=', byTitle(child))
      .execute()
  }
  for (const [title, pattern] of SPLITS) {
    const children = PARENTS.filter(([, parent]) => parent === title).map(([child]) => itemOf(child).created_at)
    // The split made the children, so it happened when the last of them was written.
    await db
      .insertInto('item_splits')
      .values({ item_id: byTitle(title), ...splitColumns.write({ pattern, splitAt: children.sort().at(-1)! }) })
      .execute()
  }
  const createdAt = items
    .map((i) => i.created_at)
    .sort()
    .at(-1)!
  await db
    .insertInto('saved_filters')
    .values({ product_id: productId, ...savedFilterColumns.write({ ...SAVED_FILTER, createdAt }) })
    .execute()
  await db
    .insertInto('product_settings')
    .values({ product_id: productId, ...settingsColumns.write({ estimateScale: 'fibonacci', estimateThreshold: 8 }) })
    .execute()
  const blocked = new Set<number>()
  for (const [blocker, target] of BLOCKS) {
    blocked.add(byTitle(target))
    await db
      .insertInto('item_links')
      .values({ blocker_id: byTitle(blocker), blocked_id: byTitle(target) })
      .execute()
  }

  for (const item of items) {
    const split = splitSampleDescription(item.description)
    const criteria = [...split.criteria, ...(MORE_CRITERIA.find(([start]) => item.title.startsWith(start))?.[1] ?? [])]
    if (criteria.length > 0) {
      await db
        .updateTable('backlog_items')
        .set(itemColumns.patch({ description: split.narrative }))
        .where('id', '=', item.id)
        .execute()
      await writeCriteria(db, item.id, criteria)
    }
    if (item.category === 'done') continue
    const labels = LABELS.filter(([, words]) => words.test(item.title)).map(([name]) => name)
    if (labels.length > 0) await writeLabels(db, productId, item.id, labels)
    // What the team would have ticked in refinement: each line checked against the item as it stands.
    const meets = [
      item.type !== 'story' || /,\s*so (that|I can)\b/i.test(item.title),
      criteria.length > 0,
      item.estimate !== null && item.estimate <= 8,
      !blocked.has(item.id),
      item.state !== 'New'
    ]
    const met = ready.filter((_, index) => meets[index])
    if (met.length > 0)
      await db
        .insertInto('item_ready_checks')
        .values(met.map((line) => ({ item_id: item.id, criterion_id: line.id })))
        .execute()
  }
}
