import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { forecastHowMany, forecastWhen } from '../../src/shared/domain/flow'

// Large forecasts in the BUILT CLI run on a worker thread per core (out/main/forecast-worker.js), which
// only exists in the bundle: this checks that it is found, reports progress, and answers exactly what
// the engine answers in-process for the same seed.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const CLI = join(root, 'out/main/cli.js')
const SERIES = [1, 2, 0, 1, 3, 2, 1, 0, 2, 1, 0, 1]

function forecast(args: string[]) {
  const result = spawnSync(
    process.execPath,
    [CLI, 'forecast', ...args, '--throughput', SERIES.join(','), '--trials', '200000', '--seed', '77', '--json'],
    {
      encoding: 'utf8',
      timeout: 60_000
    }
  )
  return { code: result.status, stderr: result.stderr, out: result.status === 0 ? JSON.parse(result.stdout) : null }
}

test.beforeEach(() => {
  if (!existsSync(join(root, 'out/main/forecast-worker.js')))
    throw new Error('out/main/forecast-worker.js is missing: run `npm run build` first.')
})

test('a large "when" runs in the worker with progress and the same answer as the engine', () => {
  const run = forecast(['when', '--items', '120'])
  expect(run.code).toBe(0)
  expect(run.stderr).toContain('Forecast: running 200,000 trials in a worker thread')
  expect(run.stderr).toContain('Forecast: 10% of 200,000 trials')
  expect(run.stderr).toContain('Forecast: 100% of 200,000 trials')
  const engine = forecastWhen({ dailyThroughput: SERIES, items: 120, trials: 200_000, seed: 77 })
  if (!engine.ok) throw new Error(engine.reason)
  expect(run.out.percentiles).toEqual({
    50: engine.percentiles[50],
    70: engine.percentiles[70],
    85: engine.percentiles[85],
    95: engine.percentiles[95]
  })
  expect(run.out.histogram).toEqual(engine.histogram)
  expect(run.out.exact).toMatchObject({ computed: true, largestPercentileGap: expect.any(Number) })
})

test('a large "how many" runs in the worker with the same answer as the engine', () => {
  const run = forecast(['how-many', '--days', '30'])
  expect(run.code).toBe(0)
  expect(run.stderr).toContain('Forecast: running 200,000 trials in a worker thread')
  expect(run.stderr).toContain('Forecast: 100% of 200,000 trials')
  const engine = forecastHowMany({ dailyThroughput: SERIES, days: 30, trials: 200_000, seed: 77 })
  if (!engine.ok) throw new Error(engine.reason)
  expect(run.out.percentiles).toEqual({
    50: engine.percentiles[50],
    70: engine.percentiles[70],
    85: engine.percentiles[85],
    95: engine.percentiles[95]
  })
})
