import { KANO_CATEGORIES, KANO_CATEGORY_LABELS, kanoByFeature, parseKanoCsv } from '@shared/domain/ordering'
import { csvRefused } from '../csv-errors'
import { formatTable } from '../format'
import { readUserFile } from '../read-text'
import { CliUserError, type CliCommand } from '../types'

const JSON_HELP = `
With --json (global option), prints:
  { "features": [{ "feature", "category", "counts": { "A", "O", "M", "I", "R", "Q" } }, ...] }
in the order the features first appear. Categories: A attractive, O one-dimensional, M must-be,
I indifferent, R reverse, Q questionable. The category is the most frequent one; ties go
M > O > A > I, and R or Q only win when strictly more frequent than each of those four.`

const kano: CliCommand = {
  name: 'kano',
  register(program, runtime) {
    program
      .command('kano')
      .description('Evaluate Kano survey answers from a CSV. Needs no data folder.')
      .argument(
        '<file>',
        'CSV with a header: feature,functional,dysfunctional; answers like, expect, neutral, live-with, dislike'
      )
      .addHelpText('after', JSON_HELP)
      .action(async (file: string, _options: unknown, command) => {
        const parsed = parseKanoCsv(await readUserFile(file))
        if (!parsed.ok) throw csvRefused(file, parsed.errors)
        if (parsed.rows.length === 0) throw new CliUserError(`${file} has a header but no answers.`)
        const features = kanoByFeature(parsed.rows)
        if (runtime.globals(command).json) {
          runtime.printJson({
            features: features.map(({ feature, category, counts }) => ({ feature, category, counts }))
          })
          return
        }
        runtime.print(
          formatTable(
            ['FEATURE', 'CATEGORY', ...KANO_CATEGORIES],
            features.map((f) => [
              f.feature,
              f.category ? KANO_CATEGORY_LABELS[f.category] : '-',
              ...KANO_CATEGORIES.map((c) => String(f.counts[c]))
            ])
          )
        )
        for (const f of features) for (const flag of f.flags) runtime.print(`- ${f.feature}: ${flag}`)
      })
  }
}

export default kano
