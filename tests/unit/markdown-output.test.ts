import { micromark } from 'micromark'
import { describe, expect, it } from 'vitest'
import { backlogMarkdown, type ExportItem } from '@shared/domain/export/backlog'
import { renderMarkdown, type ReportDocument } from '@shared/domain/report'

/**
 * The Markdown files PO Studio writes (`report --format md`, `export md`) are opened in viewers we do
 * not control, some of which render raw HTML. They are rendered here as such a viewer does: micromark
 * (the CommonMark parser under react-markdown) with raw HTML and every link protocol allowed. No
 * element may come from user text, and plain text fields must read exactly as written.
 */
const render = (markdown: string) => micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true })

const HTML_PAYLOADS = [
  '<img src=x onerror="alert(1)">',
  '<script>alert(2)</script>',
  '<a href="javascript:alert(3)">click</a>',
  '<iframe src="https://example.invalid/"></iframe>',
  '<div onmouseover="alert(4)">hover</div>',
  '<svg onload=alert(5)><!-- c -->',
  '&lt;b&gt; stays an entity & so does &amp;'
]
/** Markdown syntax in a plain field: shown as written, not made into an image, a link or emphasis. */
const MARKDOWN_PAYLOADS = [
  '![tracker](https://example.invalid/t.png)',
  '[click](javascript:alert(6))',
  '<https://example.invalid/auto>',
  '**bold** _em_ `code` ~~gone~~ # not a heading | cell'
]
const PAYLOADS = [...HTML_PAYLOADS, ...MARKDOWN_PAYLOADS]

/** The elements the renderers' own Markdown makes (headings, lists, emphasis, contents links, anchors, line breaks), with their attributes. */
const OWN_ELEMENTS: Record<string, string[]> = {
  h1: [],
  h2: [],
  h3: [],
  p: [],
  ul: [],
  ol: [],
  li: [],
  strong: [],
  em: [],
  blockquote: [],
  br: [],
  a: ['href', 'id']
}

function elements(html: string): Array<{ name: string; attributes: Array<[string, string]> }> {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)].map(
    (match) => ({
      name: match[1]!.toLowerCase(),
      attributes: [...match[2]!.matchAll(/([^\s=]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)].map(
        (a) => [a[1]!.toLowerCase(), (a[2] ?? '').replace(/^["']|["']$/g, '')] as [string, string]
      )
    })
  )
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }
/** What a reader sees: the text without tags, entities decoded. */
function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ENTITIES[name]!)
}

function expectOnlyOwnElements(html: string): void {
  for (const { name, attributes } of elements(html)) {
    expect(OWN_ELEMENTS, `<${name}> came from user text`).toHaveProperty(name)
    for (const [attribute, value] of attributes) {
      expect(OWN_ELEMENTS[name], `${attribute} on <${name}> came from user text`).toContain(attribute)
      // The contents links and anchors point within the document.
      if (attribute === 'href') expect(value).toMatch(/^#section-[a-z-]+$/)
    }
  }
}

/** Every string in `value` replaced by a payload, in turn, except the keys that are not user text. */
function poisoned<T>(value: T, keep: ReadonlySet<string>): T {
  let next = 0
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return keep.has(key) ? v : PAYLOADS[next++ % PAYLOADS.length]
    if (Array.isArray(v)) return v.map((x) => walk(x, key))
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]))
    return v
  }
  return walk(value, '') as T
}

const report: ReportDocument = {
  id: 'r-1',
  title: 'Lanes: Product Owner report',
  product: 'Lanes',
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
        { kind: 'heading', text: 'Heading' },
        { kind: 'paragraph', text: 'Paragraph' },
        { kind: 'facts', facts: [{ label: 'Items finished', value: '12' }] },
        { kind: 'list', items: ['one', 'two'] },
        {
          kind: 'table',
          caption: 'Forecasts',
          columns: ['Label', 'Result'],
          rows: [
            ['a', 'b'],
            ['c', 'd']
          ]
        },
        {
          kind: 'chart',
          chart: {
            type: 'line',
            title: 'Cycle time',
            xLabel: 'Finish',
            yLabel: 'Days',
            points: [{ label: '03-01', value: 3 }],
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
            experiments: ['Vision board', 'Interviews'],
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
            outcome: 'Clearer.',
            reflection: 'It helped.'
          }
        }
      ]
    }
  ]
}

/** Keys that hold ids, dates and kinds the app sets, not text a user typed. */
const REPORT_STRUCTURE = new Set(['id', 'kind', 'tone', 'type', 'generatedAt', 'from', 'to', 'on', 'linkedAt'])

describe('Markdown report (report --format md)', () => {
  const poisonedReport = poisoned(report, REPORT_STRUCTURE)
  const html = render(renderMarkdown(poisonedReport))

  it('makes no element from user text in a viewer that renders raw HTML', () => {
    expectOnlyOwnElements(html)
    expect(elements(html).filter((e) => e.name === 'a' && e.attributes.some(([name]) => name === 'href'))).toHaveLength(
      report.sections.length
    )
  })

  it('shows every field exactly as the user wrote it', () => {
    const text = visibleText(html)
    for (const payload of PAYLOADS) expect(text).toContain(payload)
  })
})

describe('Markdown export (export md)', () => {
  const item = (n: number, description: string): ExportItem => ({
    key: `KEY-${n}`,
    type: 'story',
    title: `Title ${n}`,
    description,
    estimate: 3,
    state: 'In progress',
    labels: ['label one', 'label two'],
    criteria: ['Given a criterion', 'Then another'],
    parentKey: `KEY-${n + 100}`,
    createdAt: '2025-03-12T10:30:00.000Z',
    startedAt: null,
    finishedAt: null
  })
  // Descriptions are Markdown the user wrote: their formatting stays, their raw HTML does not,
  // whether inline or as an HTML block at the start of a line.
  const descriptions = [...HTML_PAYLOADS, `Intro\n\n${HTML_PAYLOADS[4]}\n\n${HTML_PAYLOADS[1]}\n\nMore **bold** text`]
  const items = poisoned(
    descriptions.map((description, n) => item(n, description)),
    new Set(['type', 'createdAt', 'description'])
  )
  const html = render(backlogMarkdown(PAYLOADS[0]!, items, 'fibonacci', '2025-03-12'))

  it('makes no element from user text, descriptions included', () => {
    const own = new Set(Object.keys(OWN_ELEMENTS))
    const foreign = elements(html).filter((e) => !own.has(e.name) || e.attributes.length > 0)
    expect(foreign).toEqual([])
  })

  it('shows titles, keys, states, labels and criteria as written, and the HTML in descriptions as text', () => {
    const text = visibleText(html)
    for (const payload of PAYLOADS) expect(text).toContain(payload)
  })

  it('keeps the Markdown formatting of descriptions', () => {
    expect(html).toContain('<strong>bold</strong>')
  })
})
