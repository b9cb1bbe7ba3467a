import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Product } from '@shared/api'
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
      .description('Create a product from a file, all or nothing: a bad file changes nothing.')
      .argument('<format>', 'json: a file written by `po-studio export json`')
      .argument('<file>', 'the file to read')
      .option('-n, --name <name>', 'the new product’s name (default: the name in the file)')
      .action(async (format: string, file: string, options: { name?: string }, command) => {
        if (format !== 'json') throw new CliUserError(`Unknown import format "${format}"; use json.`)
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
