import { randomUUID } from 'node:crypto'
import { ApiError } from '@shared/api'
import { ReportDocument } from '@shared/api/methods/reports'
import {
  buildReport,
  extractReport,
  renderHtml,
  renderMarkdown,
  reportChecksum,
  reportFileName
} from '@shared/domain/report'
import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { reportData } from './data'
import { chromiumPrinter, type PdfPrinter } from './pdf'
import { createReviewService } from './reviews'

export interface ReportsDeps extends ServiceDeps {
  /** How this process prints HTML to PDF; Chromium unless the desktop shell gives its own. */
  printPdf?: PdfPrinter
}

const MIME = { html: 'text/html', md: 'text/markdown', pdf: 'application/pdf' } as const

export function reportsHandlers(deps: ReportsDeps): HandlerMap<MethodsOf<'reports' | 'reviews'>> {
  const reviews = createReviewService(deps)
  const printPdf = deps.printPdf ?? chromiumPrinter()
  return {
    'reports.build': async ({ productId, sections, from, to, author, track, format }) => {
      const data = await reportData(deps, { productId, sections, track })
      const report = buildReport(data, {
        id: randomUUID(),
        generatedAt: deps.now().toISOString(),
        author,
        track,
        sections,
        period: from && to ? { from, to } : null
      })
      const base = {
        fileName: reportFileName(report, format),
        mimeType: MIME[format],
        reportId: report.id,
        checksum: reportChecksum(report)
      }
      if (format === 'md') return { ...base, encoding: 'utf8', content: renderMarkdown(report) }
      const html = renderHtml(report)
      if (format === 'html') return { ...base, encoding: 'utf8', content: html }
      return { ...base, encoding: 'base64', content: Buffer.from(await printPdf(html)).toString('base64') }
    },
    'reports.open': ({ html }) => {
      const extracted = extractReport(html)
      if (!extracted)
        throw new ApiError(
          'invalid_input',
          'This file carries no PO Studio report data; choose an HTML report exported by PO Studio.',
          [{ path: 'html', message: 'No report data found' }]
        )
      const parsed = ReportDocument.safeParse(extracted.data)
      if (!parsed.success)
        throw new ApiError('invalid_input', 'The report data in this file is damaged or from a newer PO Studio.', [
          { path: 'html', message: 'Unreadable report data' }
        ])
      return { report: parsed.data, checksum: extracted.actual, intact: extracted.intact }
    },
    'reviews.import': ({ productId, reviewJson }) => reviews.import(productId, reviewJson),
    'reviews.list': ({ productId }) => reviews.list(productId),
    'reviews.delete': ({ id }) => reviews.remove(id)
  }
}
