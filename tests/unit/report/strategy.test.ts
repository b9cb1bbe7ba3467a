import { describe, expect, it } from 'vitest'
import type { CanvasState, CompetitorBoard, CostSheet, Influence } from '@shared/api/methods/strategy'
import { costBlocks, strategyBlocks } from '@shared/domain/report/build/strategy'
import { costTotals, emptyCanvasContent } from '@shared/domain/strategy'

const board = (over: Partial<CompetitorBoard> = {}): CompetitorBoard => ({
  productId: 1,
  productName: 'Lanes',
  competitors: [],
  criteria: [],
  totals: [],
  leaders: [],
  ...over
})

const swot: CanvasState = {
  canvas: {
    id: 1,
    productId: 1,
    kind: 'swot',
    title: 'This year',
    personaId: null,
    personaName: null,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    latest: {
      id: 4,
      canvasId: 1,
      number: 2,
      reason: 'Budget round',
      savedAt: '2025-03-01T09:00:00.000Z',
      changedFields: ['threats']
    },
    versionCount: 2
  },
  content: { ...emptyCanvasContent('swot'), threats: 'A national app' }
}

describe('strategy in the report', () => {
  it('shows each saved canvas block by block, says when nothing is there, and tables the comparison with totals', () => {
    const unsaved = { ...swot, canvas: { ...swot.canvas, id: 2, latest: null, versionCount: 0 } }
    const blocks = strategyBlocks({
      canvases: [swot, unsaved],
      competitors: board({
        criteria: [{ id: 10, productId: 1, name: 'Price', weight: 3, ownScore: 4 }],
        competitors: [
          {
            id: 5,
            productId: 1,
            name: 'SwimBook',
            offer: '',
            strengths: '',
            weaknesses: '',
            positioning: '',
            scores: [],
            createdAt: 'x',
            updatedAt: 'x'
          }
        ],
        totals: [
          { id: null, name: 'Lanes', total: 12, possible: 15, share: 0.8, rank: 1, unscored: [] },
          { id: 5, name: 'SwimBook', total: 0, possible: 15, share: 0, rank: 2, unscored: ['Price'] }
        ]
      })
    })
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'SWOT analysis: This year (version 2 of Sat, 1 Mar 2025: Budget round)'
    })
    expect(blocks[2]).toEqual({
      kind: 'facts',
      facts: [
        { label: 'Strengths', value: '—' },
        { label: 'Weaknesses', value: '—' },
        { label: 'Opportunities', value: '—' },
        { label: 'Threats', value: 'A national app' }
      ]
    })
    expect(blocks[3]).toMatchObject({
      kind: 'table',
      columns: ['Criterion', 'Weight', 'Lanes', 'SwimBook'],
      rows: [
        ['Price', '×3', '4', '—'],
        ['Weighted total', '', '12 of 15 (rank 1)', '0 of 15 (rank 2)']
      ]
    })
    expect(strategyBlocks({ canvases: [], competitors: board() }).filter((b) => b.kind === 'note')).toHaveLength(2)
  })

  it('tables the influences from the one needing most attention, with the advice of each quadrant that holds one', () => {
    const factor = (
      id: number,
      name: string,
      predictability: number,
      control: number,
      quadrant: Influence['quadrant']
    ): Influence => ({
      id,
      productId: 1,
      name,
      note: '',
      predictability,
      control,
      quadrant,
      createdAt: 'x',
      updatedAt: 'x'
    })
    const blocks = strategyBlocks({
      canvases: [],
      competitors: board(),
      influences: {
        productId: 1,
        influences: [factor(1, 'Council budget', 2, 1, 'adapt'), factor(2, 'Release pipeline', 5, 5, 'plan')]
      }
    })
    const table = blocks.find((b) => b.kind === 'table' && b.caption.startsWith('Influences'))
    expect(table).toMatchObject({
      columns: ['Factor', 'Predictability', 'Control', 'Quadrant', 'Note'],
      rows: [
        ['Council budget', '2', '1', 'Sense and adapt', ''],
        ['Release pipeline', '5', '5', 'Plan on it', '']
      ]
    })
    const advice = blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))
    expect(advice).toHaveLength(2)
    expect(advice[0]).toMatch(/^Plan on it \(predictable, in our control\): .*\(Scrum Guide 2020, “Scrum Theory”\)\.$/)
    expect(advice[1]).toMatch(/^Sense and adapt \(unpredictable, outside our control\): /)
    const none = strategyBlocks({ canvases: [], competitors: board(), influences: { productId: 1, influences: [] } })
    expect(none.at(-1)).toEqual({ kind: 'note', tone: 'info', text: 'No influences on delivering value rated yet.' })
    // Data gathered before influences existed has none to show, and says nothing about them.
    expect(strategyBlocks({ canvases: [], competitors: board() })).toHaveLength(3)
  })

  it('gives the cost of ownership with its totals and the guide it follows', () => {
    const items = [
      {
        id: 1,
        productId: 1,
        category: 'run' as const,
        name: 'Hosting',
        amount: 500,
        period: 'monthly' as const,
        note: '',
        createdAt: 'x',
        updatedAt: 'x'
      }
    ]
    const sheet: CostSheet = {
      productId: 1,
      items,
      totals: costTotals(items),
      context: ['Why (EBM Guide 2024, “Current Value”).']
    }
    const blocks = costBlocks(sheet)
    expect(blocks[1]).toEqual({
      kind: 'facts',
      facts: [
        { label: 'Recurring, over a year', value: '6,000' },
        { label: 'One-off', value: '0' },
        { label: 'First year with one-off costs', value: '6,000' }
      ]
    })
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Why (EBM Guide 2024, “Current Value”).' })
    expect(costBlocks({ ...sheet, items: [] })[1]).toMatchObject({ kind: 'note' })
  })
})
