import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { productByName } from '../product-by-name'
import { CliUserError, type CliCommand } from '../types'

const exportCommand: CliCommand = {
  name: 'export',
  register(program, runtime) {
    program
      .command('export')
      .description('Write a product to a file.')
      .argument(
        '<format>',
        'json: the whole product, which `po-studio import json` brings back; csv: the backlog as a spreadsheet; md: the backlog as a document'
      )
      .requiredOption('-p, --product <name>', 'the product to export')
      .requiredOption('-o, --out <file>', 'the file to write')
      .option('-f, --force', 'overwrite the file if it exists')
      .action(async (format: string, options: { product: string; out: string; force?: boolean }, command) => {
        if (!['json', 'csv', 'md'].includes(format))
          throw new CliUserError(`Unknown export format "${format}"; use json, csv or md.`)
        const target = resolve(options.out)
        if (existsSync(target) && !options.force)
          throw new CliUserError(`${target} already exists; choose another file or add --force to overwrite it.`)
        const { json } = runtime.globals(command)
        await runtime.withContext(command, async (ctx) => {
          const product = await productByName(runtime, ctx, options.product)
          if (format === 'json') {
            const document = await runtime.api(ctx).call('products.export', { productId: product.id })
            writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`)
          } else {
            const file = await runtime
              .api(ctx)
              .call(format === 'csv' ? 'export.csv' : 'export.markdown', { productId: product.id })
            writeFileSync(target, file.text)
          }
          if (json) runtime.printJson({ product: product.name, file: target })
          else runtime.print(`Exported "${product.name}" to ${target}.`)
        })
      })
  }
}

export default exportCommand
