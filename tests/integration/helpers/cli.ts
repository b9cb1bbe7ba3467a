import { runCli, type CliIO } from '../../../src/main/cli/run'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
  json: () => any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Runs the CLI in-process with collected output and an empty environment. */
export async function cli(argv: string[], extra: Partial<CliIO> = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    ...extra
  })
  return { code, stdout, stderr, json: () => JSON.parse(stdout) }
}
