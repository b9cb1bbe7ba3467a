import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(__dirname, 'src/shared'),
      '@renderer': resolve(__dirname, 'src/renderer/src')
    }
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Integration tests open real SQLite files; keep the two cores from thrashing.
    pool: 'forks',
    // Dates and numbers follow the locale; tests read them as en-GB on any machine.
    setupFiles: ['tests/helpers/locale.ts'],
    testTimeout: 20000
  }
})
