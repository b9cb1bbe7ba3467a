import { formatCount, formatNumber } from '../../format'
import { withCitation } from '../../guides'
import type { ReportData } from '../data'
import type { ReportBlock, ReportPeriod } from '../document'
import { inPeriod } from '../period'
import { definitionsTable, storyMapTable } from './plans'

/** DEEP health letter by letter with its evidence and next steps, the backlog's churn, and INVEST over the top items. */
export function backlogBlocks(backlog: NonNullable<ReportData['backlog']>, period: ReportPeriod | null): ReportBlock[] {
  return [...healthBlocks(backlog.health, period), ...agreementBlocks(backlog)]
}

/** The Definitions of Ready and Done, and the story map release by release. */
function agreementBlocks({ definitions, storyMap, storyMapItems }: NonNullable<ReportData['backlog']>): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Definitions of Ready and Done' }]
  if (definitions.definitionOfDone.length === 0)
    blocks.push({
      kind: 'note',
      tone: 'warning',
      text: 'There is no Definition of Done yet, so no work can count as done.'
    })
  blocks.push(definitionsTable(definitions))
  blocks.push({ kind: 'heading', text: 'Story map' })
  const map = storyMapTable(storyMap, new Map(storyMapItems.map((i) => [i.id, i.title])))
  blocks.push(map.rows.length > 0 ? map : { kind: 'paragraph', text: 'No item has been placed on the story map yet.' })
  return blocks
}

function healthBlocks(
  health: NonNullable<ReportData['backlog']>['health'],
  period: ReportPeriod | null
): ReportBlock[] {
  const weeks = health.weekly.filter((w) => inPeriod(period, w.period))
  const blocks: ReportBlock[] = [
    {
      kind: 'facts',
      facts: [
        { label: 'Open items', value: formatNumber(health.openCount) },
        { label: 'Items looked at as the top', value: formatNumber(health.top.count) },
        {
          label: `Arrived in ${formatCount(weeks.length, 'week')}`,
          value: formatNumber(weeks.reduce((sum, w) => sum + w.arrivals, 0))
        },
        {
          label: `Finished or removed in ${formatCount(weeks.length, 'week')}`,
          value: formatNumber(weeks.reduce((sum, w) => sum + w.departures, 0))
        }
      ]
    },
    { kind: 'paragraph', text: health.top.explanation },
    { kind: 'heading', text: 'DEEP' },
    {
      kind: 'table',
      caption: 'DEEP health per letter (score out of 100)',
      columns: ['DEEP letter', 'Score', 'Rating', 'Summary'],
      rows: health.letters.map((l) => [
        l.name,
        l.score === null ? 'n/a' : String(l.score),
        l.rating ?? 'n/a',
        l.summary
      ])
    }
  ]
  const nextSteps = health.letters.flatMap((l) =>
    l.findings
      .filter((f) => f.severity === 'attention' || f.severity === 'poor')
      .map((f) => `${l.name}: ${f.evidence} Next step: ${withCitation(f.nextStep, f.source)}`)
  )
  if (nextSteps.length > 0) blocks.push({ kind: 'list', items: nextSteps })

  blocks.push({ kind: 'heading', text: `INVEST over the top ${health.invest.checked} items` })
  if (health.invest.checked === 0) blocks.push({ kind: 'paragraph', text: 'There are no open items to check.' })
  else {
    blocks.push({
      kind: 'chart',
      chart: {
        type: 'bar',
        title: 'Top items weak or failing per INVEST letter',
        xLabel: 'INVEST letter',
        yLabel: 'Items',
        points: health.invest.letters.map((l) => ({ label: `${l.letter} ${l.name}`, value: l.failing + l.warning })),
        markers: []
      }
    })
    blocks.push({
      kind: 'table',
      caption: `INVEST findings over the top ${health.invest.checked} items`,
      columns: ['Letter', 'Failing', 'Weak'],
      rows: health.invest.letters.map((l) => [`${l.letter} ${l.name}`, String(l.failing), String(l.warning)])
    })
  }
  return blocks
}
