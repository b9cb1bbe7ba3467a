import { formatNumber } from '../format'
import { MAX_FORECAST_DAYS, MAX_TRIALS } from './limits'
import { MAX_SEED } from './random'

interface SettingBounds {
  /** How the setting is named in a sentence, as the screens and the command line label it. */
  label: string
  /** What the number counts, when the label does not say it. */
  unit?: string
  min: number
  max: number
  /** Seeds are copied and pasted whole, so they are written without thousands separators. */
  grouped?: false
}

/**
 * The run settings of a forecast, bounded once: the Forecast form, Release planning, the backtest,
 * the saved forecasts' contract and the command line all check them with these limits and words.
 */
export const FORECAST_SETTINGS = {
  /** Calendar days of history up to the as-of day: at least a week, at most ten years. */
  windowDays: { label: 'The history window', unit: 'days', min: 7, max: 3650 },
  trials: { label: 'The number of trials', min: 1, max: MAX_TRIALS },
  seed: { label: 'The seed', min: 0, max: MAX_SEED, grouped: false },
  items: { label: 'The number of items', min: 1, max: 100_000 },
  days: { label: 'The number of working days', min: 1, max: MAX_FORECAST_DAYS },
  /** A backtest replays one forecast per past date, so it asks smaller questions. */
  backtestItems: { label: 'The number of items', min: 1, max: 1000 },
  backtestDays: { label: 'The number of working days', min: 1, max: 1000 },
  /** Calendar days between two replayed dates. */
  backtestSpacing: { label: 'The spacing', unit: 'days', min: 1, max: 365 }
} as const satisfies Record<string, SettingBounds>

export type ForecastSetting = keyof typeof FORECAST_SETTINGS

/** Where no one says otherwise: a 90-day window and 10,000 trials. */
export const DEFAULT_WINDOW_DAYS = 90
export const DEFAULT_TRIALS = 10_000
/** A few thousand trials per past date are plenty to score the 85th percentile, and keep a backtest short. */
export const BACKTEST_TRIALS = 5000

/** The one sentence for a value out of a setting's bounds, its numbers written as everywhere else (shared/domain/format). */
export function settingMessage(setting: ForecastSetting): string {
  const bounds: SettingBounds = FORECAST_SETTINGS[setting]
  const write = (n: number) => (bounds.grouped === false ? String(n) : formatNumber(n, 0))
  return `${bounds.label} must be a whole number${bounds.unit ? ` of ${bounds.unit}` : ''} from ${write(bounds.min)} to ${write(bounds.max)}.`
}

/** Null when `value` is a whole number within the setting's bounds, else the sentence that says so. */
export function checkSetting(setting: ForecastSetting, value: number): string | null {
  const { min, max } = FORECAST_SETTINGS[setting]
  return Number.isInteger(value) && value >= min && value <= max ? null : settingMessage(setting)
}

/** A whole number as typed: digits, with spaces, commas or underscores between them ("10,000"). */
export function parseWholeNumber(text: string): number | null {
  const digits = text.replace(/[\s,_]/g, '')
  return /^\d+$/.test(digits) ? Number(digits) : null
}

/** A setting as typed in a field or on the command line, checked. */
export function readSetting(
  setting: ForecastSetting,
  text: string
): { ok: true; value: number } | { ok: false; message: string } {
  const value = parseWholeNumber(text)
  const message = value === null ? settingMessage(setting) : checkSetting(setting, value)
  return message === null ? { ok: true, value: value! } : { ok: false, message }
}

/** Several settings as typed, checked in the order given: all their values, or the first problem. */
export function readSettings<K extends ForecastSetting>(
  typed: Record<K, string>
): { ok: true; values: Record<K, number> } | { ok: false; message: string } {
  const values = {} as Record<K, number>
  for (const setting of Object.keys(typed) as K[]) {
    const read = readSetting(setting, typed[setting])
    if (!read.ok) return read
    values[setting] = read.value
  }
  return { ok: true, values }
}
