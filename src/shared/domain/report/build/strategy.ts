import type { CanvasState, CompetitorBoard, CostSheet } from '../../../api/methods/strategy'
import { formatNumber } from '../../ebm/format'
import { CANVAS_KIND_LABELS, canvasBlockValue, canvasFieldRefs } from '../../strategy/canvases'
import { COST_CATEGORY_LABELS, COST_PERIOD_LABELS } from '../../strategy/costs'
import type { ReportBlock } from '../document'
import { formatDay } from '../period'

export interface ReportStrategy {
  canvases: CanvasState[]
  competitors: CompetitorBoard
}

/**
 * The strategy as it stands: each canvas's latest version block by block (a coach reads the
 * history in the app or in linked evidence), then the comparison with the competitors.
 */
export function strategyBlocks({ canvases, competitors }: ReportStrategy): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Strategy' }]
  const saved = canvases.filter((c) => c.canvas.latest !== null)
  if (saved.length === 0)
    blocks.push({
      kind: 'note',
      tone: 'info',
      text: 'No Business Model Canvas, Value Proposition Canvas or SWOT analysis was saved yet.'
    })
  for (const { canvas, content } of saved) {
    const latest = canvas.latest!
    const forWhom = canvas.personaName ? `, for ${canvas.personaName}` : ''
    blocks.push({
      kind: 'paragraph',
      text: `${CANVAS_KIND_LABELS[canvas.kind]}: ${canvas.title}${forWhom} (version ${latest.number} of ${formatDay(latest.savedAt.slice(0, 10))}: ${latest.reason})`
    })
    blocks.push({
      kind: 'facts',
      facts: canvasFieldRefs(canvas.kind).map((ref) => ({
        label: ref.label,
        value: canvasBlockValue(content, ref) || '—'
      }))
    })
  }
  if (competitors.criteria.length === 0 || competitors.competitors.length === 0) {
    blocks.push({ kind: 'note', tone: 'info', text: 'No competitors compared on criteria yet.' })
    return blocks
  }
  const scoreOf = (criterionId: number, competitorId: number) =>
    competitors.competitors.find((c) => c.id === competitorId)?.scores.find((s) => s.criterionId === criterionId)?.score
  blocks.push({
    kind: 'table',
    caption: 'Comparison with the competitors (scores 1-5, multiplied by each criterion’s weight)',
    columns: ['Criterion', 'Weight', competitors.productName, ...competitors.competitors.map((c) => c.name)],
    rows: [
      ...competitors.criteria.map((criterion) => [
        criterion.name,
        `×${criterion.weight}`,
        String(criterion.ownScore ?? '—'),
        ...competitors.competitors.map((c) => String(scoreOf(criterion.id, c.id) ?? '—'))
      ]),
      ['Weighted total', '', ...competitors.totals.map((t) => `${t.total} of ${t.possible} (rank ${t.rank})`)]
    ]
  })
  return blocks
}

/** The cost of ownership beside the measures: the items, then the totals and why they matter. */
export function costBlocks(costs: CostSheet): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Total cost of ownership' }]
  if (costs.items.length === 0) {
    blocks.push({ kind: 'note', tone: 'info', text: 'No cost items recorded yet.' })
    return blocks
  }
  blocks.push({
    kind: 'facts',
    facts: [
      { label: 'Recurring, over a year', value: formatNumber(costs.totals.yearly) },
      { label: 'One-off', value: formatNumber(costs.totals.oneOff) },
      { label: 'First year with one-off costs', value: formatNumber(costs.totals.firstYear) }
    ]
  })
  blocks.push({
    kind: 'table',
    caption: 'Cost items',
    columns: ['Cost', 'Category', 'Amount', 'Period', 'Note'],
    rows: costs.items.map((i) => [
      i.name,
      COST_CATEGORY_LABELS[i.category],
      formatNumber(i.amount),
      COST_PERIOD_LABELS[i.period],
      i.note
    ])
  })
  for (const sentence of costs.context) blocks.push({ kind: 'paragraph', text: sentence })
  return blocks
}
