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

// Read back from files that travel by mail, so every field is checked as strictly as API input:
// strict objects, real dates, bounded sizes. Bounds are far above what PO Studio writes.
const Text = z.string().max(100_000)
const Label = z.string().max(1000)
const many = <T extends z.ZodType>(item: T) => z.array(item).max(10_000)

const Period = z.object({ from: IsoDay, to: IsoDay }).strict()
const Fact = z.object({ label: Label, value: Text }).strict()
const ChartPoint = z.object({ label: Label, value: z.number() }).strict()

export const ReportAssignment = z
  .object({
    id: s.Id,
    track: Label,
    title: Label,
    asks: Text.optional(),
    status: Label,
    experiments: many(Label),
    plan: Text,
    actions: many(z.object({ on: IsoDay, text: Text }).strict()),
    evidence: many(z.object({ kind: Label, label: Label, snapshot: Text, linkedAt: s.IsoInstant }).strict()),
    outcome: Text,
    reflection: Text
  })
  .strict()

const ReportBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: Label }).strict(),
  z.object({ kind: z.literal('paragraph'), text: Text }).strict(),
  z.object({ kind: z.literal('facts'), facts: many(Fact) }).strict(),
  z.object({ kind: z.literal('list'), items: many(Text) }).strict(),
  z.object({ kind: z.literal('table'), caption: Label, columns: z.array(Label).max(50), rows: many(z.array(Text).max(50)) }).strict(),
  z.object({ kind: z.literal('note'), tone: z.enum(['info', 'warning']), text: Text }).strict(),
  z
    .object({
      kind: z.literal('chart'),
      chart: z
        .object({
          type: z.enum(['bar', 'line']),
          title: Label,
          xLabel: Label,
          yLabel: Label,
          points: many(ChartPoint),
          markers: z.array(ChartPoint).max(20)
        })
        .strict()
    })
    .strict(),
  z.object({ kind: z.literal('assignment'), assignment: ReportAssignment }).strict()
])

export const ReportDocument: z.ZodType<ReportDocumentType> = z
  .object({
    id: z.string().min(1).max(100),
    title: Label,
    product: Label,
    author: Label,
    track: z.enum(COURSE_TRACKS).nullable(),
    generatedAt: s.IsoInstant,
    period: Period.nullable(),
    sections: z
      .array(z.object({ id: z.enum(REPORT_SECTIONS), title: Label, summary: Text, blocks: many(ReportBlock) }).strict())
      .max(REPORT_SECTIONS.length)
  })
  .strict()

// ---------------------------------------------------------------------------------------------
// Reviews

const CommentText = z.string().max(20_000, 'Keep each comment to 20,000 characters or fewer')

/** A comment as it is kept and listed. */
const StoredComment = z.object({
  target: z.enum(['section', 'assignment']),
  targetId: z.string(),
  label: z.string(),
  text: z.string(),
  /** The coach's verdict on an assignment; absent when none was given. */
  verdict: z.enum(REVIEW_VERDICTS).optional()
})

/** A comment in a review file names a section of the report by its id, or an assignment by its journal id. */
const ReviewFileComment = z.discriminatedUnion('target', [
  z.object({ target: z.literal('section'), targetId: z.enum(REPORT_SECTIONS), label: Label, text: CommentText }).strict(),
  z
    .object({
      target: z.literal('assignment'),
      targetId: z.string().regex(/^[1-9]\d{0,15}$/, 'Name the assignment by its journal id'),
      label: Label,
      text: CommentText,
      verdict: z.enum(REVIEW_VERDICTS, { message: `Give the assignment's verdict as one of: ${REVIEW_VERDICTS.join(', ')}` }).optional()
    })
    .strict()
])

/** The file a coach exports; read strictly on import so a stray field or a made-up date is noticed. */
export const ReviewFile: z.ZodType<ReviewFileType> = z
  .object({
    format: z.literal(REVIEW_FORMAT, { message: 'This is not a PO Studio review file' }),
    version: z.literal(1, { message: 'This review file was written by a newer PO Studio' }),
    reportId: z.string().min(1).max(100),
    reportChecksum: s.Sha256Hex,
    reportTitle: Label,
    product: Label,
    reviewer: z.string().max(120, 'Keep the reviewer to 120 characters or fewer'),
    reviewedAt: s.IsoInstant,
    assessment: z.object({ verdict: z.enum(REVIEW_VERDICTS), text: z.string().max(50_000) }).strict(),
    comments: z.array(ReviewFileComment).max(1000),
    checksum: s.Sha256Hex
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
  comments: z.array(StoredComment),
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
      .object({ html: s.FileText('The report file is empty') })
      .strict(),
    output: z.object({ report: ReportDocument, checksum: z.string(), intact: z.boolean() })
  }),

  'reviews.import': defineMethod({
    summary: "Keep a coach's review of a report with the product; a review changed after export is kept but flagged.",
    input: z
      .object({
        productId: s.Id,
        reviewJson: s.FileText('The review file is empty')
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
