import type { ReportAssignment, ReportBlock, ReportDocument, ReportSection } from '../document'
import { dataBlock } from '../embed'
import { describePeriod, formatDay } from '../period'
import { escapeHtml as e } from './escape'
import { renderChartSvg } from './svg'

/** Anchor of a section in the HTML file, also used by the table of contents. */
export const sectionAnchor = (section: Pick<ReportSection, 'id'>) => `section-${section.id}`

/**
 * One self-contained HTML file: inline styles, charts as inline SVG, its data in a JSON block for the
 * coach's review, and a Content-Security-Policy that forbids every request, so it opens offline anywhere.
 */
export function renderHtml(report: ReportDocument): string {
  let chartCount = 0
  const nextChartId = () => `chart-${++chartCount}`
  const sections = report.sections
    .map(
      (section, index) =>
        `<section class="report-section" id="${sectionAnchor(section)}" aria-labelledby="${sectionAnchor(section)}-title">` +
        `<h2 id="${sectionAnchor(section)}-title">${index + 1}. ${e(section.title)}</h2>` +
        `<p class="summary">${e(section.summary)}</p>` +
        section.blocks.map((block) => renderBlock(block, nextChartId)).join('\n') +
        '</section>'
    )
    .join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="PO Studio">
<title>${e(report.title)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
${titlePage(report)}
${tableOfContents(report)}
${sections}
</main>
${dataBlock(report)}
</body>
</html>
`
}

function titlePage(report: ReportDocument): string {
  const facts: [string, string][] = [
    ['Product', report.product],
    ['Author', report.author || 'not named'],
    ['Course track', report.track ?? 'none chosen'],
    ['Date', formatDay(report.generatedAt)],
    ['Period', describePeriod(report.period)]
  ]
  return (
    '<header class="title-page">' +
    '<p class="kicker">Product Owner report</p>' +
    `<h1>${e(report.product)}</h1>` +
    `<dl class="title-facts">${facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>` +
    '<p class="made-with">Made with PO Studio. This file needs no network: open it in any browser, print it, or open it in PO Studio to review it.</p>' +
    '</header>'
  )
}

function tableOfContents(report: ReportDocument): string {
  const entries = report.sections
    .map((s, i) => `<li><a href="#${sectionAnchor(s)}">${i + 1}. ${e(s.title)}</a></li>`)
    .join('')
  return `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2><ol>${entries}</ol></nav>`
}

function renderBlock(block: ReportBlock, nextChartId: () => string): string {
  switch (block.kind) {
    case 'heading':
      return `<h3>${e(block.text)}</h3>`
    case 'paragraph':
      return `<p>${e(block.text)}</p>`
    case 'facts':
      return `<dl class="facts">${block.facts.map((f) => `<div><dt>${e(f.label)}</dt><dd>${e(f.value)}</dd></div>`).join('')}</dl>`
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`
    case 'table':
      return (
        `<table><caption>${e(block.caption)}</caption>` +
        `<thead><tr>${block.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('')}</tr></thead>` +
        `<tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
      )
    case 'note':
      return `<p class="note note-${block.tone}"><strong>${block.tone === 'warning' ? 'Watch out' : 'Note'}:</strong> ${e(block.text)}</p>`
    case 'chart':
      return `<figure class="chart-figure">${renderChartSvg(block.chart, nextChartId())}</figure>`
    case 'assignment':
      return renderAssignment(block.assignment)
  }
}

function renderAssignment(a: ReportAssignment): string {
  const part = (title: string, text: string) => (text.trim() ? `<h5>${e(title)}</h5><p class="pre">${e(text)}</p>` : '')
  const actions = a.actions.length
    ? `<h5>Actions</h5><ul>${a.actions.map((x) => `<li><time>${e(formatDay(x.on))}</time>: ${e(x.text)}</li>`).join('')}</ul>`
    : ''
  const evidence = a.evidence.length
    ? `<h5>Evidence</h5><ul class="evidence">${a.evidence
        .map(
          (x) =>
            `<li><strong>${e(x.kind)}: ${e(x.label)}</strong> <span class="muted">(linked ${e(formatDay(x.linkedAt))})</span><p class="pre">${e(x.snapshot)}</p></li>`
        )
        .join('')}</ul>`
    : '<p class="muted">No evidence linked in the period.</p>'
  return (
    `<article class="assignment" id="assignment-${a.id}" aria-labelledby="assignment-${a.id}-title">` +
    `<h4 id="assignment-${a.id}-title">${e(a.title)} <span class="badge">${e(a.status)}</span></h4>` +
    `<p class="muted">${e(a.track)}</p>` +
    (a.asks ? `<p><strong>What it asks:</strong> ${e(a.asks)}</p>` : '') +
    (a.experiments.length
      ? `<h5>Experiments</h5><ul>${a.experiments.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`
      : '') +
    part('Plan', a.plan) +
    actions +
    evidence +
    part('Outcome', a.outcome) +
    part('Reflection', a.reflection) +
    '</article>'
  )
}

const STYLES = `
:root { color-scheme: light dark; --fg: #1d2330; --muted: #5b6475; --bg: #ffffff; --panel: #f4f6fa; --line: #d5dae3;
  --accent: #2f5fb3; --bar: #4a78c8; --warn-bg: #fff4e0; --warn-line: #d08a12; --info-bg: #eaf1fd; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ef; --muted: #a5adbd; --bg: #161a22; --panel: #1f2530; --line: #394152;
  --accent: #8fb3ff; --bar: #6d95e0; --warn-bg: #3a2e17; --warn-line: #e0a43a; --info-bg: #1c2a42; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 2.4rem; margin: .2rem 0 1.5rem; }
h2 { font-size: 1.5rem; border-bottom: 2px solid var(--accent); padding-bottom: .3rem; margin-top: 0; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 0 0 .3rem; }
h5 { font-size: .9rem; margin: .9rem 0 .2rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
a { color: var(--accent); }
.title-page { min-height: 70vh; display: flex; flex-direction: column; justify-content: center; }
.kicker { text-transform: uppercase; letter-spacing: .12em; color: var(--accent); font-weight: 600; margin: 0; }
.title-facts { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1.5rem; font-size: 1.05rem; }
.title-facts dt { color: var(--muted); }
.title-facts dd { margin: 0; font-weight: 600; }
.made-with { color: var(--muted); font-size: .85rem; margin-top: 3rem; }
.toc { margin: 2rem 0 3rem; }
.toc ol { list-style: none; padding: 0; font-size: 1.05rem; }
.toc li { padding: .3rem 0; border-bottom: 1px dotted var(--line); }
.report-section { margin: 3rem 0; }
.summary { color: var(--muted); }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .6rem; margin: 1rem 0; }
.facts div { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .7rem; }
.facts dt { font-size: .8rem; color: var(--muted); }
.facts dd { margin: .1rem 0 0; font-weight: 600; white-space: pre-wrap; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: 1rem 0; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td { white-space: pre-wrap; }
th { background: var(--panel); }
.note { border-left: 4px solid var(--accent); background: var(--info-bg); padding: .5rem .8rem; border-radius: 0 6px 6px 0; }
.note-warning { border-left-color: var(--warn-line); background: var(--warn-bg); }
.chart-figure { margin: 1rem 0; }
svg.chart { max-width: 100%; height: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .axis { stroke: var(--muted); stroke-width: 1.5; }
svg .bar { fill: var(--bar); }
svg .line { fill: none; stroke: var(--bar); stroke-width: 2; }
svg .dot { fill: var(--bar); }
svg .marker { stroke: var(--warn-line); stroke-width: 1.5; stroke-dasharray: 6 4; }
svg text { fill: var(--fg); font-size: 11px; font-family: inherit; }
svg .tick, svg .value { fill: var(--muted); }
svg .axis-label { font-size: 12px; }
svg .chart-title { font-size: 13px; font-weight: 600; }
svg .marker-label { fill: var(--warn-line); font-weight: 600; paint-order: stroke; stroke: var(--panel); stroke-width: 4px; }
.assignment { border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.2rem; margin: 1rem 0; }
.badge { font-size: .75rem; font-weight: 600; background: var(--panel); border: 1px solid var(--line); border-radius: 999px; padding: .1rem .5rem; vertical-align: middle; }
.muted { color: var(--muted); }
.pre { white-space: pre-wrap; margin: .2rem 0; }
.evidence li { margin-bottom: .5rem; }
.evidence .pre { border-left: 3px solid var(--line); padding-left: .6rem; font-size: .88rem; color: var(--muted); }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  :root { --fg: #000; --muted: #444; --bg: #fff; --panel: #f3f3f3; --line: #bbb; --accent: #1f4f9f; --bar: #3f6fbf; --warn-bg: #fff4e0; --info-bg: #eef3fb; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .title-page { min-height: 0; height: 240mm; break-after: page; page-break-after: always; }
  .toc { break-after: page; page-break-after: always; }
  .report-section { break-before: page; page-break-before: always; margin: 0; }
  .report-section:first-of-type { break-before: auto; page-break-before: auto; }
  h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  tr, .chart-figure, .facts div, .note { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`
