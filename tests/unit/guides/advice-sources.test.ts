import { describe, expect, it } from 'vitest'
import { FINDING_SOURCES } from '../../../src/shared/domain/deep/sources'
import { assessDetailed, type HealthItem } from '@shared/domain/deep'
import { BLIND_SPOT_RULES, coverage, type CoverageInput } from '@shared/domain/ebm'
import { REFINEMENT_TIPS } from '@shared/domain/estimation'
import { COMPLEMENTARY_PRACTICE, GUIDES, allCitations, cite } from '@shared/domain/guides'
import { INVEST_LETTERS, INVEST_SOURCES, checkInvest } from '@shared/domain/invest'
import { unconfirmedDoneMessage } from '@shared/domain/teams'
import { activationBlocker, sprintOutcomeStats, sprintProblems, type SprintOutcome } from '@shared/domain/vision'
import { boardView } from '../../../src/renderer/src/features/flow/shape/board'

/**
 * Every place PO Studio suggests practice names the guide and section it follows, so a graduate can
 * look it up: a text carries one of the references `cite` makes (a real guide, a real section).
 */
const CITATIONS = allCitations()
const citesAGuide = (text: string) => CITATIONS.some((citation) => text.includes(citation))
function expectCited(texts: readonly string[]) {
  expect(texts.length).toBeGreaterThan(0)
  for (const text of texts) expect(citesAGuide(text), text).toBe(true)
}

describe('guide references', () => {
  it('are made only of the guides’ titles and sections, one per section', () => {
    const sections = Object.values(GUIDES).reduce((sum, guide) => sum + Object.keys(guide.sections).length, 0)
    expect(new Set(CITATIONS).size).toBe(sections)
    expect(cite('kanban', 'workflow')).toBe('Kanban Guide 2020, “Defining and Visualizing the Workflow”')
    expect(citesAGuide('Do this (Scrum Guide 2020, “The Daily Scrum”).')).toBe(false)
  })
})

describe('advice that names its source', () => {
  it('DEEP health: every rule’s next step has a source, and findings carry it', () => {
    expectCited(Object.values(FINDING_SOURCES))
    const item = (id: number, fields: Partial<HealthItem>): HealthItem => ({
      id,
      title: `Item ${id}`,
      type: 'story',
      estimate: 3,
      rank: `a${id}`,
      open: true,
      criteriaCount: 2,
      ready: true,
      parentId: null,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      goalId: null,
      ...fields
    })
    const health = assessDetailed({
      top: [item(1, { criteriaCount: 0, estimate: 13, ready: false }), item(2, { estimate: null })],
      below: [],
      readyLines: 0,
      estimateThreshold: 8
    })
    expect(health.findings.length).toBeGreaterThan(1)
    expectCited(health.findings.map((f) => f.source))
  })

  it('the Definition of Ready, marked as an optional practice', () => {
    expectCited(Object.values(COMPLEMENTARY_PRACTICE))
  })

  it('INVEST: every letter’s fixes name the part of the guides they serve', () => {
    expectCited(INVEST_LETTERS.map((letter) => INVEST_SOURCES[letter]))
    const report = checkInvest({
      text: 'Manage users and export reports',
      criteria: [],
      estimate: 40,
      estimateThreshold: 8,
      blockedBy: 2,
      otherTitles: ['Manage users and export reports!']
    })
    expect(new Set(report.findings.map((f) => f.letter)).size).toBeGreaterThan(3)
    expectCited(report.findings.map((f) => f.source))
  })

  it('refinement tips: splitting, Planning Poker, bucket estimation and the items not ready', () => {
    expectCited(Object.values(REFINEMENT_TIPS))
  })

  it('guardrails: the Sprint rules, done means done, one Product Goal at a time', () => {
    const others = [{ id: 1, name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-15' }]
    const problems = [
      ...sprintProblems({ startDate: '2026-04-01', endDate: '2026-05-10', goal: 'A goal' }, [], '2026-03-10'),
      ...sprintProblems({ startDate: '2026-03-10', endDate: '2026-03-20', goal: 'A goal' }, others, '2026-03-10'),
      ...sprintProblems({ startDate: '2026-03-01', endDate: '2026-03-14', goal: '' }, [], '2026-03-10')
    ]
    expect(problems.map((p) => p.field).sort()).toEqual(['endDate', 'goal', 'startDate'])
    expectCited(problems.map((p) => p.message))
    expectCited([unconfirmedDoneMessage('Item 7', 'Done', [{ id: 1, text: 'Reviewed', teamId: null }], null)])
    const active = { id: 1, title: 'Half of bookings online', status: 'active' as const }
    expectCited([activationBlocker({ id: 2, title: 'Fewer no-shows', status: 'draft' }, [active])!])
  })

  it('Sprint Goal statistics, whatever the record', () => {
    const judged = (outcomes: SprintOutcome[]) =>
      outcomes.map((outcome, i) => ({
        id: i + 1,
        name: `Sprint ${i + 1}`,
        endDate: `2026-0${1 + Math.floor(i / 3)}-1${i % 3}`,
        outcome
      }))
    const records: SprintOutcome[][] = [
      ['met'],
      ['met', 'met', 'met', 'met', 'met'],
      ['met', 'met', 'partly', 'not', 'met'],
      ['not', 'not', 'partly', 'not', 'met']
    ]
    const sentences = records.map((record) => sprintOutcomeStats(judged(record)).sentence)
    expect(new Set(sentences).size).toBe(records.length)
    expectCited(sentences)
  })

  it('EBM blind spots, every rule', () => {
    let id = 1
    const measure = (fields: Partial<CoverageInput> & Pick<CoverageInput, 'area'>): CoverageInput => ({
      id: id++,
      name: `Measure ${id}`,
      category: 'output',
      indicator: 'lagging',
      automatic: false,
      latest: { date: '2024-01-01', value: 1 },
      ...fields
    })
    const result = coverage(
      [
        measure({ area: 'current-value' }),
        measure({ area: 'time-to-market', latest: null }),
        measure({ area: 'time-to-market', latest: null, automatic: true }),
        measure({ area: 'ability-to-innovate' })
      ],
      '2026-03-10',
      90
    )
    expect(new Set(result.blindSpots.map((b) => b.rule))).toEqual(new Set(BLIND_SPOT_RULES))
    expectCited(result.blindSpots.map((b) => b.reason))
  })

  it('Kanban hints on the board: a state over its WIP limit and the alert above the columns', () => {
    const state = (id: number, name: string, category: 'todo' | 'in_progress' | 'done', wipLimit: number | null) => ({
      id,
      productId: 1,
      name,
      category,
      position: id,
      wipLimit,
      entryPolicy: '',
      exitPolicy: ''
    })
    const item = (id: number) => ({
      id,
      title: `Item ${id}`,
      state: 'Doing',
      stateCategory: 'in_progress' as const,
      startedOn: '2026-03-01',
      finishedOn: null
    })
    const board = boardView({
      states: [state(1, 'Doing', 'in_progress', 1), state(2, 'Done', 'done', null)],
      items: [item(1), item(2)] as never,
      today: '2026-03-10',
      sle: null
    })
    expectCited([board.columns[0]!.warning!, board.alert!])
  })
})
