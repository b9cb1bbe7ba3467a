import type { ReportAssignment, ReportBlock, ReportDocument } from '../document'
import { describePeriod, formatDay } from '../period'
import { markdownText as m } from '../../markdown'
import { sectionAnchor } from './html'

/** The same report as Markdown: charts become tables of their values. */
export function renderMarkdown(report: ReportDocument): string {
  const lines: string[] = [
    `# ${m(report.product)}: Product Owner report`,
    '',
    `- **Product:** ${m(report.product)}`,
    `- **Author:** ${m(report.author || 'not named')}`,
    `- **Course track:** ${m(report.track ?? 'none chosen')}`,
    `- **Date:** ${formatDay(report.generatedAt)}`,
    `- **Period:** ${describePeriod(report.period)}`,
    '',
    '## Contents',
    '',
    ...report.sections.map((s, i) => `${i + 1}. [${m(s.title)}](#${sectionAnchor(s)})`),
    ''
  ]
  report.sections.forEach((section, i) => {
    lines.push(
      `<a id="${sectionAnchor(section)}"></a>`,
      '',
      `## ${i + 1}. ${m(section.title)}`,
      '',
      `_${m(section.summary)}_`,
      ''
    )
    for (const block of section.blocks) lines.push(...renderBlock(block), '')
  })
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}

function table(columns: string[], rows: string[][]): string[] {
  return [
    `| ${columns.map(m).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(m).join(' | ')} |`)
  ]
}

function renderBlock(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [`### ${m(block.text)}`]
    case 'paragraph':
      return [m(block.text)]
    case 'facts':
      return block.facts.map((f) => `- **${m(f.label)}:** ${m(f.value)}`)
    case 'list':
      return block.items.map((item) => `- ${m(item)}`)
    case 'table':
      return [`**${m(block.caption)}**`, '', ...table(block.columns, block.rows)]
    case 'note':
      return [`> **${block.tone === 'warning' ? 'Watch out' : 'Note'}:** ${m(block.text)}`]
    case 'chart': {
      const { chart } = block
      const rows = chart.points.map((p) => [p.label, String(p.value)])
      const markers = chart.markers.map((mk) => `_${m(mk.label)}_`)
      return [
        `**Chart: ${m(chart.title)}**`,
        '',
        ...table([chart.xLabel, chart.yLabel], rows),
        ...(markers.length ? ['', ...markers] : [])
      ]
    }
    case 'assignment':
      return renderAssignment(block.assignment)
  }
}

function renderAssignment(a: ReportAssignment): string[] {
  const lines = [
    `### ${m(a.title)} (${m(a.status)})`,
    '',
    `_${m(a.track)}_`,
    '',
    ...(a.asks ? [`**What it asks:** ${m(a.asks)}`, ''] : [])
  ]
  if (a.experiments.length) lines.push('**Experiments:**', '', ...a.experiments.map((x) => `- ${m(x)}`), '')
  const part = (title: string, text: string) => (text.trim() ? [`**${title}:** ${m(text)}`, ''] : [])
  lines.push(...part('Plan', a.plan))
  if (a.actions.length)
    lines.push('**Actions:**', '', ...a.actions.map((x) => `- ${formatDay(x.on)}: ${m(x.text)}`), '')
  if (a.evidence.length)
    lines.push(
      '**Evidence:**',
      '',
      ...a.evidence.map((x) => `- **${m(x.kind)}: ${m(x.label)}** (linked ${formatDay(x.linkedAt)}): ${m(x.snapshot)}`),
      ''
    )
  lines.push(...part('Outcome', a.outcome), ...part('Reflection', a.reflection))
  return lines
}
