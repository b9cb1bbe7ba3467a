import { ApiError } from '@shared/api'
import type { ValuesImportResult } from '@shared/api/methods/ebm'
import { formatValue } from '@shared/domain/ebm'
import { formatCount, formatNumber } from '@shared/domain/format'
import { formatTable } from '../format'
import { productByName } from '../product-by-name'
import { readUserFile } from '../read-text'
import { CliUserError, type CliCommand } from '../types'

const IMPORT_HELP = `
The CSV needs a header row. Columns: measure,date,value and optionally note (the measure by its
name, any case); with --measure, just date,value[,note]. Dates are YYYY-MM-DD. A value on a day that
already has one replaces it. Any problem means nothing is imported; each one is named by line and column.`

const days = (n: number | null) => (n === null ? '-' : formatCount(n, 'day'))

const ebm: CliCommand = {
  name: 'ebm',
  register(program, runtime) {
    const group = program
      .command('ebm')
      .description('Evidence-Based Management: measure values and the coverage of the Key Value Areas.')

    group
      .command('import-values')
      .description('Import measure values from a CSV file, all or nothing.')
      .argument('<file>', 'CSV with measure,date,value[,note] (or date,value[,note] with --measure)')
      .requiredOption('-p, --product <name>', 'the product the measures belong to')
      .option('-m, --measure <name>', 'import into this one measure')
      .addHelpText('after', IMPORT_HELP)
      .action(async (file: string, options: { product: string; measure?: string }, command) => {
        const csv = await readUserFile(file)
        const { json } = runtime.globals(command)
        await runtime.withContext(command, async (ctx) => {
          const product = await productByName(runtime, ctx, options.product)
          let measureId: number | undefined
          if (options.measure !== undefined) {
            const measures = await runtime.api(ctx).call('ebm.measures.list', { productId: product.id })
            const wanted = options.measure.trim().toLocaleLowerCase()
            const found = measures.find((m) => m.name.toLocaleLowerCase() === wanted)
            if (!found) {
              const names = measures.map((m) => `"${m.name}"`).join(', ') || 'none yet'
              throw new CliUserError(
                `"${product.name}" has no measure called "${options.measure}". Measures: ${names}.`
              )
            }
            measureId = found.id
          }
          let result: ValuesImportResult
          try {
            result = await runtime.api(ctx).call('ebm.values.import', { productId: product.id, measureId, csv })
          } catch (error) {
            const issues = error instanceof ApiError ? (error.issues ?? []) : []
            if (issues.length === 0 || issues.some((i) => i.path !== 'csv')) throw error
            throw new CliUserError(
              `${file} was not imported; nothing was written:\n${issues.map((i) => `  ${i.message}`).join('\n')}`
            )
          }
          if (json) runtime.printJson(result)
          else {
            runtime.print(
              `Imported ${formatCount(result.added + result.replaced, 'value')} into ${result.measures.map((m) => `"${m}"`).join(', ')}: ${formatNumber(result.added)} new, ${formatNumber(result.replaced)} replaced.`
            )
          }
        })
      })

    group
      .command('overview')
      .description('How well the four Key Value Areas are measured, and the blind spots with their reasons.')
      .requiredOption('-p, --product <name>', 'the product to look at')
      .option('--stale-after <days>', 'call a measure stale after this many days without a value (default 90)')
      .action(async (options: { product: string; staleAfter?: string }, command) => {
        const staleAfterDays = options.staleAfter === undefined ? undefined : Number(options.staleAfter)
        if (staleAfterDays !== undefined && !Number.isInteger(staleAfterDays)) {
          throw new CliUserError(`--stale-after needs a whole number of days, not "${options.staleAfter}".`)
        }
        const { json } = runtime.globals(command)
        await runtime.withContext(command, async (ctx) => {
          const product = await productByName(runtime, ctx, options.product)
          const overview = await runtime.api(ctx).call('ebm.overview', { productId: product.id, staleAfterDays })
          if (json) {
            runtime.printJson(overview)
            return
          }
          runtime.print(`${product.name}: Key Value Areas on ${overview.today}`)
          runtime.print(
            formatTable(
              ['AREA', 'MEASURES', 'LATEST VALUE', `STALE (>${overview.staleAfterDays} DAYS)`],
              overview.areas.map((a) => [
                a.label,
                String(a.measureCount),
                a.daysSinceLatest === null ? '-' : `${days(a.daysSinceLatest)} ago`,
                String(a.staleCount)
              ])
            )
          )
          if (overview.automatic.length > 0) {
            runtime.print('\nComputed from the backlog:')
            for (const m of overview.automatic) {
              runtime.print(
                `- ${m.name}: ${m.latest ? `${formatValue(m.latest.value, m.unit)} (week of ${m.latest.date})` : 'no finished items yet'}`
              )
            }
          }
          if (overview.blindSpots.length === 0) {
            runtime.print('\nNo blind spots.')
            return
          }
          runtime.print(`\nBlind spots (${overview.blindSpots.length}):`)
          for (const spot of overview.blindSpots) runtime.print(`- ${spot.title}\n  ${spot.reason}`)
        })
      })
  }
}

export default ebm
