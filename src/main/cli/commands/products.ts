import { formatTable } from '../format'
import type { CliCommand } from '../types'

const products: CliCommand = {
  name: 'products',
  register(program, runtime) {
    const group = program.command('products').description('List and create products.')

    group
      .command('list')
      .description('List products, active first (with --json: the products.list answer).')
      .option('-a, --all', 'include archived products')
      .action(async (options: { all?: boolean }, command) => {
        const { json } = runtime.globals(command)
        const list = await runtime.withContext(command, (ctx) =>
          runtime.api(ctx).call('products.list', { includeArchived: options.all === true })
        )
        if (json) {
          runtime.printJson(list)
          return
        }
        if (list.length === 0) {
          runtime.print('No products yet. Create one with: po-studio products create "<name>"')
          return
        }
        runtime.print(
          formatTable(
            ['ID', 'NAME', 'ITEMS', 'NOTE'],
            list.map((p) => [
              String(p.id),
              p.name,
              String(p.itemCount),
              [p.isSample ? 'sample' : '', p.archived ? 'archived' : ''].filter(Boolean).join(', ')
            ])
          )
        )
      })

    group
      .command('create')
      .description('Create an empty product with the default workflow.')
      .argument('<name>', 'the product name')
      .option('-d, --description <text>', 'a short description', '')
      .action(async (name: string, options: { description: string }, command) => {
        const { json } = runtime.globals(command)
        const product = await runtime.withContext(command, (ctx) =>
          runtime.api(ctx).call('products.create', { name, description: options.description })
        )
        if (json) runtime.printJson(product)
        else runtime.print(`Created product ${product.id}: ${product.name}`)
      })
  }
}

export default products
