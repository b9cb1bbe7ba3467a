import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { encodeText } from '@shared/domain/csv'
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
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {}
  })
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

    const howMany = (
      await cli([
        'forecast',
        'how-many',
        '--days',
        '9',
        '--throughput',
        '1,1,1,1,1',
        '--trials',
        '500',
        '--seed',
        '1',
        '--json'
      ])
    ).json()
    expect(howMany).toMatchObject({ question: 'how-many', days: 9, trials: 500, seed: 1, end: null })
    expect(howMany.percentiles).toEqual({ 50: 9, 70: 9, 85: 9, 95: 9 })
  })

  it('turns working days into dates from --start, skipping weekends', async () => {
    // 2026-03-06 is a Friday: three working days are Friday, Monday, Tuesday.
    const run = await cli([
      'forecast',
      'when',
      '--items',
      '3',
      '--throughput',
      '1,1,1,1,1',
      '--start',
      '2026-03-06',
      '--seed',
      '3',
      '--json'
    ])
    expect(run.json().percentiles['85']).toEqual({ days: 3, date: '2026-03-10' })
    const text = await cli([
      'forecast',
      'when',
      '--items',
      '3',
      '--throughput',
      '1,1,1,1,1',
      '--start',
      '2026-03-06',
      '--seed',
      '3'
    ])
    expect(text.stdout).toContain('85%: on or before 2026-03-10 (3 working days)')
    expect(text.stdout).toContain('seed 3')
  })

  it('checks the simulation against the exact distribution, in --json and in words', async () => {
    // History [1,3] and 3 items (DESIGN.md): days 1/2/3 with .50/.25/.25, so percentiles 1 (or 2 on the boundary)/2/3/3.
    const args = ['forecast', 'when', '--items', '3', '--throughput', '1,3,1,3,1,3,1,3,1,3', '--seed', '8']
    const { exact } = (await cli([...args, '--json'])).json()
    expect(exact).toMatchObject({ computed: true, percentiles: { 50: 1, 70: 2, 85: 3, 95: 3 } })
    expect(exact.largestPercentileGap).toBeLessThanOrEqual(1)
    expect(exact.totalVariation).toBeGreaterThan(0)
    expect(exact.totalVariation).toBeLessThan(0.02)
    const text = await cli(args)
    expect(text.stdout).toMatch(
      /^Exact distribution: 1\/2\/3\/3 working days at 50\/70\/85\/95%; the simulation (has the same percentiles|is within 1 working day of it) \(total-variation distance \d\.\d\d%\)\.$/m
    )

    const howMany = (
      await cli([
        'forecast',
        'how-many',
        '--days',
        '9',
        '--throughput',
        '1,1,1,1,1',
        '--trials',
        '500',
        '--seed',
        '1',
        '--json'
      ])
    ).json()
    expect(howMany.exact).toEqual({
      computed: true,
      percentiles: { 50: 9, 70: 9, 85: 9, 95: 9 },
      largestPercentileGap: 0,
      totalVariation: 0
    })
  })

  it('says when the exact distribution would take too long to compute', async () => {
    const busy = Array.from({ length: 64 }, (_, i) => (i * 29) % 41).join(',')
    const run = await cli([
      'forecast',
      'when',
      '--items',
      '10000',
      '--throughput',
      busy,
      '--trials',
      '20',
      '--seed',
      '1'
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'The exact distribution was not computed: for this question it would take longer than 100,000 trials of the simulation.'
    )
  })

  it('reads "how many" from the top and says "or more"', async () => {
    const run = await cli([
      'forecast',
      'how-many',
      '--days',
      '20',
      '--throughput',
      '0,1,2,3,0,1,2,3',
      '--seed',
      '11',
      '--json'
    ])
    const { percentiles } = run.json()
    expect(percentiles['95']).toBeLessThanOrEqual(percentiles['85'])
    expect(percentiles['85']).toBeLessThanOrEqual(percentiles['50'])
    const text = await cli(['forecast', 'how-many', '--days', '20', '--throughput', '0,1,2,3,0,1,2,3', '--seed', '11'])
    expect(text.stdout).toContain(`85%: ${percentiles['85']} items or more`)
  })

  it('prints a new seed when none is given, and repeats a forecast exactly with it', async () => {
    const first = (await cli(['forecast', 'when', '--items', '30', '--throughput', '0,1,2,3,1,0,2', '--json'])).json()
    const again = (
      await cli([
        'forecast',
        'when',
        '--items',
        '30',
        '--throughput',
        '0,1,2,3,1,0,2',
        '--seed',
        String(first.seed),
        '--json'
      ])
    ).json()
    expect(again).toEqual(first)
  })

  it('ends the history window on --as-of, idle days included, and starts the forecast the next day', async () => {
    // Six weekdays with a finish (2 to 9 March 2026), then an idle week up to Friday 13 March.
    const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09']
    const file = csv(['id,started,finished', ...days.map((day, i) => `${i},2026-03-01,${day}`)])
    const run = await cli([
      'forecast',
      'when',
      '--items',
      '4',
      '--history',
      file,
      '--as-of',
      '2026-03-13',
      '--window',
      '14',
      '--seed',
      '5',
      '--json'
    ])
    expect(run.stderr).toBe('')
    const out = run.json()
    expect(out.asOf).toBe('2026-03-13')
    expect(out.start).toBe('2026-03-14')
    // 14 calendar days to 13 March hold 10 weekdays, 6 of them with a finished item.
    expect(out.window).toEqual({ from: '2026-02-28', to: '2026-03-13', days: 10, daysWithCompletions: 6 })
    expect(out.calendar).toEqual({ weekendsOff: true, nonWorkingDays: [] })
    expect(out.longIdle).toBeNull()
    expect(out.percentiles['50'].date >= '2026-03-16').toBe(true)

    // The same history as of its last finish: the idle week is gone, so fewer zero days are resampled.
    const early = (
      await cli([
        'forecast',
        'when',
        '--items',
        '4',
        '--history',
        file,
        '--as-of',
        '2026-03-09',
        '--window',
        '14',
        '--seed',
        '5',
        '--json'
      ])
    ).json()
    expect(early.window).toEqual({ from: '2026-02-24', to: '2026-03-09', days: 10, daysWithCompletions: 6 })
    expect(early.start).toBe('2026-03-10')
  })

  it('counts every calendar day with --calendar every-day, weekend finishes on their own day', async () => {
    // Finishes on Saturday 7 and Sunday 8 March 2026 among weekdays.
    const days = ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-10']
    const file = csv(['finished', ...days])
    const args = [
      'forecast',
      'how-many',
      '--days',
      '7',
      '--history',
      file,
      '--as-of',
      '2026-03-13',
      '--window',
      '14',
      '--seed',
      '4',
      '--json'
    ]
    const everyDay = (await cli([...args, '--calendar', 'every-day'])).json()
    expect(everyDay.window).toEqual({ from: '2026-02-28', to: '2026-03-13', days: 14, daysWithCompletions: 6 })
    expect(everyDay.calendar).toEqual({ weekendsOff: false, nonWorkingDays: [] })
    // Seven calendar days from Saturday 14 March.
    expect(everyDay.end).toBe('2026-03-20')
    const weekdays = (await cli(args)).json()
    // The weekend finishes count on Monday 9 March: five days with a finish among ten weekdays.
    expect(weekdays.window).toEqual({ from: '2026-02-28', to: '2026-03-13', days: 10, daysWithCompletions: 5 })
    expect(weekdays.end).toBe('2026-03-24')
    expect((await cli([...args, '--calendar', 'sometimes'])).code).toBe(2)
  })

  it('ends the window today unless --as-of says otherwise', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const days = Array.from({ length: 12 }, (_, i) => new Date(Date.now() - i * 86_400_000).toISOString().slice(0, 10))
    const file = csv(['finished', ...days])
    const out = (
      await cli([
        'forecast',
        'when',
        '--items',
        '5',
        '--history',
        file,
        '--calendar',
        'every-day',
        '--window',
        '20',
        '--seed',
        '1',
        '--json'
      ])
    ).json()
    expect(out.asOf).toBe(today)
    expect(out.window.to).toBe(today)
    expect(out.window.days).toBe(20)
  })

  it('says so when the history stopped long before the as-of day, naming the --as-of to use, and never moves the window', async () => {
    const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09']
    const file = csv(['finished', ...days])
    // Sixteen idle days at the end of a 30-day window: still a forecast, with the note and the field.
    const run = await cli([
      'forecast',
      'when',
      '--items',
      '4',
      '--history',
      file,
      '--as-of',
      '2026-03-25',
      '--window',
      '30',
      '--seed',
      '2',
      '--json'
    ])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(
      /^Note: The last item in this history finished on 2026-03-09, 16 days before the as-of day 2026-03-25/
    )
    expect(run.stderr).toContain('--as-of 2026-03-09')
    const out = run.json()
    expect(out.longIdle).toEqual({ lastFinish: '2026-03-09', idleDays: 16, suggestedAsOf: '2026-03-09' })
    expect(out.window.to).toBe('2026-03-25')

    // An old export as of a much later day: the window holds no finish, the forecast is refused, the note says what to do.
    const old = await cli([
      'forecast',
      'when',
      '--items',
      '4',
      '--history',
      file,
      '--as-of',
      '2026-12-01',
      '--seed',
      '2'
    ])
    expect(old.code).toBe(1)
    expect(old.stdout).toBe('')
    expect(old.stderr).toContain('the 90-day window holds no finish at all')
    expect(old.stderr).toContain('--as-of 2026-03-09')
    expect(old.stderr).toMatch(/finished items on no day/)
  })

  it('reads exports as tools write them: semicolons, day-first dotted dates, unfinished rows left out', async () => {
    const file = csv([
      'id;estimation;started_date;closed_date;work_item_age;cycle_time',
      '1;3;02.03.2026;02.03.2026;;1',
      '2;5;02.03.2026;03.03.2026;;2',
      '3;5;02.03.2026;04.03.2026;;3',
      '4;2;03.03.2026;05.03.2026;;3',
      '5;1;04.03.2026;06.03.2026;;3',
      '6;8;05.03.2026;;9;',
      '7;8;06.03.2026;;8;'
    ])
    const text = await cli([
      'forecast',
      'how-many',
      '--days',
      '5',
      '--history',
      file,
      '--as-of',
      '2026-03-06',
      '--window',
      '7',
      '--seed',
      '3'
    ])
    expect(text.stderr).toBe('')
    expect(text.stdout).toContain(
      'as UTF-8 (the bytes are valid UTF-8), semicolon-separated, dates as written: 5 finished items; 2 rows without a finish date were left out.'
    )
    const out = (
      await cli([
        'forecast',
        'how-many',
        '--days',
        '5',
        '--history',
        file,
        '--as-of',
        '2026-03-06',
        '--window',
        '7',
        '--seed',
        '3',
        '--json'
      ])
    ).json()
    expect(out.file).toMatchObject({
      finishedRows: 5,
      unfinishedRows: 2,
      encoding: 'utf-8',
      separator: 'semicolon',
      dateOrder: null
    })
  })

  it('refuses dates that read both day first and month first until --date-format says which', async () => {
    const file = csv([
      'Closed Date,Activated Date',
      ...['2', '3', '4', '5', '6'].map((d) => `03/0${d}/2026 10:00:00 AM,03/02/2026 9:00:00 AM`)
    ])
    const run = await cli(['forecast', 'when', '--items', '3', '--history', file, '--as-of', '2026-03-06'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('every date in "Closed Date" reads both day first and month first')
    expect(run.stderr).toContain(
      '"03/02/2026 10:00:00 AM": 2026-02-03 read day first (31/12/2025), 2026-03-02 read month first (12/31/2025)'
    )
    expect(run.stderr).toContain('--date-format dmy or --date-format mdy')
    const mdy = await cli([
      'forecast',
      'when',
      '--items',
      '3',
      '--history',
      file,
      '--as-of',
      '2026-03-06',
      '--window',
      '7',
      '--date-format',
      'mdy',
      '--seed',
      '1',
      '--json'
    ])
    expect(mdy.code).toBe(0)
    expect(mdy.json().window).toEqual({ from: '2026-02-28', to: '2026-03-06', days: 5, daysWithCompletions: 5 })
  })

  it('reads a Windows-1252 or UTF-16 file, detected or as --encoding and --separator say', async () => {
    const dir = tempDir()
    const text =
      'Título\tfinished\r\n' + ['02', '03', '04', '05', '06'].map((d) => `Ação ${d}\t2026-03-${d}\r\n`).join('')
    const utf16 = join(dir, 'utf16.csv')
    writeFileSync(utf16, encodeText(text, 'utf-16le'))
    const latin = join(dir, 'latin.csv')
    writeFileSync(latin, encodeText(text.replaceAll('\t', ';'), 'windows-1252'))
    const args = ['forecast', 'when', '--items', '3', '--as-of', '2026-03-06', '--window', '7', '--seed', '1', '--json']
    expect((await cli([...args, '--history', utf16])).json().file).toMatchObject({
      encoding: 'utf-16le',
      separator: 'tab',
      finishedRows: 5
    })
    expect((await cli([...args, '--history', latin])).json().file).toMatchObject({
      encoding: 'windows-1252',
      separator: 'semicolon'
    })
    expect(
      (await cli([...args, '--history', latin, '--encoding', 'windows-1252', '--separator', 'semicolon'])).json().file
    ).toMatchObject({ encoding: 'windows-1252', separator: 'semicolon' })
    const wrong = await cli([...args, '--history', latin, '--encoding', 'utf-8'])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('is not valid UTF-8')
    expect((await cli([...args, '--history', latin, '--separator', 'pipe'])).code).toBe(2)
  })

  it('bounds the window, trials and seed as the app does, in the same words (exit 2)', async () => {
    const args = ['forecast', 'when', '--items', '3', '--throughput', '1,0,2,1,1,0,2']
    const week = await cli([...args, '--window', '6'])
    expect(week.code).toBe(2)
    expect(week.stderr).toContain('The history window must be a whole number of days from 7 to 3,650.')
    expect((await cli([...args, '--trials', '0'])).stderr).toContain(
      'The number of trials must be a whole number from 1 to 1,000,000.'
    )
    expect((await cli([...args, '--seed', '4294967296'])).stderr).toContain(
      'The seed must be a whole number from 0 to 4294967295.'
    )
    expect((await cli([...args, '--window', '7', '--seed', '1'])).code).toBe(0)
  })

  it('refuses a CSV with a bad line, naming the line and column (exit 1)', async () => {
    const file = csv(['finished,started', '2026-03-02,2026-03-01', '2026-13-02,2026-03-01'])
    const run = await cli(['forecast', 'when', '--items', '4', '--history', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/line 3, column 1: “2026-13-02” is not a date/)
  })

  it("refuses thin data with the engine's explanation (exit 1)", async () => {
    const run = await cli(['forecast', 'when', '--items', '4', '--throughput', '0,2,0,1,0,0,3'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/finished items on only 3 days/)
  })

  it('forecasts from the sample product with its calendar', async () => {
    const dataDir = tempDir()
    const products = (await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json() as Array<{
      name: string
    }>
    const run = await cli([
      '--data-dir',
      dataDir,
      'forecast',
      'when',
      '--items',
      '20',
      '--product',
      products[0]!.name.toUpperCase(),
      '--seed',
      '9',
      '--json'
    ])
    expect(run.stderr).toBe('')
    const out = run.json()
    expect(out.window.daysWithCompletions).toBeGreaterThan(30)
    expect(out.percentiles['50'].days).toBeGreaterThan(5)
    expect(out.percentiles['95'].days).toBeLessThan(30)
    expect(out.asOf).toBe(new Date().toISOString().slice(0, 10))
    const missing = await cli(['--data-dir', dataDir, 'forecast', 'when', '--items', '20', '--product', 'Nope'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/no product called "Nope"/)

    // As of an earlier day, the same rule: the window ends there and the forecast starts the day after.
    const asOf = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10)
    const earlier = (
      await cli([
        '--data-dir',
        dataDir,
        'forecast',
        'when',
        '--items',
        '20',
        '--product',
        products[0]!.name,
        '--as-of',
        asOf,
        '--window',
        '60',
        '--seed',
        '9',
        '--json'
      ])
    ).json()
    expect(earlier.window.to).toBe(asOf)
    expect(earlier.start > asOf).toBe(true)
    // The product's own calendar decides: --calendar is for files and series.
    expect(
      (
        await cli([
          '--data-dir',
          dataDir,
          'forecast',
          'when',
          '--items',
          '20',
          '--product',
          products[0]!.name,
          '--calendar',
          'every-day'
        ])
      ).code
    ).toBe(2)
  })

  it('dates a --throughput series only when --as-of says which day its last entry was', async () => {
    const out = (
      await cli([
        'forecast',
        'how-many',
        '--days',
        '3',
        '--throughput',
        '1,1,1,1,1',
        '--as-of',
        '2026-03-06',
        '--seed',
        '1',
        '--json'
      ])
    ).json()
    expect(out).toMatchObject({ asOf: '2026-03-06', start: '2026-03-07', end: '2026-03-11' })
    const everyDay = (
      await cli([
        'forecast',
        'how-many',
        '--days',
        '3',
        '--throughput',
        '1,1,1,1,1',
        '--as-of',
        '2026-03-06',
        '--calendar',
        'every-day',
        '--seed',
        '1',
        '--json'
      ])
    ).json()
    expect(everyDay.end).toBe('2026-03-09')
  })

  it('treats a missing history, two histories or a bad number as wrong usage (exit 2)', async () => {
    expect((await cli(['forecast', 'when', '--items', '4'])).code).toBe(2)
    expect((await cli(['forecast', 'when', '--items', '4', '--throughput', '1,2', '--product', 'x'])).code).toBe(2)
    expect((await cli(['forecast', 'when', '--items', 'many', '--throughput', '1,2'])).code).toBe(2)
    expect(
      (await cli(['forecast', 'how-many', '--days', '5', '--throughput', '1,2', '--trials', '1000001'])).code
    ).toBe(2)
    expect(
      (await cli(['forecast', 'how-many', '--days', '5', '--throughput', '1,2', '--start', '2026-02-30'])).code
    ).toBe(2)
  })

  it('reports progress on stderr for large runs, keeping stdout for the answer', async () => {
    const run = await cli([
      'forecast',
      'when',
      '--items',
      '5',
      '--throughput',
      '1,2,0,1,3,1',
      '--trials',
      '100000',
      '--seed',
      '2',
      '--json'
    ])
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

describe('po-studio forecast and flow metrics by team', () => {
  async function sample() {
    const dataDir = tempDir()
    const [product] = (await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json() as Array<{
      name: string
    }>
    return { dataDir, name: product!.name }
  }

  it('forecasts one team from its own finished items, naming the team', async () => {
    const { dataDir, name } = await sample()
    const args = ['--data-dir', dataDir, 'forecast', 'when', '--items', '20', '--product', name, '--seed', '9']
    const product = (await cli([...args, '--json'])).json()
    const lanes = (await cli([...args, '--team', 'team lanes', '--json'])).json()
    expect(product.team).toBeNull()
    expect(lanes.team).toBe('Team Lanes')
    // Half the product's finishes, about half its pace: the team takes longer for the same items.
    expect(lanes.window.daysWithCompletions).toBeLessThan(product.window.daysWithCompletions)
    expect(lanes.percentiles['85'].days).toBeGreaterThan(product.percentiles['85'].days)
    const text = await cli([...args, '--team', 'Team Lanes'])
    expect(text.stdout).toMatch(/^When will 20 items be done by Team Lanes starting /)
    expect(text.stdout).toMatch(/\nHistory of Team Lanes: /)
  })

  it('forecasts all teams together with each team’s part and its own forecast', async () => {
    const { dataDir, name } = await sample()
    const run = await cli([
      '--data-dir',
      dataDir,
      'forecast',
      'when',
      '--items',
      '30',
      '--product',
      name,
      '--all-teams',
      '--seed',
      '4',
      '--json'
    ])
    expect(run.code).toBe(0)
    const out = run.json()
    expect(out).toMatchObject({ question: 'when', items: 30, seed: 4, team: null })
    expect(out.teams.map((t: { name: string }) => t.name)).toEqual(['Team Lanes', 'Team Front Desk'])
    expect(out.teams.reduce((sum: number, t: { share: number }) => sum + t.share, 0)).toBeCloseTo(1)
    for (const team of out.teams) {
      expect(team.perDay).toBeGreaterThan(0)
      expect(team.own.items).toBeGreaterThan(0)
      expect(team.own.percentiles['85'].date >= out.start).toBe(true)
    }
    // Two teams together finish the 30 items before either would alone.
    const alone = (
      await cli([
        '--data-dir',
        dataDir,
        'forecast',
        'when',
        '--items',
        '30',
        '--product',
        name,
        '--team',
        'Team Lanes',
        '--seed',
        '4',
        '--json'
      ])
    ).json()
    expect(out.percentiles['85'].days).toBeLessThan(alone.percentiles['85'].days)

    const text = await cli([
      '--data-dir',
      dataDir,
      'forecast',
      'how-many',
      '--days',
      '10',
      '--product',
      name,
      '--all-teams',
      '--seed',
      '4'
    ])
    expect(text.stdout).toMatch(/^How many items by all teams together from /)
    expect(text.stdout).toMatch(
      /\n {2}Team Lanes: \d\.\d items a day, \d+% of the combined pace; \d+ items or more on its own \(85%\)\n/
    )
  })

  it('says what is wrong with --team and --all-teams, and where', async () => {
    const { dataDir, name } = await sample()
    const base = ['--data-dir', dataDir, 'forecast', 'when', '--items', '5']
    const unknown = await cli([...base, '--product', name, '--team', 'Team Pool'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain(
      `--team: "${name}" has no team called "Team Pool". Its teams: "Team Lanes", "Team Front Desk".`
    )
    const withoutProduct = await cli([...base, '--team', 'Team Lanes'])
    expect(withoutProduct.code).toBe(2)
    expect(withoutProduct.stderr).toContain("--team needs --product NAME: a team's history is recorded in its product.")
    expect((await cli([...base, '--throughput', '1,2,1', '--all-teams'])).stderr).toMatch(
      /'--all-teams' cannot be used with option '--throughput/
    )
    expect((await cli([...base, '--product', name, '--team', 'Team Lanes', '--all-teams'])).code).toBe(2)
    await cli(['--data-dir', dataDir, 'products', 'create', 'No teams'])
    const none = await cli([...base, '--product', 'No teams', '--all-teams'])
    expect(none.code).toBe(1)
    expect(none.stderr).toContain(
      '--all-teams: "No teams" has no teams yet. Add them in the app under Product settings › Teams'
    )
    expect((await cli(['forecast', 'when', '--help'])).stdout).toContain('"teams": [{ "name", "perDay", "share"')
  })

  it('gives the flow metrics of the product or of one team, against that team’s own WIP limits and SLE', async () => {
    const { dataDir, name } = await sample()
    const metrics = async (...extra: string[]) =>
      (await cli(['--data-dir', dataDir, 'flow', 'metrics', '--product', name, '--json', ...extra])).json()
    const product = await metrics()
    const lanes = await metrics('--team', 'Team Lanes')
    const frontDesk = await metrics('--team', 'TEAM FRONT DESK')
    expect(product).toMatchObject({ product: name, team: null, sle: { percentile: 85, days: 10 } })
    expect(lanes).toMatchObject({ team: 'Team Lanes', sle: { percentile: 85, days: 8 } })
    expect(frontDesk.sle).toBeNull()
    expect(lanes.finished + frontDesk.finished).toBe(product.finished)
    const inProgress = (m: { wip: Array<{ state: string; count: number; wipLimit: number | null }> }) =>
      m.wip.find((s) => s.state === 'In progress')!
    expect(inProgress(product)).toMatchObject({ count: 3, wipLimit: 3, excess: 0 })
    expect(inProgress(lanes)).toMatchObject({ wipLimit: 2 })
    expect(inProgress(lanes).count + inProgress(frontDesk).count).toBe(3)
    expect(product.wip.map((s: { state: string }) => s.state)).toEqual(['New', 'Ready', 'In progress', 'In review'])

    const text = await cli([
      '--data-dir',
      dataDir,
      'flow',
      'metrics',
      '--product',
      name,
      '--team',
      'Team Lanes',
      '--window',
      '30'
    ])
    expect(text.stdout).toMatch(
      new RegExp(`^Flow of Team Lanes \\(${name}\\), \\d{4}-\\d\\d-\\d\\d to \\d{4}-\\d\\d-\\d\\d:\\n`)
    )
    expect(text.stdout).toContain('Chosen SLE: 85% within 8 days;')
    expect(text.stdout).toMatch(/\n {2}In progress: \d items? \(WIP limit 2/)
    const unknown = await cli(['--data-dir', dataDir, 'flow', 'metrics', '--product', name, '--team', 'Nobody'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('--team: ')
    expect(
      (await cli(['--data-dir', dataDir, 'flow', 'metrics', '--product', name, '--as-of', '2026-13-01'])).code
    ).toBe(2)
  })
})
