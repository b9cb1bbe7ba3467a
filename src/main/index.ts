import { fileURLToPath } from 'node:url'
import { runShell } from './shell/main'

// Built to out/main/index.js, beside out/renderer and out/preload.
runShell({
  rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
  preloadFile: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
  importWorker: fileURLToPath(new URL('./import-worker.js', import.meta.url))
})
