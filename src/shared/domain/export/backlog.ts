import { writeCsv, type CsvSeparator } from '../csv'
import { ITEM_TYPE_LABELS, type ItemType } from '../backlog'
import { formatCount, formatDay } from '../format'
import { formatEstimate, type EstimateScale } from '../items/estimate-scale'
import { markdownText, markdownWithoutHtml } from '../markdown'
import { safeCell } from './spreadsheet'

/** A backlog item as the exports write it. */
export interface ExportItem {
  key: string
  type: ItemType
  title: string
  description: string
  estimate: number | null
  state: string
  labels: string[]
  criteria: string[]
  parentKey: string | null
  createdAt: string
  startedAt: string | null
  /** When it entered its done (or removed) state. */
  finishedAt: string | null
}

/** Our CSV's columns; the generic CSV import recognises them without a mapping. */
export const EXPORT_COLUMNS = [
  'Key',
  'Type',
  'Title',
  'Status',
  'Estimate',
  'Labels',
  'Description',
  'Acceptance criteria',
  'Parent',
  'Created',
  'Started',
  'Finished'
] as const

/** The backlog in order as CSV that opens safely in a spreadsheet and imports back as the same items. */
export function backlogCsv(items: readonly ExportItem[], separator: CsvSeparator = ','): string {
  const rows = items.map((item) => [
    item.key,
    ITEM_TYPE_LABELS[item.type],
    item.title,
    item.state,
    item.estimate === null ? '' : String(item.estimate),
    item.labels.join('; '),
    item.description,
    item.criteria.join('\n'),
    item.parentKey ?? '',
    item.createdAt,
    item.startedAt ?? '',
    item.finishedAt ?? ''
  ])
  return writeCsv([[...EXPORT_COLUMNS], ...rows.map((row) => row.map(safeCell))], separator)
}

/** A readable document of the backlog in order: one section per item with its criteria. */
export function backlogMarkdown(
  product: string,
  items: readonly ExportItem[],
  scale: EstimateScale,
  exportedOn: string
): string {
  const lines = [
    `# ${markdownText(product)}: Product Backlog`,
    '',
    `${formatCount(items.length, 'item')} in order, exported ${formatDay(exportedOn)}.`,
    ''
  ]
  items.forEach((item, index) => {
    lines.push(`## ${index + 1}. ${markdownText(item.title)}`, '')
    const facts = [
      ITEM_TYPE_LABELS[item.type],
      markdownText(item.state),
      item.estimate === null ? 'no estimate' : `estimate ${formatEstimate(scale, item.estimate)}`,
      `key ${markdownText(item.key)}`
    ]
    if (item.parentKey) facts.push(`parent ${markdownText(item.parentKey)}`)
    if (item.labels.length > 0) facts.push(`labels: ${item.labels.map(markdownText).join(', ')}`)
    lines.push(`*${facts.join(' · ')}*`, '')
    if (item.description.trim()) lines.push(markdownWithoutHtml(item.description.trim()), '')
    if (item.criteria.length > 0) {
      lines.push('**Acceptance criteria**', '')
      for (const criterion of item.criteria) lines.push(`- ${markdownText(criterion)}`)
      lines.push('')
    }
  })
  return lines.join('\n')
}
