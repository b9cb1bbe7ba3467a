import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { backupsDir } from '../../db/files'
import { CliUserError, type CliCommand } from '../types'

const restore: CliCommand = {
  name: 'restore',
  register(program, runtime) {
    program
      .command('restore')
      .description(
        'Replace the database with FILE after checking its integrity and schema version; the current database is kept in the backups folder first.'
      )
      .argument('<file>', 'a backup written by `po-studio backup` or found in the backups folder')
      .action(async (file: string, _options: unknown, command) => {
        const { json } = runtime.globals(command)
        const source = resolve(file)
        if (!existsSync(source) || !statSync(source).isFile())
          throw new CliUserError(`${source} does not exist or is not a file.`)
        // No sample: a new data folder would only seed a product that the restore replaces at once.
        const outcome = await runtime.withContext(
          command,
          async (ctx) => {
            if (resolve(ctx.databaseFile) === source)
              throw new CliUserError(`${source} is the database in use; restore from a backup copy instead.`)
            const result = await ctx.restoreFrom(source)
            return { ...result, databaseFile: ctx.databaseFile, backupsDir: backupsDir(ctx.dataDir) }
          },
          { sample: false }
        )
        if (json) {
          runtime.printJson(outcome)
          return
        }
        runtime.print(`Restored ${source} into ${outcome.databaseFile}.`)
        runtime.print(
          outcome.safetyBackup
            ? `The database it replaced was kept as ${join(outcome.backupsDir, outcome.safetyBackup)}.`
            : 'There was no previous database to keep.'
        )
      })
  }
}

export default restore
