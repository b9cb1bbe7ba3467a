/// <reference types="vite/client" />
import { Command, CommanderError } from 'commander'
import { ApiError, createApiClient } from '@shared/api'
import { openAppContext, type AppContext } from '../app/context'
import { resolveDataDir } from '../app/data-dir'
import { DatabaseRefusedError } from '../db/open'
import { CliUserError, type CliCommand, type CliIO, type CliRuntime, type GlobalOptions } from './types'
import { APP_VERSION } from './version'

export type { CliIO } from './types'

export const EXIT_OK = 0
/** A failure the user can act on: an API error, a refused database, a bad file. */
export const EXIT_USER_ERROR = 1
/** Wrong usage: unknown command or option, missing argument. */
export const EXIT_USAGE = 2

// Every file in ./commands is a command: adding one is adding a file.
const modules = import.meta.glob<{ default: CliCommand }>('./commands/*.ts', { eager: true })
const COMMANDS: CliCommand[] = Object.values(modules).map((module) => module.default)

function createRuntime(io: CliIO, version: string): CliRuntime {
  const env = io.env ?? process.env
  const runtime: CliRuntime = {
    io,
    version,
    globals(command) {
      const opts = command.optsWithGlobals<{ dataDir?: string; json?: boolean; sample?: boolean }>()
      return { dataDir: opts.dataDir, json: opts.json === true, sample: opts.sample !== false } satisfies GlobalOptions
    },
    async withContext(command, fn, overrides) {
      const globals = runtime.globals(command)
      const dataDir = resolveDataDir(globals.dataDir, env)
      let ctx: AppContext
      try {
        ctx = await openAppContext({
          dataDir,
          sample: overrides?.sample ?? globals.sample,
          version,
          log: (message) => runtime.note(message),
          importWorker: io.importWorker
        })
      } catch (error) {
        if (error instanceof DatabaseRefusedError) throw new CliUserError(error.message)
        throw error
      }
      try {
        return await fn(ctx)
      } finally {
        await ctx.close()
      }
    },
    api: (ctx) => createApiClient(ctx.dispatch),
    print(text) {
      io.stdout.write(`${text}\n`)
    },
    note(text) {
      io.stderr.write(`${text}\n`)
    },
    printJson(value) {
      io.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
    }
  }
  return runtime
}

export function buildProgram(runtime: CliRuntime): Command {
  const { io } = runtime
  const program = new Command()
  program
    .name('po-studio')
    .description('PO Studio from the command line: browser mode, products, backups. Data lives in one SQLite file.')
    .version(runtime.version, '-V, --version', 'Print the version.')
    .option('--data-dir <dir>', "data folder (default: $PO_STUDIO_DATA_DIR, else the desktop app's folder)")
    .option('--json', 'print machine-readable JSON')
    .option('--no-sample', 'do not create the sample product in a new data folder')
    .helpOption('-h, --help', 'Show help.')
    .showHelpAfterError('(run with --help for usage)')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text)
    })
    .exitOverride()
  // Registered in name order so `--help` lists commands alphabetically whatever the file order.
  for (const command of [...COMMANDS].sort((a, b) => a.name.localeCompare(b.name))) command.register(program, runtime)
  return program
}

/** Every command path (`['products', 'list']`, ...), for help checks and documentation. */
export function listCommandPaths(): string[][] {
  const silent: CliIO = { stdout: { write: () => true }, stderr: { write: () => true } }
  const paths: string[][] = []
  const walk = (command: Command, prefix: string[]): void => {
    for (const sub of command.commands) {
      const path = [...prefix, sub.name()]
      paths.push(path)
      walk(sub, path)
    }
  }
  walk(buildProgram(createRuntime(silent, APP_VERSION)), [])
  return paths
}

function describe(error: unknown): string {
  if (error instanceof ApiError) {
    const issues = error.issues?.length ? `\n${error.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}` : ''
    return `${error.message}${issues}`
  }
  return error instanceof Error ? error.message : String(error)
}

/**
 * Runs the CLI in-process and answers the exit code: 0 done, 1 user error (written to stderr),
 * 2 wrong usage. Never calls process.exit, so tests and the thin `index.ts` share it.
 */
export async function runCli(argv: readonly string[], io: CliIO, version = APP_VERSION): Promise<number> {
  const runtime = createRuntime(io, version)
  const program = buildProgram(runtime)
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return EXIT_OK
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE
    }
    if (error instanceof CliUserError || error instanceof ApiError || error instanceof DatabaseRefusedError) {
      io.stderr.write(`Error: ${describe(error)}\n`)
      return EXIT_USER_ERROR
    }
    io.stderr.write(`Error: PO Studio failed unexpectedly: ${describe(error)}\n`)
    if (error instanceof Error && error.stack && (io.env ?? process.env).PO_STUDIO_DEBUG)
      io.stderr.write(`${error.stack}\n`)
    return EXIT_USER_ERROR
  }
}
