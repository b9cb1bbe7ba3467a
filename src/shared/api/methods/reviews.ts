import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { REVIEW_FORMAT, REVIEW_VERDICTS, type ReviewFile as ReviewFileType } from '../../domain/report/review'
import { REPORT_SECTIONS } from '../../domain/report/sections'
import { ById, ByProduct } from './common'
import { Label } from './reports'

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
  z
    .object({ target: z.literal('section'), targetId: z.enum(REPORT_SECTIONS), label: Label, text: CommentText })
    .strict(),
  z
    .object({
      target: z.literal('assignment'),
      targetId: z.string().regex(/^[1-9]\d{0,15}$/, 'Name the assignment by its journal id'),
      label: Label,
      text: CommentText,
      verdict: z
        .enum(REVIEW_VERDICTS, { message: `Give the assignment's verdict as one of: ${REVIEW_VERDICTS.join(', ')}` })
        .optional()
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

export const reviewsMethods = {
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
