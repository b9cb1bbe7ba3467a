import type { ReportDocument } from './document'
import { sha256 } from './sha256'

/** The id of the `<script type="application/json">` block that carries a report's data. */
export const REPORT_DATA_ID = 'po-studio-report'

/** The report's data as it is checksummed: plain `JSON.stringify`, so parsing and stringifying again gives the same text. */
export function reportChecksum(document: ReportDocument): string {
  return sha256(JSON.stringify(document))
}

/**
 * A data block (never executed, so no Content-Security-Policy needs to allow it) with the report and
 * its checksum. Every `<` is written as `\u003c`, which JSON reads back as `<`, so no text in the
 * report can close the block early.
 */
export function dataBlock(document: ReportDocument): string {
  const json = JSON.stringify(document).replace(/</g, '\\u003c')
  return `<script type="application/json" id="${REPORT_DATA_ID}" data-sha256="${reportChecksum(document)}">${json}</script>`
}

export interface ExtractedReport {
  /** The parsed data; the caller validates its shape. */
  data: unknown
  /** The checksum written in the file when it was exported ('' when it is missing). */
  expected: string
  /** The checksum of the data as it is now. */
  actual: string
  /** False when the data was changed after export. */
  intact: boolean
}

/** Reads the data block back from a report's HTML; null when there is none or it is not JSON. */
export function extractReport(html: string): ExtractedReport | null {
  const open = new RegExp(`<script\\b[^>]*\\bid="${REPORT_DATA_ID}"[^>]*>`, 'i').exec(html)
  if (!open) return null
  const start = open.index + open[0].length
  const end = html.indexOf('</script>', start)
  if (end < 0) return null
  let data: unknown
  try {
    data = JSON.parse(html.slice(start, end))
  } catch {
    return null
  }
  const expected = /\bdata-sha256="([0-9a-f]*)"/i.exec(open[0])?.[1]?.toLowerCase() ?? ''
  const actual = sha256(JSON.stringify(data))
  return { data, expected, actual, intact: expected === actual }
}
