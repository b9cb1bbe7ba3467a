import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run'

interface Run {
  code: number
  stdout: string
  stderr: string
  json: () => any // eslint-disable-line @typescript-eslint/no-explicit-any
}

const folders: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'po-studio-forecast-'))
  folders.push(dir)
  return dir
}

async function cli(argv: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: {} })
  return { code, stdout, stderr, json: () => JSON.parse(stdout) }
}

function csv(lines: string[]): string {
  const file = join(tempDir(), 'history.csv')
  writeFileSync(file, lines.join('\n'))
  return file
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('po-studio forecast', () => {
  it('gives every percentile N for a constant throughput of 1 (reference case)', async () => {
    const run = await cli(['forecast', 'when', '--items', '12', '--throughput', '1,1,1,1,1,1', '--seed', '7', '--json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const out = run.json()
    expect(out).toMatchObject({ question: 'when', items: 12, trials: 10_000, seed: 7, start: null })
    expect(out.window).toEqual({ from: null, to: null, days: 6, daysWithCompletions: 6 })
    expect(out.percentiles).toEqual({ 50: 12, 70: 12, 85: 12, 95: 12 })
    expect(out.histogram).toEqual([{ days: 12, count: 10_000 }])

    const howMany = (await cli(['forecast', 'how-many', '--days', '9', '--throughput', '1,1,1,1,1', '--trials', '500', '--seed', '1', '--json'])).json()
    expect(howMany).toMatchObject({ question: 'how-many', days: 9, trials: 500, seed: 1, end: null })
    expect(howMany.percentiles).toEqual({ 50: 9, 70: 9, 85: 9, 95: 9 })
  })

  it('turns working days into dates from --start, skipping weekends', async () => {
    // 2026-03-06 is a Friday: three working days are Friday, Monday, Tuesday.
    const run = await cli(['forecast', 'when', '--items', '3', '--throughput', '1,1,1,1,1', '--start', '2026-03-06', '--seed', '3', '--json'])
    expect(run.json().percentiles['85']).toEqual({ days: 3, date: '2026-03-10' })
    const text = await cli(['forecast', 'when', '--items', '3', '--throughput', '1,1,1,1,1', '--start', '2026-03-06', '--seed', '3'])
    expect(text.stdout).toContain('85%: on or before 2026-03-10 (3 working days)')
    expect(text.stdout).toContain('seed 3')
  })

  it('reads "how many" from the top and says "or more"', async () => {
    const run = await cli(['forecast', 'how-many', '--days', '20', '--throughput', '0,1,2,3,0,1,2,3', '--seed', '11', '--json'])
    const { percentiles } = run.json()
    expect(percentiles['95']).toBeLessThanOrEqual(percentiles['85'])
    expect(percentiles['85']).toBeLessThanOrEqual(percentiles['50'])
    const text = await cli(['forecast', 'how-many', '--days', '20', '--throughput', '0,1,2,3,0,1,2,3', '--seed', '11'])
    expect(text.stdout).toContain(`85%: ${percentiles['85']} items or more`)
  })

  it('prints a new seed when none is given, and repeats a forecast exactly with it', async () => {
    const first = (await cli(['forecast', 'when', '--items', '30', '--throughput', '0,1,2,3,1,0,2', '--json'])).json()
    const again = (await cli(['forecast', 'when', '--items', '30', '--throughput', '0,1,2,3,1,0,2', '--seed', String(first.seed), '--json'])).json()
    expect(again).toEqual(first)
  })

  it('forecasts from a history CSV, dating from the day after its last finish', async () => {
    const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09']
    const file = csv(['id,started,finished', ...days.map((day, i) => `${i},2026-03-01,${day}`)])
    const run = await cli(['forecast', 'when', '--items', '4', '--history', file, '--window', '14', '--seed', '5', '--json'])
    expect(run.stderr).toBe('')
    const out = run.json()
    expect(out.start).toBe('2026-03-10')
    // 14 calendar days to 2026-03-09 hold 10 working days, 6 of them with a finished item.
    expect(out.window).toEqual({ from: '2026-02-24', to: '2026-03-09', days: 10, daysWithCompletions: 6 })
    expect(out.percentiles['50'].date >= '2026-03-10').toBe(true)
  })

  it('refuses a CSV with a bad line, naming the line and column (exit 1)', async () => {
    const file = csv(['finished,started', '2026-03-02,2026-03-01', '2026-13-02,2026-03-01'])
    const run = await cli(['forecast', 'when', '--items', '4', '--history', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/line 3, column 1: "2026-13-02" is not a date/)
  })

  it('refuses thin data with the engine\'s explanation (exit 1)', async () => {
    const run = await cli(['forecast', 'when', '--items', '4', '--throughput', '0,2,0,1,0,0,3'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/finished items on only 3 days/)
  })

  it('forecasts from the sample product with its calendar', async () => {
    const dataDir = tempDir()
    const products = (await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json() as Array<{ name: string }>
    const run = await cli(['--data-dir', dataDir, 'forecast', 'when', '--items', '20', '--product', products[0]!.name.toUpperCase(), '--seed', '9', '--json'])
    expect(run.stderr).toBe('')
    const out = run.json()
    expect(out.window.daysWithCompletions).toBeGreaterThan(30)
    expect(out.percentiles['50'].days).toBeGreaterThan(5)
    expect(out.percentiles['95'].days).toBeLessThan(30)
    const missing = await cli(['--data-dir', dataDir, 'forecast', 'when', '--items', '20', '--product', 'Nope'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/no product called "Nope"/)
  })

  it('treats a missing history, two histories or a bad number as wrong usage (exit 2)', async () => {
    expect((await cli(['forecast', 'when', '--items', '4'])).code).toBe(2)
    expect((await cli(['forecast', 'when', '--items', '4', '--throughput', '1,2', '--product', 'x'])).code).toBe(2)
    expect((await cli(['forecast', 'when', '--items', 'many', '--throughput', '1,2'])).code).toBe(2)
    expect((await cli(['forecast', 'how-many', '--days', '5', '--throughput', '1,2', '--trials', '1000001'])).code).toBe(2)
    expect((await cli(['forecast', 'how-many', '--days', '5', '--throughput', '1,2', '--start', '2026-02-30'])).code).toBe(2)
  })

  it('reports progress on stderr for large runs, keeping stdout for the answer', async () => {
    const run = await cli(['forecast', 'when', '--items', '5', '--throughput', '1,2,0,1,3,1', '--trials', '100000', '--seed', '2', '--json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^Forecast: running 100,000 trials\n/)
    expect(run.stderr).toContain('Forecast: 100% of 100,000 trials')
    expect(run.json().trials).toBe(100_000)
  })

  it('documents the JSON shape in --help', async () => {
    const run = await cli(['forecast', 'when', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('"percentiles": { "50": P')
  })
})
