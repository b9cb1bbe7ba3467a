import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPORT_SECTIONS, SECTION_TITLES, composeReview, type ReportDocument } from '@shared/domain/report'
import { cli } from './helpers/cli'
import { call, fail, openTestContext, tempDir } from './helpers/temp'

async function sample() {
  const { ctx, dataDir } = await openTestContext({ sample: true })
  const [product] = await call(ctx, 'products.list')
  return { ctx, dataDir, product: product! }
}

/** Every `src="..."` and `href="..."` value in a document. */
const links = (html: string) => [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!)

const coachReview = (report: ReportDocument, checksum: string) =>
  composeReview({
    reportId: report.id,
    reportChecksum: checksum,
    reportTitle: report.title,
    product: report.product,
    reviewer: 'Coach Casey',
    reviewedAt: '2025-03-14T09:00:00.000Z',
    assessment: { verdict: 'partly', text: 'Good evidence; the forecasts need a thinner slice.' },
    comments: [
      {
        target: 'section',
        targetId: 'flow',
        label: SECTION_TITLES.flow,
        text: 'Say what the SLE means for the next release.'
      },
      { target: 'section', targetId: 'vision', label: SECTION_TITLES.vision, text: '   ' }
    ]
  })

describe('reports', () => {
  it('builds one self-contained HTML file with a title page, contents and every chosen section', async () => {
    const { ctx, product } = await sample()
    const built = await call(ctx, 'reports.build', {
      productId: product.id,
      sections: [...REPORT_SECTIONS],
      author: 'Robin',
      track: 'PSPO',
      format: 'html'
    })
    expect(built.fileName).toMatch(/^report-.+-\d{4}-\d{2}-\d{2}\.html$/)
    const html = built.content
    for (const link of links(html)) expect(link).not.toMatch(/^(https?:)?\/\//i)
    expect(html).not.toMatch(/@import|url\(/i)
    expect(html).toContain('class="title-page"')
    expect(html).toContain('Robin')
    expect(html).toContain('PSPO')
    for (const id of REPORT_SECTIONS) {
      expect(html).toContain(`<a href="#section-${id}">`)
      expect(html).toContain(`id="section-${id}"`)
    }
    expect(html.match(/<svg /g)?.length ?? 0).toBeGreaterThanOrEqual(3)
    // The sample has assignments with evidence, so the section shows them.
    expect(html).toContain('class="assignment"')
    expect(html).not.toContain('No assignment has been started')
    // What a coach reads beside the assignments: the plans, the agreements, the Kano results and progress per track.
    for (const heading of [
      'Roadmaps',
      'OKRs',
      'Definitions of Ready and Done',
      'Story map',
      'Kano results',
      'Progress per track'
    ])
      expect(html, heading).toContain(`>${heading}</h3>`)
    for (const caption of [
      'Goal-oriented roadmap',
      'Objectives and key results',
      'Story map, release by release',
      'Kano results',
      'Evidence per course track'
    ])
      expect(html, caption).toContain(`<caption>${caption}</caption>`)
    expect(html).toContain('<strong>What it asks:</strong> Describe the vision and the business model of your product')
    expect(html).not.toContain('No Kano survey has been run yet.')
  })

  it('warns in the EBM section when an experiment is decided “persevere” before its item is done', async () => {
    const { ctx, product } = await sample()
    const ebmNotes = async () => {
      const built = await call(ctx, 'reports.build', { productId: product.id, sections: ['ebm'], format: 'html' })
      const { report } = await call(ctx, 'reports.open', { html: built.content })
      return report.sections[0]!.blocks.flatMap((b) => (b.kind === 'note' && b.tone === 'warning' ? [b.text] : []))
    }
    expect((await ebmNotes()).filter((t) => t.includes('persevere'))).toEqual([])
    const experiments = await call(ctx, 'ebm.experiments.list', { productId: product.id })
    const running = experiments.find((e) => e.decision === null)!
    await call(ctx, 'ebm.experiments.decide', { id: running.id, decision: 'persevere', notes: 'Too soon, on purpose.' })
    expect(await ebmNotes()).toContainEqual(
      `“${running.title}” was decided “persevere” while its item “As a swimmer, I want to join the waiting list for a full session, so that I get a place if someone cancels” is not done.`
    )
  })

  it('shows only the chosen sections and limits dated things to the period', async () => {
    const { ctx, product } = await sample()
    const all = await call(ctx, 'reports.open', {
      html: (await call(ctx, 'reports.build', { productId: product.id, sections: ['vision', 'flow'], format: 'html' }))
        .content
    })
    expect(all.report.sections.map((s) => s.id)).toEqual(['vision', 'flow'])
    const sprintsJudged = (r: ReportDocument) =>
      r.sections[0]!.blocks.flatMap((b) => (b.kind === 'facts' ? b.facts : [])).find(
        (f) => f.label === 'Sprints judged'
      )!.value
    expect(Number(sprintsJudged(all.report))).toBeGreaterThan(0)

    const md = await call(ctx, 'reports.build', {
      productId: product.id,
      sections: ['flow', 'vision'],
      from: '1990-01-01',
      to: '1990-12-31',
      format: 'md'
    })
    expect(md.content).toContain('## 1. Vision and goals')
    expect(md.content).toContain('## 2. Flow and forecasts')
    expect(md.content).not.toContain('Personas and stakeholders')
    expect(md.content).toContain('Mon, 1 Jan 1990 to Mon, 31 Dec 1990')
    expect(md.content).toContain('- **Sprints judged:** 0')
    expect(md.content).toContain('- **Items finished:** 0')
    expect(md.content).toContain('No forecast was saved in the period.')
  })

  it('prints a PDF of several pages', async () => {
    const { ctx, product } = await sample()
    const built = await call(ctx, 'reports.build', {
      productId: product.id,
      sections: ['vision', 'backlog', 'flow'],
      format: 'pdf'
    })
    expect(built.encoding).toBe('base64')
    const pdf = Buffer.from(built.content, 'base64')
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
    expect(pages).toBeGreaterThan(1)
  }, 60_000)

  it('goes round: report, coach review, import, comments listed beside their sections', async () => {
    const { ctx, product } = await sample()
    // The sample comes with its coach's review; this test's review joins it.
    const samples = await call(ctx, 'reviews.list', { productId: product.id })
    const built = await call(ctx, 'reports.build', {
      productId: product.id,
      sections: ['vision', 'flow', 'assignments'],
      format: 'html'
    })

    const opened = await call(ctx, 'reports.open', { html: built.content })
    expect(opened.intact).toBe(true)
    expect(opened.checksum).toBe(built.checksum)
    expect(opened.report.id).toBe(built.reportId)

    const review = coachReview(opened.report, opened.checksum)
    expect(review.comments).toHaveLength(1)
    const imported = await call(ctx, 'reviews.import', {
      productId: product.id,
      reviewJson: JSON.stringify(review, null, 2)
    })
    expect(imported.intact).toBe(true)
    expect(imported.review).toMatchObject({
      reportId: built.reportId,
      reviewer: 'Coach Casey',
      verdict: 'partly',
      intact: true
    })

    const listed = await call(ctx, 'reviews.list', { productId: product.id })
    expect(listed).toHaveLength(samples.length + 1)
    expect(listed[0]!.reportId).toBe(built.reportId)
    expect(listed[0]!.comments).toEqual([
      {
        target: 'section',
        targetId: 'flow',
        label: 'Flow and forecasts',
        text: 'Say what the SLE means for the next release.'
      }
    ])

    // The reviews travel with the product's JSON export and come back the same.
    const document = await call(ctx, 'products.export', { productId: product.id })
    const { ctx: fresh } = await openTestContext()
    const copy = await call(fresh, 'products.import', { document })
    const again = await call(fresh, 'products.export', { productId: copy.id })
    expect(again.sections.reports).toEqual(document.sections.reports)
    expect((await call(fresh, 'reviews.list', { productId: copy.id }))[0]!.comments).toEqual(listed[0]!.comments)

    await call(ctx, 'reviews.delete', { id: listed[0]!.id })
    expect(await call(ctx, 'reviews.list', { productId: product.id })).toEqual(samples)
  })

  it('keeps the coach’s verdict per assignment beside the overall one, through import and product transfer', async () => {
    const { ctx, product } = await sample()
    const built = await call(ctx, 'reports.build', { productId: product.id, sections: ['assignments'], format: 'html' })
    const opened = await call(ctx, 'reports.open', { html: built.content })
    const assignments = opened.report.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'assignment' ? [b.assignment] : []))
    )
    expect(assignments.length).toBeGreaterThanOrEqual(2)
    const [first, second] = assignments as [(typeof assignments)[number], (typeof assignments)[number]]
    const review = composeReview({
      ...coachReview(opened.report, opened.checksum),
      assessment: { verdict: 'meets', text: 'Solid overall.' },
      comments: [
        { target: 'assignment', targetId: String(first.id), label: first.title, text: 'Convincing.', verdict: 'meets' },
        { target: 'assignment', targetId: String(second.id), label: second.title, text: '', verdict: 'not-yet' }
      ]
    })
    await call(ctx, 'reviews.import', { productId: product.id, reviewJson: JSON.stringify(review) })
    const [stored] = await call(ctx, 'reviews.list', { productId: product.id })
    expect(stored).toMatchObject({ verdict: 'meets', intact: true })
    expect(stored!.comments.map((c) => [c.targetId, c.text, c.verdict])).toEqual([
      [String(first.id), 'Convincing.', 'meets'],
      [String(second.id), '', 'not-yet']
    ])
    const document = await call(ctx, 'products.export', { productId: product.id })
    const { ctx: fresh } = await openTestContext()
    const copy = await call(fresh, 'products.import', { document })
    expect((await call(fresh, 'reviews.list', { productId: copy.id }))[0]!.comments).toEqual(stored!.comments)

    // A verdict the review format does not know is refused, naming where it is.
    const wrong = { ...review, comments: [{ ...review.comments[0]!, verdict: 'brilliant' }] }
    expect(
      await fail(ctx, 'reviews.import', { productId: product.id, reviewJson: JSON.stringify(wrong) })
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'reviewJson.comments.0.verdict' }]
    })
  })

  it('flags a report and a review changed after export, and still reads them', async () => {
    const { ctx, product } = await sample()
    const built = await call(ctx, 'reports.build', {
      productId: product.id,
      sections: ['vision'],
      author: 'Robin',
      format: 'html'
    })
    const tampered = built.content.replace('"author":"Robin"', '"author":"Someone else"')
    expect(tampered).not.toBe(built.content)
    const opened = await call(ctx, 'reports.open', { html: tampered })
    expect(opened.intact).toBe(false)
    expect(opened.report.author).toBe('Someone else')

    const review = coachReview(opened.report, opened.checksum)
    const changed = { ...review, assessment: { ...review.assessment, verdict: 'meets' } }
    const imported = await call(ctx, 'reviews.import', { productId: product.id, reviewJson: JSON.stringify(changed) })
    expect(imported.intact).toBe(false)
    expect(imported.review).toMatchObject({ verdict: 'meets', intact: false })
  })

  it('refuses files that are not reports or reviews, with the reason', async () => {
    const { ctx, product } = await sample()
    expect((await fail(ctx, 'reports.open', { html: '<!doctype html><p>Hello</p>' })).message).toMatch(
      /no PO Studio report data/
    )
    expect((await fail(ctx, 'reviews.import', { productId: product.id, reviewJson: '{nope' })).message).toMatch(
      /not JSON/
    )
    const error = await fail(ctx, 'reviews.import', {
      productId: product.id,
      reviewJson: JSON.stringify({ format: 'something-else' })
    })
    expect(error.message).toMatch(/not a PO Studio review file/)
    expect((await fail(ctx, 'reviews.list', { productId: 9999 })).code).toBe('not_found')
  })

  it('reads review and report files as strictly as API input, keeping nothing from a refused one', async () => {
    const { ctx, product } = await sample()
    const samples = await call(ctx, 'reviews.list', { productId: product.id })
    const built = await call(ctx, 'reports.build', {
      productId: product.id,
      sections: ['flow', 'assignments'],
      format: 'html'
    })
    const opened = await call(ctx, 'reports.open', { html: built.content })
    const review = coachReview(opened.report, opened.checksum)
    const badReviews: Array<[string, unknown, RegExp]> = [
      ['reviewedAt', { ...review, reviewedAt: 'yesterday' }, /ISO 8601/],
      ['reviewedAt', { ...review, reviewedAt: '2025-02-30T09:00:00.000Z' }, /ISO 8601/],
      ['reportChecksum', { ...review, reportChecksum: 'abc' }, /SHA-256/],
      ['checksum', { ...review, checksum: 'Z'.repeat(64) }, /SHA-256/],
      ['comments.0.targetId', { ...review, comments: [{ ...review.comments[0]!, targetId: 'no-such-section' }] }, /./],
      [
        'comments.0.targetId',
        { ...review, comments: [{ target: 'assignment', targetId: 'one', label: 'A', text: 'B' }] },
        /journal id/
      ],
      ['comments.0', { ...review, comments: [{ ...review.comments[0]!, extra: true }] }, /./],
      ['reviewer', { ...review, reviewer: 'r'.repeat(121) }, /120 characters/]
    ]
    for (const [path, file, message] of badReviews) {
      const error = await fail(ctx, 'reviews.import', { productId: product.id, reviewJson: JSON.stringify(file) })
      expect(error.code, path).toBe('invalid_input')
      expect(error.issues?.[0]?.path, path).toBe(`reviewJson.${path}`)
      expect(error.message, path).toMatch(message)
    }
    expect(await call(ctx, 'reviews.list', { productId: product.id })).toEqual(samples)

    // A report whose data says it was made on a day that does not exist, or carries a stray field.
    const badReports = [
      { ...opened.report, generatedAt: '2025-02-30T10:00:00.000Z' },
      { ...opened.report, period: { from: 'always', to: 'never' } },
      { ...opened.report, extra: 1 }
    ]
    for (const report of badReports) {
      const html = built.content.replace(
        /(<script type="application\/json"[^>]*>)[^<]*/,
        (_m, open: string) => `${open}${JSON.stringify(report)}`
      )
      expect((await fail(ctx, 'reports.open', { html })).message).toMatch(/damaged or from a newer PO Studio/)
    }
  })

  it('writes HTML, Markdown and PDF from the command line', async () => {
    const { dataDir, product } = await sample()
    const out = tempDir()
    const base = ['--data-dir', dataDir, 'report', '--product', product.name, '--author', 'Robin', '--track', 'CSPO']
    const html = await cli([...base, '--format', 'html', '--out', join(out, 'r.html'), '--sections', 'vision,flow'])
    expect(html.stderr).toBe('')
    expect(html.code).toBe(0)
    expect(html.stdout).toMatch(/Wrote the HTML report .* \(2 sections/)
    expect(readFileSync(join(out, 'r.html'), 'utf8')).toContain('id="section-flow"')

    const md = await cli([
      '--json',
      ...base,
      '--format',
      'md',
      '--out',
      join(out, 'r.md'),
      '--from',
      '2025-01-01',
      '--to',
      '2025-03-12'
    ])
    expect(md.code).toBe(0)
    expect(md.json()).toMatchObject({ format: 'md', sections: [...REPORT_SECTIONS] })
    expect(readFileSync(join(out, 'r.md'), 'utf8')).toContain('Wed, 1 Jan 2025 to Wed, 12 Mar 2025')

    const pdf = await cli([...base, '--format', 'pdf', '--out', join(out, 'r.pdf'), '--sections', 'backlog'])
    expect(pdf.code).toBe(0)
    expect(readFileSync(join(out, 'r.pdf')).subarray(0, 4).toString('latin1')).toBe('%PDF')

    const bad = await cli([...base, '--format', 'docx', '--out', join(out, 'r.docx')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/Unknown format "docx"/)
    const badSection = await cli([...base, '--format', 'md', '--out', join(out, 'x.md'), '--sections', 'vision,gossip'])
    expect(badSection.stderr).toMatch(/Unknown section "gossip"/)
    const exists = await cli([...base, '--format', 'html', '--out', join(out, 'r.html')])
    expect(exists.stderr).toMatch(/already exists/)
  }, 60_000)

  it('dates the report with the clock', async () => {
    const { ctx, product } = await sample()
    const built = await call(ctx, 'reports.build', { productId: product.id, sections: ['customers'], format: 'md' })
    expect(built.content).toContain(`**Date:** Wed, 12 Mar 2025`)
  })
})
