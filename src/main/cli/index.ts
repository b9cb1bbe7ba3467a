import { fileURLToPath } from 'node:url'
import { runCli } from './run'

// Built to out/main/cli.js; the renderer is built to out/renderer, the workers beside this file.
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
const forecastWorker = fileURLToPath(new URL('./forecast-worker.js', import.meta.url))
const importWorker = fileURLToPath(new URL('./import-worker.js', import.meta.url))

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  rendererDir,
  forecastWorker,
  importWorker
})
