import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import type { ReportDocument as ReportDocumentType } from '../../domain/report/document'
import { COURSE_TRACKS, REPORT_SECTIONS } from '../../domain/report/sections'
import { REVIEW_FORMAT, REVIEW_VERDICTS, type ReviewFile as ReviewFileType } from '../../domain/report/review'
import { ById, ByProduct } from './common'
import { IsoDay } from './flow'

// ---------------------------------------------------------------------------------------------
// The report document (what the HTML file carries)

const Period = z.object({ from: z.string(), to: z.string() })
const Fact = z.object({ label: z.string(), value: z.string() })
const ChartPoint = z.object({ label: z.string(), value: z.number() })

export const ReportAssignment = z.object({
  id: s.Id,
  track: z.string(),
  title: z.string(),
  status: z.string(),
  experiments: z.array(z.string()),
  plan: z.string(),
  actions: z.array(z.object({ on: z.string(), text: z.string() })),
  evidence: z.array(z.object({ kind: z.string(), label: z.string(), snapshot: z.string(), linkedAt: z.string() })),
  outcome: z.string(),
  reflection: z.string()
})

const ReportBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string() }),
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('facts'), facts: z.array(Fact) }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('table'), caption: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  z.object({ kind: z.literal('note'), tone: z.enum(['info', 'warning']), text: z.string() }),
  z.object({
    kind: z.literal('chart'),
    chart: z.object({
      type: z.enum(['bar', 'line']),
      title: z.string(),
      xLabel: z.string(),
      yLabel: z.string(),
      points: z.array(ChartPoint),
      markers: z.array(ChartPoint)
    })
  }),
  z.object({ kind: z.literal('assignment'), assignment: ReportAssignment })
])

export const ReportDocument: z.ZodType<ReportDocumentType> = z.object({
  id: z.string().min(1),
  title: z.string(),
  product: z.string(),
  author: z.string(),
  track: z.enum(COURSE_TRACKS).nullable(),
  generatedAt: z.string(),
  period: Period.nullable(),
  sections: z.array(
    z.object({ id: z.enum(REPORT_SECTIONS), title: z.string(), summary: z.string(), blocks: z.array(ReportBlock) })
  )
})

// ---------------------------------------------------------------------------------------------
// Reviews

const ReviewComment = z.object({
  target: z.enum(['section', 'assignment']),
  targetId: z.string().max(100),
  label: z.string().max(500),
  text: z.string().max(20_000, 'Keep each comment to 20,000 characters or fewer')
})

/** The file a coach exports; read strictly on import so a stray field is noticed. */
export const ReviewFile: z.ZodType<ReviewFileType> = z
  .object({
    format: z.literal(REVIEW_FORMAT, { message: 'This is not a PO Studio review file' }),
    version: z.literal(1, { message: 'This review file was written by a newer PO Studio' }),
    reportId: z.string().min(1),
    reportChecksum: z.string(),
    reportTitle: z.string(),
    product: z.string(),
    reviewer: z.string(),
    reviewedAt: z.string(),
    assessment: z.object({ verdict: z.enum(REVIEW_VERDICTS), text: z.string().max(50_000) }).strict(),
    comments: z.array(ReviewComment.strict()).max(1000),
    checksum: z.string()
  })
  .strict()

export const StoredReview = z.object({
  id: s.Id,
  productId: s.Id,
  reportId: z.string(),
  reportTitle: z.string(),
  reviewer: z.string(),
  reviewedAt: z.string(),
  verdict: z.enum(REVIEW_VERDICTS),
  assessment: z.string(),
  comments: z.array(ReviewComment),
  /** False when the file's checksum did not match its content: it was changed after the coach exported it. */
  intact: z.boolean(),
  importedAt: s.IsoTime
})
export type StoredReview = z.infer<typeof StoredReview>

// ---------------------------------------------------------------------------------------------

export const ReportSectionName = z.enum(REPORT_SECTIONS, { message: `Choose sections from: ${REPORT_SECTIONS.join(', ')}` })
export const REPORT_FORMATS = ['html', 'md', 'pdf'] as const

export const ReportRequest = z
  .object({
    productId: s.Id,
    sections: z.array(ReportSectionName).min(1, 'Choose at least one section').max(REPORT_SECTIONS.length),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    author: z.string().trim().max(120, 'Keep the author to 120 characters or fewer').default(''),
    track: z.enum(COURSE_TRACKS, { message: `Choose a course track: ${COURSE_TRACKS.join(', ')}` }).nullable().default(null),
    format: z.enum(REPORT_FORMATS, { message: 'Choose a format: html, md or pdf' })
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.from === undefined) !== (value.to === undefined))
      ctx.addIssue({ code: 'custom', path: [value.from === undefined ? 'from' : 'to'], message: 'Give both ends of the period, or neither' })
    else if (value.from && value.to && value.from > value.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period must end on or after its first day' })
  })

const MAX_HTML = 20_000_000

export const reportsMethods = {
  'reports.build': defineMethod({
    summary: 'A report of a product for a coach: HTML (self-contained, with its data), Markdown, or PDF (base64).',
    input: ReportRequest,
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      encoding: z.enum(['utf8', 'base64']),
      content: z.string(),
      reportId: z.string(),
      checksum: z.string()
    })
  }),

  'reports.open': defineMethod({
    summary: 'Read an exported HTML report back (for a coach to review), with whether its data is unchanged.',
    input: z
      .object({ html: z.string().min(1, 'The report file is empty').max(MAX_HTML, 'A report file can be at most 20 MB') })
      .strict(),
    output: z.object({ report: ReportDocument, checksum: z.string(), intact: z.boolean() })
  }),

  'reviews.import': defineMethod({
    summary: "Keep a coach's review of a report with the product; a review changed after export is kept but flagged.",
    input: z
      .object({
        productId: s.Id,
        reviewJson: z.string().min(1, 'The review file is empty').max(2_000_000, 'A review file can be at most 2 MB')
      })
      .strict(),
    output: z.object({ review: StoredReview, intact: z.boolean() })
  }),

  'reviews.list': defineMethod({
    summary: "A product's imported reviews, newest first.",
    input: ByProduct,
    output: z.array(StoredReview)
  }),

  'reviews.delete': defineMethod({
    summary: 'Remove an imported review.',
    input: ById,
    output: z.object({ deleted: s.Id })
  })
} as const
