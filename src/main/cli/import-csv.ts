import type { Product } from '@shared/api'
import { MAPPABLE_FIELDS, type ImportFormat, type MappableField } from '@shared/domain/import/formats'
import type { Command } from 'commander'
import { readUserFile } from './read-text'
import { CliUserError, type CliRuntime } from './types'

/** `title=Summary,type=Issue Type` → { title: 'Summary', type: 'Issue Type' }. */
export function parseMapping(text: string): Partial<Record<MappableField, string>> {
  const mapping: Partial<Record<MappableField, string>> = {}
  for (const pair of text.split(',')) {
    const [field = '', column = ''] = pair.split('=').map((part) => part.trim())
    if (!(MAPPABLE_FIELDS as readonly string[]).includes(field) || !column) {
      throw new CliUserError(`--mapping takes field=Column pairs separated by commas, e.g. title=Summary,type=Issue Type; fields: ${MAPPABLE_FIELDS.join(', ')}.`)
    }
    mapping[field as MappableField] = column
  }
  return mapping
}

/** `--state "Parked=Ready"` (repeatable): a status in the file → a state of the product. */
export function parseStates(pairs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.lastIndexOf('=')
      if (at <= 0 || at === pair.length - 1) throw new CliUserError(`--state takes "Status in the file=State of the product", e.g. "Parked=Ready"; got "${pair}".`)
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
    })
  )
}

interface CsvImportOptions {
  product?: string
  mapping?: string
  state: string[]
}

/** Imports a Jira, Azure DevOps or mapped CSV export into the named product, creating it when there is none by that name. */
export async function importCsv(runtime: CliRuntime, command: Command, format: ImportFormat, file: string, options: CsvImportOptions): Promise<void> {
  if (!options.product) throw new CliUserError(`Name the product to import into with --product NAME (it is created if it does not exist).`)
  if (options.mapping && format !== 'csv') throw new CliUserError('--mapping is for the csv format; Jira and Azure DevOps columns are known.')
  const csv = await readUserFile(file)
  const { json } = runtime.globals(command)
  await runtime.withContext(command, async (ctx) => {
    const products = await runtime.call<Product[]>(ctx, 'products.list', { includeArchived: true })
    const name = options.product!.trim()
    const existing = products.find((p) => p.name.toLocaleLowerCase() === name.toLocaleLowerCase())
    const result = await runtime.call<{ productId: number; created: number; updated: number; warnings: number }>(ctx, 'import.commit', {
      ...(existing ? { productId: existing.id } : { newProductName: name }),
      format,
      csv,
      ...(options.mapping && { mapping: parseMapping(options.mapping) }),
      ...(options.state.length > 0 && { states: parseStates(options.state) })
    })
    if (json) runtime.printJson({ product: existing?.name ?? name, ...result })
    else {
      const into = existing ? `into "${existing.name}"` : `into the new product "${name}"`
      const warnings = result.warnings > 0 ? ` (${result.warnings} ${result.warnings === 1 ? 'warning' : 'warnings'}: see them with the app's import preview)` : ''
      runtime.print(`Imported ${file} ${into}: ${result.created} added, ${result.updated} updated${warnings}.`)
    }
  })
}
