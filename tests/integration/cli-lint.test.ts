import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from './helpers/cli'
import { tempDir } from './helpers/temp'

describe('po-studio lint', () => {
  it('prints the form and the findings as JSON, without touching any data folder', async () => {
    const dataDir = join(tempDir(), 'never-created')
    const run = await cli([
      '--data-dir',
      dataDir,
      'lint',
      'As a swimmer, I want to book and pay for a lane',
      '--estimate',
      '13',
      '--json'
    ])
    expect(run.code).toBe(0)
    const report = run.json()
    expect(report.form).toBe('user-story')
    expect(report.findings.map((f: { rule: string }) => f.rule).sort()).toEqual([
      'conjunction',
      'missing-benefit',
      'no-criteria',
      'too-big'
    ])
    expect(report.findings[0]).toEqual({
      letter: expect.stringMatching(/^[INVEST]$/),
      severity: expect.stringMatching(/^(warn|fail)$/),
      rule: expect.any(String),
      message: expect.any(String),
      fix: expect.any(String),
      source: expect.stringMatching(/^Scrum Guide 2020, “/)
    })
    expect(existsSync(dataDir)).toBe(false)
  })

  it('accepts several criteria and reads a clean story as passing', async () => {
    const run = await cli([
      'lint',
      'As a swimmer, I want to cancel a booking, so that my place goes to someone else',
      '-c',
      'Given a booking, when I cancel, then the place is free',
      '--criteria',
      'A cancelled booking is refunded',
      '-e',
      '3'
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('No findings')
  })

  it('refuses an estimate that is not a number', async () => {
    const run = await cli(['lint', 'Anything', '--estimate', 'big'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('--estimate must be a number')
  })
})
