import { writeCsv, type CsvSeparator } from '../csv'
import { ITEM_TYPE_LABELS, type ItemType } from '../backlog'
import { formatEstimate, type EstimateScale } from '../items/estimate-scale'
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
export const EXPORT_COLUMNS = ['Key', 'Type', 'Title', 'Status', 'Estimate', 'Labels', 'Description', 'Acceptance criteria', 'Parent', 'Created', 'Started', 'Finished'] as const

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

/** Text that Markdown shows as written, not as formatting. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ')
}

/** A readable document of the backlog in order: one section per item with its criteria. */
export function backlogMarkdown(product: string, items: readonly ExportItem[], scale: EstimateScale, exportedOn: string): string {
  const lines = [`# ${inline(product)}: Product Backlog`, '', `${items.length} ${items.length === 1 ? 'item' : 'items'} in order, exported ${exportedOn}.`, '']
  items.forEach((item, index) => {
    lines.push(`## ${index + 1}. ${inline(item.title)}`, '')
    const facts = [ITEM_TYPE_LABELS[item.type], item.state, item.estimate === null ? 'no estimate' : `estimate ${formatEstimate(scale, item.estimate)}`, `key ${inline(item.key)}`]
    if (item.parentKey) facts.push(`parent ${inline(item.parentKey)}`)
    if (item.labels.length > 0) facts.push(`labels: ${item.labels.map(inline).join(', ')}`)
    lines.push(`*${facts.join(' · ')}*`, '')
    if (item.description.trim()) lines.push(item.description.trim(), '')
    if (item.criteria.length > 0) {
      lines.push('**Acceptance criteria**', '')
      for (const criterion of item.criteria) lines.push(`- ${inline(criterion)}`)
      lines.push('')
    }
  })
  return lines.join('\n')
}
