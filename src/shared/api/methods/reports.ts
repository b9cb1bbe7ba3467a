import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import type { ReportDocument as ReportDocumentType } from '../../domain/report/document'
import { COURSE_TRACKS, REPORT_SECTIONS } from '../../domain/report/sections'
import { IsoDay } from './common'

// Read back from files that travel by mail, so every field is checked as strictly as API input:
// strict objects, real dates, bounded sizes. Bounds are far above what PO Studio writes.
const Text = z.string().max(100_000)
export const Label = z.string().max(1000)
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
  z
    .object({
      kind: z.literal('table'),
      caption: Label,
      columns: z.array(Label).max(50),
      rows: many(z.array(Text).max(50))
    })
    .strict(),
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

export const ReportSectionName = z.enum(REPORT_SECTIONS, {
  message: `Choose sections from: ${REPORT_SECTIONS.join(', ')}`
})
export const REPORT_FORMATS = ['html', 'md', 'pdf'] as const

export const ReportRequest = z
  .object({
    productId: s.Id,
    sections: z.array(ReportSectionName).min(1, 'Choose at least one section').max(REPORT_SECTIONS.length),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    author: z.string().trim().max(120, 'Keep the author to 120 characters or fewer').default(''),
    track: z
      .enum(COURSE_TRACKS, { message: `Choose a course track: ${COURSE_TRACKS.join(', ')}` })
      .nullable()
      .default(null),
    format: z.enum(REPORT_FORMATS, { message: 'Choose a format: html, md or pdf' })
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.from === undefined) !== (value.to === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [value.from === undefined ? 'from' : 'to'],
        message: 'Give both ends of the period, or neither'
      })
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
    input: z.object({ html: s.FileText('The report file is empty') }).strict(),
    output: z.object({ report: ReportDocument, checksum: z.string(), intact: z.boolean() })
  })
} as const
