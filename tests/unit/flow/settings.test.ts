import { describe, expect, it } from 'vitest'
import {
  FORECAST_SETTINGS,
  MAX_SEED,
  MAX_TRIALS,
  checkSetting,
  readSetting,
  readSettings,
  settingMessage
} from '@shared/domain/flow'

describe('forecast settings', () => {
  it('bounds the history window to a week up to ten years, everywhere alike', () => {
    expect(FORECAST_SETTINGS.windowDays).toMatchObject({ min: 7, max: 3650 })
    expect(readSetting('windowDays', '6')).toEqual({
      ok: false,
      message: 'The history window must be a whole number of days from 7 to 3,650.'
    })
    expect(readSetting('windowDays', '7')).toEqual({ ok: true, value: 7 })
    expect(readSetting('windowDays', '3,650')).toEqual({ ok: true, value: 3650 })
    expect(readSetting('windowDays', '3651').ok).toBe(false)
  })

  it('reads whole numbers as typed, separators allowed, and refuses anything else', () => {
    expect(readSetting('trials', ' 10 000 ')).toEqual({ ok: true, value: 10_000 })
    expect(readSetting('trials', '1_000_000')).toEqual({ ok: true, value: MAX_TRIALS })
    for (const text of ['', '1.5', '-1', '12a', '0']) expect(readSetting('trials', text).ok, text).toBe(false)
  })

  it('accepts every uint32 seed and writes its bounds without separators', () => {
    expect(readSetting('seed', ' 123 ')).toEqual({ ok: true, value: 123 })
    expect(readSetting('seed', '0')).toEqual({ ok: true, value: 0 })
    expect(readSetting('seed', String(MAX_SEED))).toEqual({ ok: true, value: MAX_SEED })
    expect(readSetting('seed', String(MAX_SEED + 1))).toEqual({
      ok: false,
      message: 'The seed must be a whole number from 0 to 4294967295.'
    })
  })

  it('checks numbers given by code with the same words', () => {
    expect(checkSetting('trials', 1.5)).toBe(settingMessage('trials'))
    expect(checkSetting('backtestSpacing', 365)).toBeNull()
    expect(checkSetting('backtestSpacing', 366)).toBe('The spacing must be a whole number of days from 1 to 365.')
  })

  it('reads several settings in order and names the first problem', () => {
    expect(readSettings({ windowDays: '90', trials: '500', seed: '7' })).toEqual({
      ok: true,
      values: { windowDays: 90, trials: 500, seed: 7 }
    })
    expect(readSettings({ windowDays: '90', trials: '0', seed: 'x' })).toEqual({
      ok: false,
      message: settingMessage('trials')
    })
  })
})
