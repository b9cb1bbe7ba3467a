import { checkInvest, INVEST_NAMES } from '@shared/domain/invest'
import { CliUserError, type CliCommand } from '../types'

const collect = (value: string, previous: string[]) => [...previous, value]

const lint: CliCommand = {
  name: 'lint',
  register(program, runtime) {
    program
      .command('lint')
      .description(
        'Check a story against INVEST: which letter each finding weakens, why, and how to fix it. Needs no data folder.'
      )
      .argument('<story>', 'the story text, e.g. "As a swimmer, I want …, so that …"')
      .option('-c, --criteria <criterion>', 'an acceptance criterion (repeat for several)', collect, [])
      .option('-e, --estimate <points>', 'the estimate in points')
      .option('--max-estimate <points>', 'estimates above this are too big for one item', '8')
      .action((story: string, options: { criteria: string[]; estimate?: string; maxEstimate: string }, command) => {
        const number = (text: string, flag: string) => {
          const value = Number(text)
          if (!Number.isFinite(value) || value < 0)
            throw new CliUserError(`${flag} must be a number of points, not "${text}".`)
          return value
        }
        const report = checkInvest({
          text: story,
          criteria: options.criteria,
          estimate: options.estimate === undefined ? null : number(options.estimate, '--estimate'),
          estimateThreshold: number(options.maxEstimate, '--max-estimate')
        })
        if (runtime.globals(command).json) {
          runtime.printJson({
            form: report.form,
            findings: report.findings.map(({ letter, severity, rule, message, fix, source }) => ({
              letter,
              severity,
              rule,
              message,
              fix,
              source
            }))
          })
          return
        }
        runtime.print(`Form: ${report.form}`)
        if (report.findings.length === 0) runtime.print('No findings: every INVEST letter passes.')
        for (const f of report.findings)
          runtime.print(
            `${f.severity.toUpperCase()} ${f.letter} (${INVEST_NAMES[f.letter]}) ${f.rule}: ${f.message}\n  Fix: ${f.fix}\n  See ${f.source}.`
          )
      })
  }
}

export default lint
