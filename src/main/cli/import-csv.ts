import { ITEM_TYPES, type ItemType } from '@shared/domain/backlog'
import {
  decodeBytes,
  describeCsvError,
  parseSeparatorName,
  SEPARATOR_NAMES,
  TEXT_ENCODING_LABELS,
  TEXT_ENCODINGS,
  type CsvSeparator,
  type TextEncodingName
} from '@shared/domain/csv'
import { formatCount, formatNumber } from '@shared/domain/format'
import { DATE_ORDERS, type DateOrder } from '@shared/domain/import/dates'
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type ImportFormat } from '@shared/domain/import/formats'
import type { Command } from 'commander'
import { readUserBytes } from './read-text'
import { CliUserError, type CliRuntime } from './types'

/** `title=Summary,type=Issue Type` → { title: 'Summary', type: 'Issue Type' }; `sprint=` leaves a field out. */
export function parseMapping(text: string): ColumnMapping {
  const mapping: ColumnMapping = {}
  for (const pair of text.split(',')) {
    const at = pair.indexOf('=')
    const field = pair.slice(0, at).trim()
    if (at <= 0 || !(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new CliUserError(
        `--mapping takes field=Column pairs separated by commas, e.g. title=Summary,type=Issue Type; fields: ${IMPORT_FIELDS.join(', ')}.`
      )
    }
    mapping[field as ImportField] = pair.slice(at + 1).trim()
  }
  return mapping
}

/** `"Parked=Ready"` pairs (repeatable options): a name in the file → what it becomes. */
function parsePairs(option: string, example: string, pairs: readonly string[]): Array<[string, string]> {
  return pairs.map((pair) => {
    const at = pair.lastIndexOf('=')
    if (at <= 0 || at === pair.length - 1)
      throw new CliUserError(`${option} takes "Name in the file=What it becomes", e.g. "${example}"; got "${pair}".`)
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
  })
}

/** `--state "Parked=Ready"`: a status in the file → a state of the product. */
export function parseStates(pairs: readonly string[]): Record<string, string> {
  return Object.fromEntries(parsePairs('--state', 'Parked=Ready', pairs))
}

/** `--type "Incident=bug"`: a type in the file → an item type. */
export function parseTypes(pairs: readonly string[]): Record<string, ItemType> {
  return Object.fromEntries(
    parsePairs('--type', 'Incident=bug', pairs).map(([from, to]) => {
      if (!(ITEM_TYPES as readonly string[]).includes(to))
        throw new CliUserError(`--type "${from}=${to}": the type must be one of ${ITEM_TYPES.join(', ')}.`)
      return [from, to as ItemType]
    })
  )
}

export interface FileReadingOptions {
  encoding?: string
  separator?: string
  dateFormat?: string
}

export interface ReadFile {
  text: string
  encoding: TextEncodingName
  /** How the encoding was known, as a sentence for the user. */
  encodingNote: string
  separator?: CsvSeparator
  dateOrder?: DateOrder
}

/** Reads a CSV file the user named with the encoding, separator and date order they chose, or detected. */
export async function readCsvFile(file: string, options: FileReadingOptions): Promise<ReadFile> {
  if (options.encoding !== undefined && !(TEXT_ENCODINGS as readonly string[]).includes(options.encoding)) {
    throw new CliUserError(`--encoding must be one of ${TEXT_ENCODINGS.join(', ')}; got "${options.encoding}".`)
  }
  const separator = options.separator === undefined ? undefined : parseSeparatorName(options.separator)
  if (separator === null)
    throw new CliUserError(`--separator must be comma, semicolon or tab; got "${options.separator}".`)
  if (options.dateFormat !== undefined && !(DATE_ORDERS as readonly string[]).includes(options.dateFormat)) {
    throw new CliUserError(
      `--date-format must be ${DATE_ORDERS.join(', ')} (day, month, year order); got "${options.dateFormat}".`
    )
  }
  const decoded = decodeBytes(await readUserBytes(file), options.encoding as TextEncodingName | undefined)
  if (!decoded.ok)
    throw new CliUserError(`Cannot read ${file}: ${decoded.message} (--encoding ${TEXT_ENCODINGS.join('|')})`)
  const { text, encoding, reason } = decoded.decoded
  return {
    text,
    encoding,
    encodingNote: `${TEXT_ENCODING_LABELS[encoding]} (${reason === 'chosen' ? 'as chosen' : reason === 'byte-order mark' ? 'its byte-order mark says so' : reason === 'valid UTF-8' ? 'the bytes are valid UTF-8' : 'the bytes are not valid UTF-8'})`,
    ...(separator && { separator }),
    ...(options.dateFormat && { dateOrder: options.dateFormat as DateOrder })
  }
}

interface CsvImportOptions extends FileReadingOptions {
  product?: string
  mapping?: string
  state: string[]
  type: string[]
}

/** Warnings shown without --json; the rest are counted. */
const SHOWN_WARNINGS = 10

/** Imports a Jira, Azure DevOps, ActionableAgile or mapped CSV export into the named product, creating it when there is none by that name. */
export async function importCsv(
  runtime: CliRuntime,
  command: Command,
  format: ImportFormat,
  file: string,
  options: CsvImportOptions
): Promise<void> {
  if (!options.product)
    throw new CliUserError(`Name the product to import into with --product NAME (it is created if it does not exist).`)
  const read = await readCsvFile(file, options)
  const { json } = runtime.globals(command)
  await runtime.withContext(command, async (ctx) => {
    const products = await runtime.api(ctx).call('products.list', { includeArchived: true })
    const name = options.product!.trim()
    const existing = products.find((p) => p.name.toLocaleLowerCase() === name.toLocaleLowerCase())
    const result = await runtime.api(ctx).call('import.commit', {
      ...(existing ? { productId: existing.id } : { newProductName: name }),
      format,
      csv: read.text,
      ...(read.separator && { separator: read.separator }),
      ...(read.dateOrder && { dateOrder: read.dateOrder }),
      ...(options.mapping && { mapping: parseMapping(options.mapping) }),
      ...(options.state.length > 0 && { states: parseStates(options.state) }),
      ...(options.type.length > 0 && { types: parseTypes(options.type) })
    })
    const { productId: _id, ...counts } = result
    if (json) return runtime.printJson({ product: existing?.name ?? name, encoding: read.encoding, ...counts })
    const into = existing ? `into "${existing.name}"` : `into the new product "${name}"`
    const removed = result.removed > 0 ? `, ${formatNumber(result.removed)} as removed work` : ''
    runtime.print(
      `Imported ${file} ${into}: ${formatNumber(result.added)} added, ${formatNumber(result.updated)} updated, ${formatNumber(result.unchanged)} unchanged${removed}.`
    )
    runtime.print(`Read as ${read.encodingNote}.`)
    const { warnings } = result
    if (warnings.length === 0) return
    runtime.print(`${formatCount(warnings.length, 'warning')}:`)
    for (const w of warnings.slice(0, SHOWN_WARNINGS)) runtime.print(`  ${describeCsvError(w)}`)
    if (warnings.length > SHOWN_WARNINGS)
      runtime.print(`  … and ${formatNumber(warnings.length - SHOWN_WARNINGS)} more (--json lists them all).`)
  })
}

export const SEPARATOR_CHOICES = Object.values(SEPARATOR_NAMES).join('|')
