import type { MethodInput, MethodOutput } from '@shared/api'
import type { CsvSeparator } from '@shared/domain/csv'
import type { ColumnMapping, ImportFormat } from '@shared/domain/import/formats'
import type { DateOrder } from '@shared/domain/import/dates'
import type { ItemType } from '@shared/domain/backlog'
import { formatCount, formatNumber } from '@shared/domain/format'

export type ImportInput = MethodInput<'import.preview'>

/** What the user answered of the questions the file leaves open. */
export interface Answers {
  dateOrder?: DateOrder
  states: Record<string, string>
  types: Record<string, ItemType>
}

/** What the import page holds that goes into a preview or a commit. */
export interface ImportChoices {
  productId: number
  target: 'this' | 'new'
  newName: string
  format: ImportFormat
  csv: string
  separator: CsvSeparator | undefined
  mapping: ColumnMapping | undefined
  answers: Answers
}

/** The call's input: only what the user chose or answered, so the server decides the rest. */
export function importInput(choices: ImportChoices, overrides: Partial<ImportInput> = {}): ImportInput {
  const { productId, target, newName, format, csv, separator, mapping, answers } = choices
  return {
    ...(target === 'this' ? { productId } : { newProductName: newName }),
    format,
    csv,
    ...(separator && { separator }),
    ...(mapping && { mapping }),
    ...(answers.dateOrder && { dateOrder: answers.dateOrder }),
    ...(Object.keys(answers.states).length > 0 && { states: answers.states }),
    ...(Object.keys(answers.types).length > 0 && { types: answers.types }),
    ...overrides
  }
}

/** A file can be previewed once it has text and, for a new product, a name. */
export const canPreview = (input: ImportInput) =>
  input.csv !== '' && (input.newProductName === undefined || input.newProductName.trim() !== '')

/** The toast after an import: what it did, in counts. */
export function importedMessage(fileName: string, result: MethodOutput<'import.commit'>): string {
  const { length } = result.warnings
  const warnings = length > 0 ? `, ${formatCount(length, 'warning')}` : ''
  const { added, updated, unchanged } = result
  return `Imported ${fileName}: ${formatNumber(added)} added, ${formatNumber(updated)} updated, ${formatNumber(unchanged)} unchanged${warnings}.`
}
