import type { CanvasState, CompetitorBoard, CostSheet, InfluenceBoard } from '../../../api/methods/strategy'
import { formatNumber } from '../../ebm/format'
import { CANVAS_KIND_LABELS, canvasBlockValue, canvasFieldRefs } from '../../strategy/canvases'
import { COST_CATEGORY_LABELS, COST_PERIOD_LABELS } from '../../strategy/costs'
import { QUADRANT_INFO, QUADRANTS, RATING_MAX } from '../../strategy/influences'
import type { ReportBlock } from '../document'
import { formatDay } from '../period'

export interface ReportStrategy {
  canvases: CanvasState[]
  competitors: CompetitorBoard
  /** Left out by data gathered before influences existed. */
  influences?: InfluenceBoard
}

/**
 * The strategy as it stands: each canvas's latest version block by block (a coach reads the
 * history in the app or in linked evidence), then the comparison with the competitors and the
 * influences on delivering value.
 */
export function strategyBlocks({ canvases, competitors, influences }: ReportStrategy): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Strategy' }]
  const saved = canvases.filter((c) => c.canvas.latest !== null)
  if (saved.length === 0)
    blocks.push({
      kind: 'note',
      tone: 'info',
      text: 'No Business Model Canvas, Value Proposition Canvas, SWOT analysis or technical strategy was saved yet.'
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
  blocks.push(...comparisonBlocks(competitors))
  if (influences) blocks.push(...influenceBlocks(influences))
  return blocks
}

function comparisonBlocks(competitors: CompetitorBoard): ReportBlock[] {
  if (competitors.criteria.length === 0 || competitors.competitors.length === 0) {
    return [{ kind: 'note', tone: 'info', text: 'No competitors compared on criteria yet.' }]
  }
  const scoreOf = (criterionId: number, competitorId: number) =>
    competitors.competitors.find((c) => c.id === competitorId)?.scores.find((s) => s.criterionId === criterionId)?.score
  return [
    {
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
    }
  ]
}

/** The factors from the one needing most attention, then the advice for each quadrant that holds one. */
function influenceBlocks({ influences }: InfluenceBoard): ReportBlock[] {
  if (influences.length === 0) {
    return [{ kind: 'note', tone: 'info', text: 'No influences on delivering value rated yet.' }]
  }
  const present = QUADRANTS.filter((q) => influences.some((f) => f.quadrant === q))
  return [
    {
      kind: 'table',
      caption: `Influences on delivering value (predictability and control rated 1-${RATING_MAX}; 4 and above count as high)`,
      columns: ['Factor', 'Predictability', 'Control', 'Quadrant', 'Note'],
      rows: influences.map((f) => [
        f.name,
        String(f.predictability),
        String(f.control),
        QUADRANT_INFO[f.quadrant].title,
        f.note
      ])
    },
    ...present.map((q): ReportBlock => ({
      kind: 'paragraph',
      text: `${QUADRANT_INFO[q].title} (${QUADRANT_INFO[q].place.toLowerCase()}): ${QUADRANT_INFO[q].advice}`
    }))
  ]
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
