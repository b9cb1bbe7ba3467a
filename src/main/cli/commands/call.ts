import { readFileSync } from 'node:fs'
import { api, isMethodName, METHOD_NAMES } from '@shared/api'
import { formatTable } from '../format'
import { CliUserError, type CliCommand } from '../types'

function readInput(text: string | undefined): unknown {
  if (text === undefined) return {}
  const source = text === '-' ? readFileSync(0, 'utf8') : text
  try {
    return JSON.parse(source) as unknown
  } catch (error) {
    throw new CliUserError(
      `The input is not valid JSON (${error instanceof Error ? error.message : String(error)}). Example: '{"productId": 1}'`
    )
  }
}

const call: CliCommand = {
  name: 'call',
  register(program, runtime) {
    program
      .command('call')
      .description('Call any API method with a JSON input and print the JSON answer (see `po-studio methods`).')
      .argument('<method>', 'the method, e.g. backlog.list')
      .argument('[input]', 'the input as JSON, e.g. \'{"productId": 1}\'; - reads it from stdin', undefined)
      .action(async (method: string, input: string | undefined, _options: unknown, command) => {
        if (!isMethodName(method))
          throw new CliUserError(`There is no API method called "${method}". Run \`po-studio methods\` to list them.`)
        // The user's JSON goes to the dispatcher as it is: the method's schema checks it there.
        const parsed = readInput(input)
        const value = await runtime.withContext(command, (ctx) => runtime.api(ctx).call(method, parsed as never))
        runtime.printJson(value)
      })

    program
      .command('methods')
      .description('List the API methods with what each does (with --json: names and summaries).')
      .action((_options: unknown, command) => {
        const rows = METHOD_NAMES.map((name) => ({ name, summary: api[name].summary }))
        if (runtime.globals(command).json) runtime.printJson(rows)
        else
          runtime.print(
            formatTable(
              ['METHOD', 'WHAT IT DOES'],
              rows.map((r) => [r.name, r.summary])
            )
          )
      })
  }
}

export default call
