import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Product } from '@shared/api'
import { IMPORT_FORMATS, type ImportFormat } from '@shared/domain/import/formats'
import { importCsv } from '../import-csv'
import { CliUserError, type CliCommand } from '../types'

function readJson(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new CliUserError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliUserError(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}

const importCommand: CliCommand = {
  name: 'import',
  register(program, runtime) {
    program
      .command('import')
      .description('Bring a product or a backlog in from a file, all or nothing: a bad file changes nothing.')
      .argument(
        '<format>',
        'json: a file written by `po-studio export json` (a new product); jira, azure or csv: a CSV export whose items go into --product'
      )
      .argument('<file>', 'the file to read')
      .option('-n, --name <name>', 'json: the new product’s name (default: the name in the file)')
      .option('-p, --product <name>', 'jira, azure, csv: the product to import into, created if it does not exist')
      .option('-m, --mapping <pairs>', 'csv: which column each field comes from, e.g. title=Summary,type=Issue Type')
      .option('-s, --state <status=state>', 'a status in the file and the product state it becomes (repeatable)', (value: string, all: string[]) => [...all, value], [])
      .action(async (format: string, file: string, options: { name?: string; product?: string; mapping?: string; state: string[] }, command) => {
        if ((IMPORT_FORMATS as readonly string[]).includes(format)) return importCsv(runtime, command, format as ImportFormat, file, options)
        if (format !== 'json') throw new CliUserError(`Unknown import format "${format}"; use json, jira, azure or csv.`)
        const document = readJson(resolve(file))
        const { json } = runtime.globals(command)
        await runtime.withContext(command, async (ctx) => {
          const product = await runtime.call<Product>(ctx, 'products.import', { document, ...(options.name && { name: options.name }) })
          if (json) runtime.printJson(product)
          else runtime.print(`Imported "${product.name}" with ${product.itemCount} backlog items.`)
        })
      })
  }
}

export default importCommand
