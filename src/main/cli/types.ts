import type { Command } from 'commander'
import type { ApiClient } from '@shared/api'
import type { AppContext } from '../app/context'

export interface CliWriter {
  write(text: string): unknown
}

/** Where the CLI talks to; tests pass collectors, `index.ts` passes the process streams. */
export interface CliIO {
  stdout: CliWriter
  stderr: CliWriter
  /** Environment for `PO_STUDIO_DATA_DIR` (default: process.env). */
  env?: NodeJS.ProcessEnv
  /** The built renderer served by `serve` (the entry finds `out/renderer` next to the built cli.js). */
  rendererDir?: string
  /** The built forecast worker script; without it (running from the sources) forecasts run in this thread. */
  forecastWorker?: string
  /** The built import worker script; without it files are read and mapped in this thread. */
  importWorker?: string
  /** Stops long-running commands (`serve`); without it they stop on SIGINT/SIGTERM. */
  stopSignal?: AbortSignal
  /** Called by `serve` once it listens, with the URL it printed (tests use it to find the server). */
  onServing?: (info: { url: string; port: number; token: string }) => void
}

export interface GlobalOptions {
  dataDir?: string
  json: boolean
  sample: boolean
}

/** What every command gets besides its own options. */
export interface CliRuntime {
  io: CliIO
  version: string
  /** The global options (`--data-dir`, `--json`, `--no-sample`) as given for this run. */
  globals(command: Command): GlobalOptions
  /** Opens the app context for the data folder, runs `fn`, and always closes the database. */
  withContext<T>(command: Command, fn: (ctx: AppContext) => Promise<T>, overrides?: { sample?: boolean }): Promise<T>
  /** The typed API client over the context's dispatcher; a `{ ok: false }` answer rejects with an ApiError (exit 1). */
  api(ctx: AppContext): ApiClient
  /** Writes one line to stdout. */
  print(text: string): void
  /** Writes one line to stderr. */
  note(text: string): void
  /** Prints a value as indented JSON on stdout. */
  printJson(value: unknown): void
}

/**
 * One CLI command. Each file in `commands/` default-exports one of these; the runner finds them with
 * `import.meta.glob`, so adding a command is adding a file.
 */
export interface CliCommand {
  /** The command's name as typed, for ordering and error messages. */
  name: string
  /** Adds the command (with `program.command(...)`, so settings are inherited) and its subcommands. */
  register(program: Command, runtime: CliRuntime): void
}

/** A failure the user can fix (bad file, refused database, an API error): message on stderr, exit 1. */
export class CliUserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliUserError'
  }
}
