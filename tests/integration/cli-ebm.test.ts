import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from './helpers/cli'
import { tempDir } from './helpers/temp'

describe('po-studio ebm', () => {
  it('imports values all or nothing and shows the overview', async () => {
    const dataDir = tempDir()
    const sample = (await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json()[0]
    const file = join(tempDir(), 'values.csv')

    writeFileSync(file, 'measure,date,value\nMarket share,2020-01-31,2.5\nMood,2020-02-29,3\n')
    const refused = await cli(['--data-dir', dataDir, 'ebm', 'import-values', file, '--product', sample.name])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      `Error: ${file} was not imported; nothing was written:\n  line 3, column 1: There is no measure called “Mood” in this product.\n`
    )

    writeFileSync(
      file,
      'measure,date,value,note\nMarket share,2020-01-31,2.5,old report\nInstalled version index,2020-02-29,9,\n'
    )
    const imported = await cli(['--data-dir', dataDir, 'ebm', 'import-values', file, '-p', sample.name])
    expect(imported).toMatchObject({
      code: 0,
      stderr: '',
      stdout: 'Imported 2 values into "Market share", "Installed version index": 2 new, 0 replaced.\n'
    })

    writeFileSync(file, 'date,value\n2020-01-31,2.6\n')
    const one = await cli([
      '--data-dir',
      dataDir,
      '--json',
      'ebm',
      'import-values',
      file,
      '-p',
      sample.name,
      '--measure',
      'market SHARE'
    ])
    expect(one.json()).toEqual({ added: 0, replaced: 1, measures: ['Market share'] })
    expect(
      (await cli(['--data-dir', dataDir, 'ebm', 'import-values', file, '-p', sample.name, '-m', 'Mood'])).stderr
    ).toMatch(/has no measure called "Mood"/)

    const text = await cli(['--data-dir', dataDir, 'ebm', 'overview', '--product', sample.name])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/^AREA +MEASURES +LATEST VALUE +STALE \(>90 DAYS\)$/m)
    expect(text.stdout).toMatch(/^Current Value +2 +2 days ago +0$/m)
    expect(text.stdout).toContain('- Cycle time (85th percentile of each week’s finished items, from this backlog): ')
    expect(text.stdout).toContain('- Ability to Innovate: 1 measure not updated for over 90 days')

    const json = (
      await cli(['--data-dir', dataDir, '--json', 'ebm', 'overview', '-p', sample.name, '--stale-after', '1'])
    ).json()
    expect(json.staleAfterDays).toBe(1)
    // Every recorded value is at least two days old; the computed cycle time depends on the week.
    expect(json.areas.map((a: { staleCount: number }) => a.staleCount)).toEqual([2, 2, expect.any(Number), 2])
    expect(
      (await cli(['--data-dir', dataDir, 'ebm', 'overview', '-p', sample.name, '--stale-after', 'soon'])).code
    ).toBe(1)
  })
})
