import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const shared = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        // Report PDFs in browser mode and the CLI drive the system Chromium; loaded from node_modules at run time.
        external: ['playwright-core'],
        input: {
          // Electron shell; the CLI and the benchmark reuse the same services without Electron.
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/index.ts'),
          bench: resolve(__dirname, 'src/main/bench/index.ts'),
          // The CLI runs large forecasts in this worker thread (found next to cli.js at run time).
          'forecast-worker': resolve(__dirname, 'src/main/cli/forecast/worker.ts'),
          // Imports read and map files in this worker thread (found next to each entry at run time).
          'import-worker': resolve(__dirname, 'src/main/services/import-export/worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
