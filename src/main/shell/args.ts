/** The app's own switches on Electron's command line (Chromium ignores switches it does not know). */
export interface ShellArgs {
  dataDir?: string
  sample: boolean
}

/** Reads `--data-dir DIR` / `--data-dir=DIR` and `--no-sample` from anywhere in argv. */
export function parseShellArgs(argv: readonly string[]): ShellArgs {
  let dataDir: string | undefined
  let sample = true
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--no-sample') sample = false
    else if (arg === '--data-dir' && i + 1 < argv.length) dataDir = argv[++i]
    else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length)
  }
  return dataDir ? { dataDir, sample } : { sample }
}
