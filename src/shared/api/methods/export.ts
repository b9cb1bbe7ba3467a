import { z } from 'zod'
import { defineMethod } from '../define'
import { ByProduct } from './common'

const ExportedFile = z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() })

export const exportMethods = {
  'export.csv': defineMethod({
    summary: 'The backlog in order as CSV (safe to open in a spreadsheet; the CSV import reads it back).',
    input: ByProduct,
    output: ExportedFile
  }),

  'export.markdown': defineMethod({
    summary: 'The backlog in order as a readable Markdown document with acceptance criteria.',
    input: ByProduct,
    output: ExportedFile
  })
} as const
