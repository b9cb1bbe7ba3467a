import { formatNumber } from '../../format'
import type { ReportData } from '../data'
import type { ReportBlock } from '../document'
import { kanoTable } from './plans'

/** How far WSJF agrees with the Product Owner's order and why the biggest movers move; MoSCoW warnings; Kano results. */
export function orderingBlocks(ordering: NonNullable<ReportData['ordering']>): ReportBlock[] {
  const kano: ReportBlock[] = [
    { kind: 'heading', text: 'Kano results' },
    ordering.kano.length > 0
      ? kanoTable(ordering.kano)
      : { kind: 'paragraph', text: 'No Kano survey has been run yet.' }
  ]
  return [...wsjfAndMoscow(ordering), ...kano]
}

function wsjfAndMoscow(ordering: NonNullable<ReportData['ordering']>): ReportBlock[] {
  const { wsjf, moscow } = ordering
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Your order next to WSJF' }]
  if (wsjf.scoredCount < 2) {
    blocks.push({
      kind: 'note',
      tone: 'info',
      text: `Only ${wsjf.scoredCount} item(s) have a WSJF score, so there is no comparison yet.`
    })
  } else {
    blocks.push({
      kind: 'facts',
      facts: [
        { label: 'Items scored / unscored', value: `${wsjf.scoredCount} / ${wsjf.unscoredCount}` },
        {
          label: 'Kendall tau (1 = same order, -1 = reversed)',
          value: wsjf.kendallTau === null ? 'n/a' : wsjf.kendallTau.toFixed(2)
        },
        { label: 'Average displacement', value: `${wsjf.averageDisplacement.toFixed(1)} places` }
      ]
    })
    if (wsjf.movers.length > 0)
      blocks.push({
        kind: 'table',
        caption: 'Items WSJF would move most, and why',
        columns: ['Item', 'Your place', 'WSJF place', 'Reason'],
        rows: wsjf.movers.map((m) => [m.title, formatNumber(m.manualPosition), formatNumber(m.modelPosition), m.reason])
      })
    blocks.push({ kind: 'paragraph', text: `Ties: ${wsjf.tieBreak}` })
  }
  blocks.push({ kind: 'heading', text: 'MoSCoW per release' })
  if (moscow.length === 0) blocks.push({ kind: 'paragraph', text: 'No item has a MoSCoW category yet.' })
  else {
    blocks.push({
      kind: 'table',
      caption: 'MoSCoW items per release (Must, Should, Could, Won’t) and the Must share of effort',
      columns: ['Release', 'Must', 'Should', 'Could', 'Won’t', 'Must share'],
      rows: moscow.map((g) => [
        g.name,
        formatNumber(g.counts.must),
        formatNumber(g.counts.should),
        formatNumber(g.counts.could),
        formatNumber(g.counts.wont),
        g.mustShare === null ? 'n/a' : `${Math.round(g.mustShare * 100)}%`
      ])
    })
    for (const g of moscow)
      if (g.warning) blocks.push({ kind: 'note', tone: 'warning', text: `${g.name}: ${g.warning}` })
  }
  return blocks
}
