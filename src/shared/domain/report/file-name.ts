import type { ReportDocument } from './document'
import { slug } from './review'

/** A file name such as "report-pool-booking-2025-03-12.html". */
export function reportFileName(
  report: Pick<ReportDocument, 'product' | 'generatedAt'>,
  extension: 'html' | 'md' | 'pdf'
): string {
  return `report-${slug(report.product)}-${report.generatedAt.slice(0, 10)}.${extension}`
}
