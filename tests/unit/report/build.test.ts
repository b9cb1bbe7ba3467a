import { describe, expect, it } from 'vitest'
import type { FlowData, FlowItem } from '@shared/api/methods/flow'
import type { SprintReview } from '@shared/api/methods/sprint-reviews'
import type { Sprint } from '@shared/api/methods/sprints'
import { buildReport, inPeriod, renderHtml, type ReportData } from '@shared/domain/report'
import { buildReviewAgenda, reviewLines } from '@shared/domain/sprint-review'
import { emptyVisionContent } from '@shared/domain/vision'
import { workflowState } from '../helpers/workflow-state'

const sprint = (id: number, endDate: string, outcome: Sprint['outcome']): Sprint => ({
  id,
  productId: 1,
  name: `Sprint ${id}`,
  startDate: endDate,
  endDate,
  goal: `Goal ${id}`,
  teamId: null,
  productGoalId: null,
  itemIds: [],
  outcome,
  reviewNotes: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z'
})

const review = (id: number, heldOn: string | null, preparedOn: string): SprintReview => ({
  id,
  productId: 1,
  sprintId: id,
  sprintName: `Sprint ${id}`,
  status: heldOn ? 'held' : 'prepared',
  agenda: buildReviewAgenda({
    preparedOn,
    sprint: {
      name: `Sprint ${id}`,
      startDate: preparedOn,
      endDate: preparedOn,
      goal: `Goal ${id}`,
      outcome: 'met',
      itemIds: []
    },
    items: [],
    productGoal: null,
    forecast: null,
    savedForecast: null,
    measures: []
  }),
  notes: '',
  preparedAt: `${preparedOn}T09:00:00.000Z`,
  heldOn,
  attendees: [{ stakeholderId: 1, name: 'Tom Price', role: 'Duty manager' }],
  feedback: [
    {
      feedbackId: 1,
      reviewId: id,
      sprintId: id,
      sprintName: `Sprint ${id}`,
      on: heldOn ?? preparedOn,
      stakeholderId: 1,
      stakeholderName: 'Tom Price',
      text: 'Phone numbers please',
      createdAt: `${preparedOn}T10:00:00.000Z`,
      itemId: 9,
      itemTitle: 'Phone numbers on the no-show list',
      outcome: 'created'
    }
  ],
  createdAt: `${preparedOn}T09:00:00.000Z`,
  updatedAt: `${preparedOn}T09:00:00.000Z`
})

const data: ReportData = {
  product: { id: 1, name: 'Lanes', description: '' },
  vision: {
    state: { productId: 1, content: emptyVisionContent(), latest: null },
    versions: [],
    goals: [],
    sprints: [
      sprint(1, '2025-01-10', 'met'),
      sprint(2, '2025-02-10', 'not'),
      sprint(3, '2025-03-10', 'partly'),
      sprint(4, '2025-03-11', null)
    ],
    reviews: [review(2, '2025-02-10', '2025-02-09'), review(4, null, '2025-03-11')],
    okrs: [
      {
        id: 1,
        productId: 1,
        title: 'Fill the quiet hours',
        goalId: null,
        keyResults: [
          {
            id: 1,
            title: 'Off-peak bookings',
            baseline: 100,
            target: 200,
            current: 150,
            unit: 'per week',
            progress: 0.5
          }
        ],
        progress: 0.5,
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z'
      }
    ],
    roadmap: {
      productId: 1,
      board: { now: [], next: [], later: [] },
      rows: [
        {
          id: 1,
          productId: 1,
          position: 0,
          timeframe: 'Q2',
          name: 'Lessons',
          goal: 'Parents book lessons online',
          features: ['Levels'],
          metrics: 'Lesson bookings',
          productGoalId: null,
          warnings: []
        }
      ]
    }
  },
  assignments: [
    {
      id: 3,
      track: 'PSPO',
      title: 'Owning the backlog',
      asks: 'Inspect how you manage the product and run one experiment.',
      status: 'Done',
      experiments: [],
      plan: '',
      actions: [
        { on: '2025-01-05', text: 'early' },
        { on: '2025-02-05', text: 'inside' }
      ],
      evidence: [{ kind: 'Note', label: 'n', snapshot: '', linkedAt: '2025-02-06T10:00:00.000Z' }],
      outcome: '',
      reflection: ''
    }
  ],
  progress: [
    {
      trackId: 'pspo',
      total: 8,
      withEvidence: 1,
      done: 1,
      share: 1 / 8,
      targets: [],
      summary: '1 of 8 assignments has evidence'
    },
    {
      trackId: 'cspo',
      total: 65,
      withEvidence: 0,
      done: 0,
      share: 0,
      targets: [],
      summary: '0 of 65 learning goals have evidence'
    }
  ]
}

const options = { id: 'x', generatedAt: '2025-03-12T10:00:00.000Z', author: 'Robin', track: null, period: null }

describe('buildReport', () => {
  it('keeps the chosen sections in report order and says when a section has no data', () => {
    const report = buildReport(data, { ...options, sections: ['assignments', 'ebm', 'vision'] })
    expect(report.sections.map((s) => s.id)).toEqual(['vision', 'ebm', 'assignments'])
    expect(report.sections[1]!.blocks).toEqual([
      { kind: 'note', tone: 'info', text: 'No EBM data was available for this report.' }
    ])
  })

  it('writes a stakeholder’s next contact as a day, with the days overdue counted in words', () => {
    const stakeholder = (id: number, nextContactDue: string, daysOverdue: number) => ({
      id,
      productId: 1,
      name: `Stakeholder ${id}`,
      role: 'Duty manager',
      power: 4,
      interest: 4,
      interests: '',
      cadenceDays: 14,
      lastContactOn: null,
      quadrant: 'manage-closely' as const,
      guidance: 'Manage closely',
      nextContactDue,
      overdue: daysOverdue > 0,
      daysOverdue,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z'
    })
    const customers = {
      personas: [],
      stakeholders: [
        stakeholder(1, '2025-03-11', 1),
        stakeholder(2, '2021-11-28', 1200),
        stakeholder(3, '2025-03-20', 0)
      ]
    }
    const report = buildReport({ ...data, customers }, { ...options, sections: ['customers'] })
    const table = report.sections[0]!.blocks.find((b) => b.kind === 'table' && b.caption.startsWith('Stakeholders'))
    expect(table?.kind === 'table' && table.rows.map((row) => row.at(-1))).toEqual([
      'Tue, 11 Mar 2025 (1 day overdue)',
      'Sun, 28 Nov 2021 (1,200 days overdue)',
      'Thu, 20 Mar 2025'
    ])
  })

  it('reads a review with its days written as every screen writes them, and its feedback counted in words', () => {
    const value = (lines: ReturnType<typeof reviewLines>, label: string) => lines.find((l) => l.label === label)?.value
    const held = reviewLines(review(2, '2025-02-10', '2025-02-09'))
    expect(value(held, 'Status')).toBe('Held on Mon, 10 Feb 2025')
    expect(value(held, 'Feedback')).toBe('1 piece; 1 became new items, 0 changed items')
    expect(value(reviewLines(review(4, null, '2025-03-11')), 'Status')).toBe(
      'Prepared on Tue, 11 Mar 2025, not held yet'
    )
  })

  it('counts only the Sprints judged in the period', () => {
    const judged = (from: string, to: string) => {
      const report = buildReport(data, { ...options, sections: ['vision'], period: { from, to } })
      return report.sections[0]!.blocks.flatMap((b) => (b.kind === 'facts' ? b.facts : [])).find(
        (f) => f.label === 'Met / partly / not met'
      )!.value
    }
    expect(judged('2025-01-01', '2025-12-31')).toBe('1 / 1 / 1')
    expect(judged('2025-02-01', '2025-02-28')).toBe('0 / 0 / 1')
  })

  it('shows the Sprint Reviews of the period: counts, who came, what they said and the items it made', () => {
    const blocksIn = (period: { from: string; to: string } | null) =>
      buildReport(data, { ...options, sections: ['vision'], period }).sections[0]!.blocks
    const facts = (blocks: ReturnType<typeof blocksIn>) => blocks.flatMap((b) => (b.kind === 'facts' ? b.facts : []))
    const all = blocksIn(null)
    expect(facts(all).find((f) => f.label === 'Sprint Reviews')?.value).toBe('2 (1 held)')
    expect(facts(all).find((f) => f.label === 'Items created from feedback')?.value).toBe('2')
    const table = all.find((b) => b.kind === 'table' && b.caption === 'Sprint Reviews in the period')
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['Sprint 2', 'Held Mon, 10 Feb 2025', '1', '1', '1', '0'],
      ['Sprint 4', 'Prepared Tue, 11 Mar 2025', '1', '1', '1', '0']
    ])
    expect(facts(all)).toContainEqual({
      label: 'Tom Price',
      value: 'Phone numbers please → became “Phone numbers on the no-show list”'
    })
    expect(facts(all)).toContainEqual({ label: 'Sprint Goal', value: 'Goal 2 (met)' })
    expect(
      facts(blocksIn({ from: '2025-02-01', to: '2025-02-28' })).find((f) => f.label === 'Sprint Reviews')?.value
    ).toBe('1 (1 held)')
    expect(blocksIn({ from: '2025-01-01', to: '2025-01-31' })).toContainEqual({
      kind: 'note',
      tone: 'info',
      text: 'No Sprint Review was prepared in the period.'
    })
  })

  it('keeps an assignment whole but shows the actions and evidence dated in the period', () => {
    const report = buildReport(data, {
      ...options,
      sections: ['assignments'],
      period: { from: '2025-02-01', to: '2025-02-28' }
    })
    const block = report.sections[0]!.blocks.find((b) => b.kind === 'assignment')!
    expect(block.kind === 'assignment' && block.assignment.actions.map((a) => a.text)).toEqual(['inside'])
    expect(block.kind === 'assignment' && block.assignment.evidence).toHaveLength(1)
  })

  it('shows progress per track above the assignments, and what each assignment asks', () => {
    const blocks = buildReport(data, { ...options, sections: ['assignments'] }).sections[0]!.blocks
    expect(blocks[0]).toEqual({ kind: 'heading', text: 'Progress per track' })
    const table = blocks.find((b) => b.kind === 'table')
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['PSPO', '1', '1', '8', '1 of 8 assignments has evidence'],
      ['CSPO', '0', '0', '65', '0 of 65 learning goals have evidence']
    ])
    const html = renderHtml(buildReport(data, { ...options, sections: ['assignments'] }))
    expect(html).toContain('<strong>What it asks:</strong> Inspect how you manage the product and run one experiment.')
  })

  it('shows the roadmaps and OKRs in the vision section, and says so when there are none', () => {
    const blocks = buildReport(data, { ...options, sections: ['vision'] }).sections[0]!.blocks
    const table = (caption: string) => blocks.find((b) => b.kind === 'table' && b.caption === caption)
    expect(table('Goal-oriented roadmap')).toMatchObject({
      rows: [['Q2', 'Lessons', 'Parents book lessons online', 'Levels', 'Lesson bookings']]
    })
    expect(table('Now / Next / Later')).toBeUndefined()
    expect(table('Objectives and key results')).toMatchObject({
      rows: [['Fill the quiet hours', 'Off-peak bookings', '100 → 150 → 200 per week', '50%', '']]
    })
    const empty = buildReport(
      {
        ...data,
        vision: {
          ...data.vision!,
          okrs: [],
          roadmap: { productId: 1, board: { now: [], next: [], later: [] }, rows: [] }
        }
      },
      { ...options, sections: ['vision'] }
    )
    expect(empty.sections[0]!.blocks).toContainEqual({ kind: 'paragraph', text: 'No roadmap has been drawn yet.' })
    expect(empty.sections[0]!.blocks).toContainEqual({ kind: 'paragraph', text: 'No objective has been set yet.' })
  })

  it('reads a period by calendar day, ends included', () => {
    const period = { from: '2025-02-01', to: '2025-02-28' }
    expect([
      inPeriod(period, '2025-02-28T23:59:00.000Z'),
      inPeriod(period, '2025-03-01'),
      inPeriod(null, null),
      inPeriod(period, null)
    ]).toEqual([true, false, true, false])
  })

  it('gives the flow section the team’s SLE with how it held, the WIP limits, the policies and the days above each limit', () => {
    const item = (id: number, startedOn: string, finishedOn: string | null): FlowItem => ({
      id,
      key: `PB-${id}`,
      title: `Item ${id}`,
      type: 'story',
      estimate: null,
      rank: `a${id}`,
      teamId: null,
      state: finishedOn ? 'Done' : 'Doing',
      stateCategory: finishedOn ? 'done' : 'in_progress',
      arrivedOn: '2025-03-01',
      startedOn,
      finishedOn
    })
    // Cycle times 3, 5 and 12 days; #4 and #5 are still in Doing, with #3 until 03-14: three items on 03-10 to 03-13.
    const items = [
      item(1, '2025-03-01', '2025-03-03'),
      item(2, '2025-03-02', '2025-03-06'),
      item(3, '2025-03-03', '2025-03-14'),
      item(4, '2025-03-10', null),
      item(5, '2025-03-10', null)
    ]
    const flowData: FlowData = {
      today: '2025-03-20',
      calendar: { weekendsOff: true, nonWorkingDays: [] },
      states: [
        workflowState(1, 'Ready', 'todo', null, 'Refined with the team.'),
        workflowState(2, 'Doing', 'in_progress', 2, '', 'Reviewed.'),
        workflowState(3, 'Done', 'done')
      ],
      sle: { percentile: 85, days: 10 },
      teamPolicies: [],
      items,
      transitions: items.flatMap((i) => [
        { itemId: i.id, state: 'Ready', on: '2025-03-01' },
        { itemId: i.id, state: 'Doing', on: i.startedOn! },
        ...(i.finishedOn ? [{ itemId: i.id, state: 'Done', on: i.finishedOn }] : [])
      ])
    }
    const report = buildReport(
      { product: data.product, flow: { data: flowData, forecasts: [] } },
      { ...options, sections: ['flow'], period: { from: '2025-03-01', to: '2025-03-20' } }
    )
    const blocks = report.sections[0]!.blocks
    const facts = new Map(blocks.flatMap((b) => (b.kind === 'facts' ? b.facts : [])).map((f) => [f.label, f.value]))
    expect(facts.get('Service Level Expectation the team chose')).toBe(
      '85% within 10 days; 2 of 3 items finished in the period (66%) kept to it, so it did not hold'
    )
    expect(facts.get('WIP limits')).toBe('Doing 2')
    const table = blocks.find((b) => b.kind === 'table' && b.caption.startsWith('WIP limits'))
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['Ready', 'none', '', 'Refined with the team.', ''],
      ['Doing', '2', '4', '', 'Reviewed.']
    ])
    const chart = blocks.find((b) => b.kind === 'chart' && b.chart.title === 'Cycle time of finished items')
    expect(chart?.kind === 'chart' && chart.chart.markers.map((m) => m.label)).toEqual([
      'SLE 12 d (85th percentile)',
      'Team SLE 10 d (85%)'
    ])
  })
})
