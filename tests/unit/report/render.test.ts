import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  composeReview,
  extractReport,
  niceMax,
  renderChartSvg,
  renderHtml,
  renderMarkdown,
  reviewIntact,
  sha256,
  type ReportDocument
} from '@shared/domain/report'

const report: ReportDocument = {
  id: 'r-1',
  title: 'Lanes: Product Owner report',
  product: 'Lanes <& "pool">',
  author: 'Robin',
  track: 'PSPO',
  generatedAt: '2025-03-12T10:30:00.000Z',
  period: { from: '2025-01-01', to: '2025-03-12' },
  sections: [
    {
      id: 'flow',
      title: 'Flow and forecasts',
      summary: 'How work flows.',
      blocks: [
        { kind: 'facts', facts: [{ label: 'Items finished', value: '12' }] },
        {
          kind: 'table',
          caption: 'Forecasts',
          columns: ['Label', 'Result'],
          rows: [['a | b', '</script><img src=x>']]
        },
        {
          kind: 'chart',
          chart: {
            type: 'line',
            title: 'Cycle time',
            xLabel: 'Finish',
            yLabel: 'Days',
            points: [
              { label: '03-01', value: 3 },
              { label: '03-02', value: 7 }
            ],
            markers: [{ label: 'SLE 6 d', value: 6 }]
          }
        },
        { kind: 'note', tone: 'warning', text: 'Thin data.' }
      ]
    },
    {
      id: 'assignments',
      title: 'Assignments',
      summary: 'Practice.',
      blocks: [
        {
          kind: 'assignment',
          assignment: {
            id: 7,
            track: 'PSPO',
            title: 'Make assumptions explicit',
            status: 'In progress',
            experiments: ['Vision board'],
            plan: 'Write it down.',
            actions: [{ on: '2025-02-03', text: 'Workshop' }],
            evidence: [
              {
                kind: 'Vision version',
                label: 'Version 2',
                snapshot: 'Vision: swim more',
                linkedAt: '2025-02-04T08:00:00.000Z'
              }
            ],
            outcome: '',
            reflection: 'It helped.'
          }
        }
      ]
    }
  ]
}

describe('sha256', () => {
  it('matches node:crypto on short, multi-block and non-ASCII text', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'y'.repeat(64), 'z'.repeat(1000), 'Zürich – “quotes” 🏊']) {
      expect(sha256(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
    }
  })
})

describe('HTML report', () => {
  const html = renderHtml(report)

  it('escapes text, so report content cannot add markup or close the data block', () => {
    expect(html).toContain('Lanes &lt;&amp; &quot;pool&quot;&gt;')
    expect(html).not.toContain('<img src=x>')
    expect(html.match(/<\/script>/g)).toHaveLength(1)
  })

  it('has a title page, a table of contents linking each section, and print page breaks', () => {
    expect(html).toContain('class="title-page"')
    expect(html).toContain('<a href="#section-flow">1. Flow and forecasts</a>')
    expect(html).toContain('id="section-assignments"')
    expect(html).toContain('@media print')
    expect(html).toContain('break-before: page')
    expect(html).toContain("default-src 'none'")
  })

  it('draws charts as SVG with a title, axis labels and the marker', () => {
    expect(html).toMatch(/<svg class="chart"[^>]*role="img"/)
    expect(html).toContain('<title id="chart-1-title">Cycle time</title>')
    expect(html).toContain('>Days</text>')
    expect(html).toContain('>SLE 6 d</text>')
  })

  it('carries its data with a checksum that detects a change', () => {
    const read = extractReport(html)!
    expect(read.data).toEqual(report)
    expect(read.intact).toBe(true)
    const changed = extractReport(html.replace('"Items finished","value":"12"', '"Items finished","value":"13"'))!
    expect(changed.intact).toBe(false)
    expect(extractReport('<p>no data</p>')).toBeNull()
  })
})

describe('Markdown report', () => {
  const md = renderMarkdown(report)
  it('has the title facts, contents, sections, tables and charts as tables', () => {
    expect(md).toContain('- **Course track:** PSPO')
    expect(md).toContain('1. [Flow and forecasts](#section-flow)')
    expect(md).toContain('## 2. Assignments')
    expect(md).toContain('| a \\| b |')
    expect(md).toContain('**Chart: Cycle time**')
    expect(md).toContain('| 03-02 | 7 |')
    expect(md).toContain('> **Watch out:** Thin data.')
    expect(md).toContain('- Mon, 3 Feb 2025: Workshop')
    expect(md).toContain('**Reflection:** It helped.')
  })
})

describe('charts', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.4, 3, 7, 12, 51, 100].map(niceMax)).toEqual([1, 0.5, 5, 10, 20, 100, 100])
  })
  it('writes at most 14 x labels', () => {
    const points = Array.from({ length: 60 }, (_, i) => ({ label: `d${i}`, value: i }))
    const svg = renderChartSvg({ type: 'bar', title: 't', xLabel: 'x', yLabel: 'y', points, markers: [] }, 'c')
    expect(svg.match(/>d\d+<\/text>/g)!.length).toBeLessThanOrEqual(14)
  })
})

describe('review files', () => {
  const review = composeReview({
    reportId: 'r-1',
    reportChecksum: 'abc',
    reportTitle: report.title,
    product: report.product,
    reviewer: 'Coach',
    reviewedAt: '2025-03-14T09:00:00.000Z',
    assessment: { verdict: 'meets', text: 'Well done.' },
    comments: [
      { target: 'section', targetId: 'flow', label: 'Flow', text: ' Nice SLE. ' },
      { target: 'assignment', targetId: '7', label: 'Assumptions', text: '' }
    ]
  })
  it('drops empty comments and checks out until something changes', () => {
    expect(review.comments).toEqual([{ target: 'section', targetId: 'flow', label: 'Flow', text: 'Nice SLE.' }])
    expect(reviewIntact(review)).toBe(true)
    expect(reviewIntact(JSON.parse(JSON.stringify(review)))).toBe(true)
    expect(reviewIntact({ ...review, reviewer: 'Someone' })).toBe(false)
  })

  it('keeps a verdict per assignment in the checksum, and an assignment with a verdict but no comment', () => {
    const content = {
      reportId: 'r-1',
      reportChecksum: 'abc',
      reportTitle: report.title,
      product: report.product,
      reviewer: 'Coach',
      reviewedAt: '2025-03-14T09:00:00.000Z',
      assessment: { verdict: 'partly' as const, text: '' },
      comments: [
        { target: 'assignment' as const, targetId: '7', label: 'Assumptions', text: '', verdict: 'meets' as const },
        {
          target: 'assignment' as const,
          targetId: '8',
          label: 'Releases',
          text: 'Show the range.',
          verdict: 'not-yet' as const
        },
        { target: 'assignment' as const, targetId: '9', label: 'Backlog', text: '' },
        { target: 'section' as const, targetId: 'flow', label: 'Flow', text: 'Fine.', verdict: 'meets' as const }
      ]
    }
    const review = composeReview(content)
    expect(review.comments).toEqual([
      { target: 'assignment', targetId: '7', label: 'Assumptions', text: '', verdict: 'meets' },
      { target: 'assignment', targetId: '8', label: 'Releases', text: 'Show the range.', verdict: 'not-yet' },
      // Sections take no verdict of their own: the overall one covers them.
      { target: 'section', targetId: 'flow', label: 'Flow', text: 'Fine.' }
    ])
    expect(reviewIntact(review)).toBe(true)
    const changed = {
      ...review,
      comments: review.comments.map((c) => (c.targetId === '8' ? { ...c, verdict: 'meets' as const } : c))
    }
    expect(reviewIntact(changed)).toBe(false)
    // A review written before verdicts per assignment keeps its checksum.
    const older = composeReview({
      ...content,
      comments: [{ target: 'assignment', targetId: '8', label: 'Releases', text: 'Show the range.' }]
    })
    expect(older.checksum).toBe(
      sha256(
        JSON.stringify([
          'po-studio-review',
          1,
          'r-1',
          'abc',
          report.title,
          report.product,
          'Coach',
          '2025-03-14T09:00:00.000Z',
          'partly',
          '',
          [['assignment', '8', 'Releases', 'Show the range.']]
        ])
      )
    )
  })
})
