import { Option } from 'commander'
import { formatCount } from '@shared/domain/format'
import type { OrderingComparison } from '@shared/api/methods/ordering'
import {
  MODELS,
  ORDERING_MODELS,
  ORDER_CSV_COLUMNS,
  formatNumber,
  modelOrder,
  parseOrderCsv,
  type OrderingModel
} from '@shared/domain/ordering'
import { csvRefused } from '../csv-errors'
import { formatTable } from '../format'
import { productByName } from '../product-by-name'
import { readUserFile } from '../read-text'
import type { CliCommand, CliRuntime } from '../types'

interface OrderOptions {
  input?: string
  product?: string
  model: OrderingModel
}

interface OrderedItem {
  id: string | number
  /** With --product: the item's key as people quote it (PB-12), which the table shows instead of the id. */
  key?: string
  title: string
  score: number | null
  rank: number
}

const COLUMNS_HELP = ORDERING_MODELS.map((m) => `${m}: ${ORDER_CSV_COLUMNS[m].map((c) => c.header).join(',')}`).join(
  '; '
)

const JSON_HELP = `
With --json (global option), prints:
  { "model", "items": [{ "id", "title", "score", "rank" }, ...] }
in the model's order; with --product each item also has its "key" (e.g. PB-12) (score: WSJF, CD3 or value / effort; null when not scored). With --product it adds
  "comparison": { "kendallTau", "averageDisplacement", "scoredCount", "unscoredCount", "tieBreak",
                  "movers": [{ "id", "key", "title", "manualPosition", "modelPosition", "shift", "reason" }] }
Ties: the smaller Job Size (effort, duration) first, then the manual order (for --input, the file's order);
unscored items follow the scored ones in the manual order.`

function printItems(runtime: CliRuntime, items: OrderedItem[]): void {
  runtime.print(
    formatTable(
      ['RANK', items.some((i) => i.key !== undefined) ? 'KEY' : 'ID', 'SCORE', 'TITLE'],
      items.map((i) => [String(i.rank), i.key ?? String(i.id), i.score === null ? '-' : formatNumber(i.score), i.title])
    )
  )
}

function printComparison(runtime: CliRuntime, comparison: OrderingComparison): void {
  const tau = comparison.kendallTau === null ? 'not enough scored items' : formatNumber(comparison.kendallTau)
  runtime.print('')
  runtime.print(`Agreement with your order (Kendall tau-b, 1 = same order, -1 = reversed): ${tau}`)
  runtime.print(
    `Average displacement: ${formatNumber(comparison.averageDisplacement)} places over ${formatCount(comparison.scoredCount, 'scored item')}`
  )
  if (comparison.unscoredCount > 0)
    runtime.print(
      `${formatCount(comparison.unscoredCount, 'item is', 'items are')} not fully scored and ${comparison.unscoredCount === 1 ? 'follows' : 'follow'} in your order.`
    )
  for (const mover of comparison.movers) runtime.print(`- ${mover.title}: ${mover.reason}`)
  runtime.print(comparison.tieBreak)
}

const order: CliCommand = {
  name: 'order',
  register(program, runtime) {
    program
      .command('order')
      .description(
        'Order items by WSJF, CD3 or value / effort. With --input it is a what-if on a CSV and needs no data folder.'
      )
      .addOption(
        new Option(
          '-i, --input <file>',
          `CSV with a header: id,title and the model's columns (${COLUMNS_HELP}); rows in your order`
        ).conflicts('product')
      )
      .addOption(
        new Option('-p, --product <name>', "a product's open items, compared with its manual order").conflicts('input')
      )
      .addOption(new Option('-m, --model <model>', 'the ordering model').choices(ORDERING_MODELS).makeOptionMandatory())
      .addHelpText('after', JSON_HELP)
      .action(async (options: OrderOptions, command) => {
        const { json } = runtime.globals(command)
        const { model } = options
        if (options.input !== undefined) {
          const parsed = parseOrderCsv(await readUserFile(options.input), model)
          if (!parsed.ok) throw csvRefused(options.input, parsed.errors)
          const items = modelOrder(parsed.rows, model).map((e) => ({
            id: e.id,
            title: e.title,
            score: e.score,
            rank: e.modelPosition
          }))
          if (json) runtime.printJson({ model, items })
          else printItems(runtime, items)
          return
        }
        if (options.product === undefined) {
          command.error('error: say what to order: --input FILE.csv (what-if) or --product NAME', { exitCode: 2 })
        }
        const { comparison, keys } = await runtime.withContext(command, async (ctx) => {
          const product = await productByName(runtime, ctx, options.product!)
          const api = runtime.api(ctx)
          const list = await api.call('backlog.list', { productId: product.id })
          return {
            comparison: await api.call('ordering.compare', { productId: product.id, model }),
            keys: new Map(list.map((item) => [item.id, item.key]))
          }
        })
        const keyOf = (id: number) => keys.get(id) ?? String(id)
        const items = comparison.items.map((e) => ({
          id: e.id,
          key: keyOf(e.id),
          title: e.title,
          score: e.score,
          rank: e.modelPosition
        }))
        if (json) {
          const { kendallTau, averageDisplacement, scoredCount, unscoredCount, tieBreak, movers } = comparison
          runtime.printJson({
            model,
            items,
            comparison: {
              kendallTau,
              averageDisplacement,
              scoredCount,
              unscoredCount,
              tieBreak,
              movers: movers.map(({ id, title, manualPosition, modelPosition, shift, reason }) => ({
                id,
                key: keyOf(id),
                title,
                manualPosition,
                modelPosition,
                shift,
                reason
              }))
            }
          })
          return
        }
        runtime.print(`${MODELS[model].label} order:`)
        printItems(runtime, items)
        printComparison(runtime, comparison)
      })
  }
}

export default order
