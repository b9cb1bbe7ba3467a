import { describe, expect, it } from 'vitest'
import {
  assessBacklogHealth,
  assessDetailed,
  assessEmergent,
  assessEstimated,
  assessPrioritised,
  chooseTopCount,
  letterRating,
  ratingOf,
  summariseInvest,
  topOpenItems,
  type Finding,
  type HealthInput,
  type HealthItem
} from '@shared/domain/deep'
import type { FlowItem } from '@shared/domain/flow'

const NOW = '2025-03-12T10:30:00.000Z'
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString()

let nextId = 1
function item(fields: Partial<HealthItem> = {}): HealthItem {
  const id = fields.id ?? nextId++
  return {
    id,
    title: `Item ${id}`,
    type: 'story',
    estimate: 3,
    rank: `a${String(id).padStart(5, '0')}`,
    open: true,
    criteriaCount: 2,
    ready: true,
    parentId: null,
    createdAt: daysAgo(60),
    updatedAt: daysAgo(10),
    goalId: null,
    ...fields
  }
}
const many = (count: number, fields: Partial<HealthItem> = {}) => Array.from({ length: count }, () => item(fields))
const findingOf = (letter: { findings: Finding[] }, rule: string) => letter.findings.find((f) => f.rule === rule)

describe('ratings', () => {
  it('reads 80+ as good, 50-79 as attention, below as poor', () => {
    expect([ratingOf(100), ratingOf(80), ratingOf(79), ratingOf(50), ratingOf(49)]).toEqual([
      'good',
      'good',
      'attention',
      'attention',
      'poor'
    ])
  })
  it('lets the worst finding pull a good score down, never info', () => {
    const f = (severity: 'info' | 'attention' | 'poor') => ({
      rule: 'x',
      severity,
      evidence: '',
      nextStep: '',
      source: '',
      itemIds: [],
      itemCount: 0
    })
    expect(letterRating(95, [f('info')])).toBe('good')
    expect(letterRating(95, [f('attention')])).toBe('attention')
    expect(letterRating(60, [f('poor')])).toBe('poor')
  })
})

describe('the number of top items', () => {
  const today = '2025-03-12'
  it('uses the requested number', () => {
    expect(chooseTopCount({ requested: 7, today, finishedOn: [], sprintDays: null })).toMatchObject({
      count: 7,
      basis: 'requested'
    })
  })
  it('falls back to 20 without enough finished work', () => {
    expect(chooseTopCount({ today, finishedOn: ['2025-03-01', '2025-03-02'], sprintDays: 14 })).toMatchObject({
      count: 20,
      basis: 'default'
    })
  })
  it('is two Sprints of recent throughput, ignoring finishes before the window', () => {
    // 28 finishes in 56 days = 0.5 a day; two 14-day Sprints = 14 items.
    const finishedOn = [...Array.from({ length: 28 }, () => '2025-03-01'), '2024-01-01']
    const choice = chooseTopCount({ today, finishedOn, sprintDays: 14 })
    expect(choice).toMatchObject({ count: 14, basis: 'throughput' })
    expect(choice.explanation).toContain('28 items finished')
    expect(chooseTopCount({ today, finishedOn, sprintDays: null }).explanation).toContain('assuming two-week Sprints')
  })
  it('stays between 5 and 100', () => {
    expect(chooseTopCount({ today, finishedOn: Array(4).fill(today), sprintDays: 7 }).count).toBe(5)
    expect(chooseTopCount({ today, finishedOn: Array(5000).fill(today), sprintDays: 14 }).count).toBe(100)
  })
})

describe('Detailed appropriately', () => {
  it('scores the share of top items without gaps and names each gap', () => {
    const top = [item(), item({ criteriaCount: 0 }), item({ ready: false }), item({ estimate: 13 })]
    const health = assessDetailed({ top, below: [], readyLines: 3, estimateThreshold: 8 })
    expect(health.score).toBe(50)
    expect(health.rating).toBe('attention')
    expect(findingOf(health, 'no-criteria')).toMatchObject({ itemIds: [top[1]!.id], severity: 'attention' })
    expect(findingOf(health, 'not-ready')).toMatchObject({ itemIds: [top[2]!.id], severity: 'info' })
    expect(findingOf(health, 'too-big')).toMatchObject({ itemIds: [top[3]!.id] })
    expect(findingOf(health, 'too-big')!.nextStep).toContain('8 or less')
  })
  it('does not count an estimate at the threshold as too big', () => {
    const health = assessDetailed({ top: [item({ estimate: 8 })], below: [], readyLines: 1, estimateThreshold: 8 })
    expect(health).toMatchObject({ score: 100, rating: 'good' })
    expect(findingOf(health, 'top-detailed')).toBeDefined()
  })
  it('treats the Definition of Ready as an optional practice: without one the letter can still be good, with a hint', () => {
    const without = assessDetailed({ top: [item({ ready: false })], below: [], readyLines: 0, estimateThreshold: 8 })
    const withOne = assessDetailed({ top: [item({ ready: false })], below: [], readyLines: 2, estimateThreshold: 8 })
    for (const health of [without, withOne]) expect(health).toMatchObject({ score: 100, rating: 'good' })
    const hint = findingOf(without, 'no-definition-of-ready')
    expect(hint).toMatchObject({ severity: 'info' })
    expect(hint!.evidence).toContain('not part of Scrum')
    expect(hint!.evidence).toContain('Scrum Guide 2020')
    expect(findingOf(without, 'not-ready')).toBeUndefined()
  })
  it('says coarse lower items are fine', () => {
    const below = [item({ criteriaCount: 0, estimate: null }), item()]
    const coarse = findingOf(
      assessDetailed({ top: [item()], below, readyLines: 1, estimateThreshold: 8 }),
      'coarse-below'
    )
    expect(coarse).toMatchObject({ severity: 'info' })
    expect(coarse!.evidence).toContain('1 of 2 items')
  })
  it('has nothing to judge without open items', () => {
    expect(assessDetailed({ top: [], below: [], readyLines: 1, estimateThreshold: 8 })).toMatchObject({
      score: null,
      rating: null
    })
  })
})

describe('Estimated', () => {
  it('scores the share of top items with an estimate', () => {
    const top = [item(), item(), item({ estimate: null }), item()]
    const health = assessEstimated(top, [item({ estimate: null })])
    expect(health).toMatchObject({ score: 75, rating: 'attention' })
    expect(findingOf(health, 'unestimated')!.itemIds).toEqual([top[2]!.id])
    expect(findingOf(health, 'estimated-below')!.evidence).toContain('0 of 1 item')
  })
})

describe('Emergent', () => {
  const flow: FlowItem[] = []
  it('counts what was added, changed, split and removed in 30 days, and what was left alone for 180', () => {
    const parent = item({ createdAt: daysAgo(90), updatedAt: daysAgo(2) })
    const child = item({ parentId: parent.id, createdAt: daysAgo(2), updatedAt: daysAgo(2) })
    const old = item({ createdAt: daysAgo(400), updatedAt: daysAgo(200) })
    const untouchedDone = item({ open: false, createdAt: daysAgo(400), updatedAt: daysAgo(300) })
    const quiet = item({ createdAt: daysAgo(90), updatedAt: daysAgo(45) })
    const removed = [
      { id: 900, title: 'Gone', createdAt: daysAgo(5), deletedAt: daysAgo(1) },
      { id: 901, title: 'Long gone', createdAt: daysAgo(300), deletedAt: daysAgo(100) }
    ]
    const health = assessEmergent({
      items: [parent, child, old, untouchedDone, quiet],
      removed,
      flowItems: flow,
      now: NOW
    })
    expect(findingOf(health, 'added')!.itemIds).toEqual([child.id, 900])
    expect(findingOf(health, 'changed')!.itemIds).toEqual([parent.id])
    expect(findingOf(health, 'split')!.itemIds).toEqual([parent.id])
    expect(findingOf(health, 'removed')!.itemIds).toEqual([900])
    expect(findingOf(health, 'untouched')).toMatchObject({ itemIds: [old.id], severity: 'attention' })
    expect(health.score).toBe(75)
    expect(health.summary).toContain('2 added, 1 changed, 1 split, 1 removed; 1 untouched')
  })
  it('calls a month without any change poor', () => {
    const health = assessEmergent({
      items: [item({ createdAt: daysAgo(90), updatedAt: daysAgo(40) })],
      removed: [],
      flowItems: flow,
      now: NOW
    })
    expect(health.score).toBe(100)
    expect(health.rating).toBe('poor')
    expect(findingOf(health, 'no-change')).toBeDefined()
  })
  it('charts twelve weeks of arrivals and departures and flags a backlog that outgrows the team', () => {
    const flowItems: FlowItem[] = Array.from({ length: 12 }, (_, i) => ({
      id: i + 1,
      arrivedOn: '2025-03-03',
      startedOn: null,
      finishedOn: i < 2 ? '2025-03-04' : null,
      state: 'New',
      stateCategory: i < 2 ? 'done' : 'todo'
    }))
    const health = assessEmergent({ items: [item()], removed: [], flowItems, now: NOW })
    expect(health.weekly).toHaveLength(12)
    expect(health.weekly[0]!.period).toBe('2024-12-23')
    expect(health.weekly.at(-2)).toEqual({ period: '2025-03-03', arrivals: 12, departures: 2 })
    expect(findingOf(health, 'arrivals-departures')).toMatchObject({ severity: 'attention' })
  })
})

describe('Prioritised', () => {
  const goals = [{ id: 1, title: 'Faster checkout', status: 'active' as const }]
  it('finds items sharing a place', () => {
    const a = item({ rank: 'a1' })
    const b = item({ rank: 'a1' })
    const health = assessPrioritised([a, b, item({ rank: 'a2' }), item({ rank: 'a3' })], 20, [])
    expect(findingOf(health, 'tied-places')!.itemIds).toEqual([a.id, b.id])
    expect(health).toMatchObject({ score: 50, rating: 'attention' })
    expect(findingOf(health, 'no-goals')).toBeDefined()
  })
  it('checks the top items against the active Product Goal', () => {
    const serving = many(3, { goalId: 1 })
    const other = item({ goalId: null })
    const health = assessPrioritised([...serving, other, item()], 4, goals)
    expect(findingOf(health, 'off-goal')).toMatchObject({ itemIds: [other.id], severity: 'info' })
    expect(health.score).toBe(88)
    expect(health.summary).toContain('3 of the top 4 serve')
  })
  it('asks for an active goal when goals exist but none is active', () => {
    const health = assessPrioritised([item()], 20, [{ id: 2, title: 'Old', status: 'achieved' }])
    expect(health.rating).toBe('attention')
    expect(findingOf(health, 'no-active-goal')).toBeDefined()
  })
})

describe('INVEST summary', () => {
  it('counts the items failing or warning on each letter', () => {
    const summary = summariseInvest(
      [
        {
          id: 1,
          title: 'As a buyer, I want to pay by card, so that I can finish my order',
          type: 'story',
          criteria: ['Paid'],
          estimate: 3,
          blockedByCount: 0
        },
        { id: 2, title: 'Make search fast', type: 'story', criteria: [], estimate: null, blockedByCount: 1 }
      ],
      8
    )
    const letter = (l: string) => summary.letters.find((s) => s.letter === l)!
    expect(summary.checked).toBe(2)
    expect(letter('E').itemIds).toEqual([2])
    expect(letter('T').itemIds).toEqual([2])
    expect(letter('I').itemIds).toEqual([2])
    expect(letter('V').itemIds).toEqual([2])
    expect(letter('T').failing + letter('T').warning).toBe(1)
  })
})

describe('the whole view', () => {
  const input = (items: HealthItem[], count = 2): HealthInput => ({
    items,
    removed: [{ id: 99, title: 'Dropped', createdAt: daysAgo(50), deletedAt: daysAgo(3) }],
    flowItems: [],
    goals: [],
    readyLines: 1,
    estimateThreshold: 8,
    top: { count, basis: 'requested', explanation: '' },
    now: NOW,
    invest: { checked: 1, letters: [{ letter: 'E', name: 'Estimable', failing: 1, warning: 0, itemIds: [77] }] }
  })
  it('takes the top from open items only and names every item a finding lists', () => {
    const done = item({ open: false })
    const a = item({ criteriaCount: 0 })
    const b = item()
    const c = item({ estimate: null })
    const health = assessBacklogHealth(input([done, a, b, c]))
    expect(topOpenItems([done, a, b, c], 2).map((i) => i.id)).toEqual([a.id, b.id])
    expect(health.openCount).toBe(3)
    expect(health.letters.map((l) => l.letter)).toEqual(['detailed', 'estimated', 'emergent', 'prioritised'])
    expect(health.letters[1]!.score).toBe(100)
    expect(health.items).toContainEqual({ id: a.id, title: a.title, position: 1, removed: false })
    expect(health.items).toContainEqual({ id: 99, title: 'Dropped', position: null, removed: true })
    // Items the INVEST summary names are described too.
    const named = assessBacklogHealth(input([item({ id: 77, title: 'Vague' })]))
    expect(named.items).toContainEqual({ id: 77, title: 'Vague', position: 1, removed: false })
  })
  it('has no scores for an empty backlog', () => {
    const health = assessBacklogHealth(input([]))
    expect(health.openCount).toBe(0)
    expect(health.letters.map((l) => l.score)).toEqual([null, null, null, null])
  })
})

describe('sources of the advice', () => {
  it('names the guide and section a finding follows, also for a technique the guide leaves to the team', () => {
    const health = assessDetailed({
      top: [item({ criteriaCount: 0, estimate: 13 })],
      below: [],
      readyLines: 0,
      estimateThreshold: 8
    })
    expect(findingOf(health, 'too-big')!.source).toBe('Scrum Guide 2020, “Product Backlog”')
    expect(findingOf(health, 'no-criteria')!.source).toBe('Scrum Guide 2020, “Product Backlog”')
  })
})
