import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { formatBytes } from '../format'
import { CliUserError, type CliCommand } from '../types'

const backup: CliCommand = {
  name: 'backup',
  register(program, runtime) {
    program
      .command('backup')
      .description('Copy the whole database into one file (a consistent snapshot, safe while the app runs).')
      .requiredOption('-o, --out <file>', 'the file to write')
      .option('-f, --force', 'overwrite the file if it exists')
      .action(async (options: { out: string; force?: boolean }, command) => {
        const { json } = runtime.globals(command)
        const target = resolve(options.out)
        if (existsSync(target) && !options.force)
          throw new CliUserError(`${target} already exists; choose another file or add --force to overwrite it.`)
        const entry = await runtime.withContext(command, async (ctx) => ({
          ...(await ctx.backupTo(target)),
          source: ctx.databaseFile
        }))
        if (json) runtime.printJson(entry)
        else runtime.print(`Backed up ${entry.source} to ${entry.path} (${formatBytes(entry.sizeBytes)}).`)
      })
  }
}

export default backup
