import type { ProductDocument } from '@shared/api'
import { ITEM_TYPES } from '@shared/domain/backlog'
import { decodeUnicodeText, TEXT_ENCODINGS } from '@shared/domain/csv'
import { IMPORT_FIELDS, IMPORT_FORMATS, type ImportFormat } from '@shared/domain/import/formats'
import { importCsv, SEPARATOR_CHOICES } from '../import-csv'
import { readUserBytes } from '../read-text'
import { CliUserError, type CliCommand } from '../types'

/** A product file, refused by its size before it is read; its bytes must be Unicode text. */
async function readJson(file: string): Promise<unknown> {
  const decoded = decodeUnicodeText(await readUserBytes(file))
  if (!decoded.ok) throw new CliUserError(`Cannot read ${file}: ${decoded.message}`)
  try {
    return JSON.parse(decoded.decoded.text)
  } catch (error) {
    throw new CliUserError(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}

const repeat = (value: string, all: string[]) => [...all, value]

const importCommand: CliCommand = {
  name: 'import',
  register(program, runtime) {
    program
      .command('import')
      .description('Bring a product or a backlog in from a file, all or nothing: a bad file changes nothing.')
      .argument(
        '<format>',
        'json: a file written by `po-studio export json` (a new product); jira, azure, stages (ActionableAgile) or csv: a CSV export whose items go into --product'
      )
      .argument('<file>', 'the file to read')
      .option('-n, --name <name>', 'json: the new product’s name (default: the name in the file)')
      .option('-p, --product <name>', 'CSV formats: the product to import into, created if it does not exist')
      .option(
        '-m, --mapping <pairs>',
        `which column each field comes from, over the format's own names, e.g. title=Summary,type=Issue Type (fields: ${IMPORT_FIELDS.join(', ')})`
      )
      .option(
        '-s, --state <status=state>',
        'a status (or stage) in the file and the product state it becomes (repeatable)',
        repeat,
        []
      )
      .option(
        '-t, --type <type=itemType>',
        `a type in the file and the item type it becomes: ${ITEM_TYPES.join(', ')} (repeatable)`,
        repeat,
        []
      )
      .option('--encoding <name>', `the file's text encoding (default: detected): ${TEXT_ENCODINGS.join(', ')}`)
      .option('--separator <name>', `the field separator (default: detected): ${SEPARATOR_CHOICES}`)
      .option('--date-format <order>', 'the order of all-numeric dates when the file leaves it open: dmy, mdy or ymd')
      .addHelpText(
        'after',
        `
Dates are read column by column: a column that reads both day first and month first is refused until
--date-format says which. Rows without a key are matched to items by title on a second import.
With --json (global option), prints:
  { "product", "encoding", "added", "updated", "unchanged", "removed", "warnings": [{ "line", "column", "message" }] }
where "removed" counts rows whose state is one for removed work (neither done nor open).`
      )
      .action(
        async (format: string, file: string, options: { name?: string } & Parameters<typeof importCsv>[4], command) => {
          if ((IMPORT_FORMATS as readonly string[]).includes(format))
            return importCsv(runtime, command, format as ImportFormat, file, options)
          if (format !== 'json')
            throw new CliUserError(`Unknown import format "${format}"; use json, ${IMPORT_FORMATS.join(', ')}.`)
          // Any JSON goes to the dispatcher, whose schema for products.import checks the document.
          const document = await readJson(file)
          const { json } = runtime.globals(command)
          await runtime.withContext(command, async (ctx) => {
            const product = await runtime.api(ctx).call('products.import', {
              document: document as ProductDocument,
              ...(options.name && { name: options.name })
            })
            if (json) runtime.printJson(product)
            else runtime.print(`Imported "${product.name}" with ${product.itemCount} backlog items.`)
          })
        }
      )
  }
}

export default importCommand
