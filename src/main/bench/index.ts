/**
 * `npm run bench`: runs every suite in ./suites (one file each, found at build time) and prints
 * JSON lines `{ name, value, unit, baseline?, ratio? }`, with baselines measured in the same run.
 */
import { fileURLToPath } from 'node:url'
import type { BenchContext } from './report'

const suites = import.meta.glob<{ default: (context: BenchContext) => Promise<void> }>('./suites/*.ts', { eager: true })
// Built to out/main/bench.js, beside the workers and the command line.
const context: BenchContext = {
  forecastWorker: fileURLToPath(new URL('./forecast-worker.js', import.meta.url)),
  cli: fileURLToPath(new URL('./cli.js', import.meta.url)),
  importWorker: fileURLToPath(new URL('./import-worker.js', import.meta.url))
}

async function main(): Promise<void> {
  const only = process.argv[2]
  for (const [path, suite] of Object.entries(suites).sort(([a], [b]) => a.localeCompare(b))) {
    if (only && !path.includes(only)) continue
    await suite.default(context)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
