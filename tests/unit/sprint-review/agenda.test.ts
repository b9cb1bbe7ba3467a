import { describe, expect, it } from 'vitest'
import {
  AGENDA_TOP_ITEMS,
  appendNote,
  buildReviewAgenda,
  feedbackNote,
  reviewContactNote,
  type AgendaInput,
  type AgendaSourceItem
} from '@shared/domain/sprint-review'

const item = (
  id: number,
  stateCategory: AgendaSourceItem['stateCategory'],
  finishedOn: string | null = null,
  estimate: number | null = 2
): AgendaSourceItem => ({
  id,
  title: `Item ${id}`,
  estimate,
  stateCategory,
  finishedOn
})

const SPRINT = {
  name: 'Sprint 7',
  startDate: '2026-03-02',
  endDate: '2026-03-15',
  goal: 'Swimmers join a waiting list',
  outcome: null,
  itemIds: [1, 2, 3, 4]
}

function input(overrides: Partial<AgendaInput> = {}): AgendaInput {
  return {
    preparedOn: '2026-03-13',
    sprint: SPRINT,
    items: [
      item(9, 'done', '2026-02-20'),
      item(1, 'done', '2026-03-05', 3),
      item(2, 'done', '2026-03-12', null),
      item(3, 'in_progress'),
      item(4, 'removed'),
      // Finished within the dates without being selected: still part of the Increment.
      item(5, 'done', '2026-03-10', 5),
      item(6, 'todo'),
      item(7, 'todo'),
      item(8, 'todo')
    ],
    productGoal: {
      title: 'Fuller pools',
      measure: 'off-peak occupancy',
      target: '60%',
      targetDate: null,
      itemIds: [1, 3, 4, 6, 9]
    },
    forecast: {
      ok: true,
      items: 2,
      windowDays: 90,
      dates: { 50: '2026-03-20', 70: '2026-03-24', 85: '2026-03-27', 95: '2026-04-02' }
    },
    savedForecast: null,
    measures: [],
    ...overrides
  }
}

describe('buildReviewAgenda', () => {
  it('shows the Increment: items done within the Sprint, and selected ones that go back to the backlog', () => {
    const { increment } = buildReviewAgenda(input())
    expect(increment.done).toEqual([
      { title: 'Item 1', estimate: 3 },
      { title: 'Item 2', estimate: null },
      { title: 'Item 5', estimate: 5 }
    ])
    // The removed item is neither done nor sent back.
    expect(increment.notDone.map((i) => i.title)).toEqual(['Item 3'])
    expect(increment.points).toBe(8)
    expect(increment.sentence).toBe(
      '3 items met the Definition of Done in this Sprint (8 points); 1 selected item did not and goes back to the Product Backlog. Only done work is part of the Increment shown to the stakeholders (Scrum Guide 2020, “Increment”).'
    )
  })

  it('says the review is a working session that adapts the Product Backlog, citing the Scrum Guide', () => {
    const agenda = buildReviewAgenda(input())
    expect(agenda.purpose).toMatch(/working session with the stakeholders, not a presentation/)
    expect(agenda.purpose).toMatch(/changes the Product Backlog \(Scrum Guide 2020, “Sprint Review”\)\.$/)
    expect(agenda.questions.length).toBeGreaterThan(0)
  })

  it('reports progress towards the Product Goal, leaving removed items out', () => {
    const { productGoal } = buildReviewAgenda(input())
    expect(productGoal).toMatchObject({ title: 'Fuller pools', done: 2, open: 2 })
    expect(productGoal!.sentence).toMatch(/^2 of 4 items serving it are done, 2 open\./)
  })

  it('puts the forecast in words, as a range with its history window', () => {
    const { forecast } = buildReviewAgenda(input())
    expect(forecast.dates?.[85]).toBe('2026-03-27')
    expect(forecast.sentence).toBe(
      'The 2 open items serving the Product Goal: 85% likely done on or before 2026-03-27 (50%: 2026-03-20, 95%: 2026-04-02), resampling the last 90 days of throughput. A range, not a promise: it moves with every Sprint.'
    )
    expect(
      buildReviewAgenda(input({ forecast: { ok: false, reason: 'Too few days with finished work.' } })).forecast
    ).toEqual({
      sentence: "No forecast for the Product Goal's open items: Too few days with finished work.",
      dates: null
    })
    expect(buildReviewAgenda(input({ forecast: null })).forecast.sentence).toMatch(/nothing to forecast/)
    const withoutGoal = buildReviewAgenda(input({ productGoal: null, forecast: null }))
    expect(withoutGoal.productGoal).toBeNull()
    expect(withoutGoal.forecast.sentence).toMatch(/^Without a Product Goal/)
  })

  it('shows what comes next: the top open items in backlog order', () => {
    const items = [...Array.from({ length: 8 }, (_, i) => item(100 + i, 'todo')), item(1, 'done', '2026-03-05')]
    const { nextUp } = buildReviewAgenda(input({ items }))
    expect(nextUp.map((i) => i.title)).toEqual(
      ['Item 100', 'Item 101', 'Item 102', 'Item 103', 'Item 104'].slice(0, AGENDA_TOP_ITEMS)
    )
  })

  it('lists the measures that moved during the Sprint, and whether for the better', () => {
    const measure = (id: number, direction: 'higher' | 'lower', values: Array<[string, number]>) => ({
      name: `Measure ${id}`,
      unit: '%',
      area: 'current-value' as const,
      direction,
      values: values.map(([date, value]) => ({ date, value }))
    })
    const { measures } = buildReviewAgenda(
      input({
        measures: [
          measure(1, 'higher', [
            ['2026-03-10', 40],
            ['2026-02-01', 30],
            ['2026-03-03', 35]
          ]),
          measure(2, 'lower', [
            ['2026-03-04', 12],
            ['2026-03-14', 15]
          ]),
          // No value in the Sprint, or no change: not on the agenda.
          measure(3, 'higher', [
            ['2026-02-01', 1],
            ['2026-03-20', 9]
          ]),
          measure(4, 'higher', [
            ['2026-02-27', 5],
            ['2026-03-09', 5]
          ])
        ]
      })
    )
    expect(measures).toEqual([
      {
        name: 'Measure 1',
        unit: '%',
        area: 'current-value',
        from: 30,
        to: 40,
        fromDate: '2026-02-01',
        toDate: '2026-03-10',
        better: true
      },
      {
        name: 'Measure 2',
        unit: '%',
        area: 'current-value',
        from: 12,
        to: 15,
        fromDate: '2026-03-04',
        toDate: '2026-03-14',
        better: false
      }
    ])
  })

  it('asks for the Sprint Goal to be judged, or says how it was judged', () => {
    expect(buildReviewAgenda(input()).sprintGoal.sentence).toMatch(/^Judge the Sprint Goal/)
    expect(buildReviewAgenda(input({ sprint: { ...SPRINT, outcome: 'partly' } })).sprintGoal.sentence).toMatch(
      /^Judged partly met/
    )
    expect(buildReviewAgenda(input({ sprint: { ...SPRINT, goal: ' ' } })).sprintGoal.sentence).toMatch(
      /^The Sprint had no Sprint Goal/
    )
  })
})

describe('feedback texts', () => {
  it('names who asked in the item notes, a blank line after what was there', () => {
    const line = feedbackNote({
      stakeholder: 'Tom Price',
      sprint: 'Sprint 6',
      on: '2026-03-13',
      text: 'Phone numbers please'
    })
    expect(line).toBe('Tom Price at the Sprint Review of Sprint 6 (2026-03-13): Phone numbers please')
    expect(appendNote('  ', line)).toBe(line)
    expect(appendNote('Earlier notes\n', line)).toBe(`Earlier notes\n\n${line}`)
  })

  it('keeps a contact note within the log’s limit', () => {
    expect(reviewContactNote('Sprint 6', [])).toBe('Sprint Review of Sprint 6.')
    expect(reviewContactNote('Sprint 6', ['a', 'b'])).toBe('Sprint Review of Sprint 6: a / b')
    const long = reviewContactNote('Sprint 6', ['x'.repeat(50)], 30)
    expect(long).toHaveLength(30)
    expect(long.endsWith('…')).toBe(true)
  })
})
