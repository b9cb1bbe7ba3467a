import { InvalidArgumentError } from 'commander'
import { isIsoDay, readSetting, type ForecastSetting } from '@shared/domain/flow'

/** An option read as one of the forecast settings, with the app's bounds and words. */
export const forecastSetting = (name: ForecastSetting) => (text: string) => {
  const read = readSetting(name, text)
  if (!read.ok) throw new InvalidArgumentError(read.message)
  return read.value
}

/** An option's calendar day, written YYYY-MM-DD. */
export function isoDate(text: string): string {
  if (!isIsoDay(text)) throw new InvalidArgumentError('Write the date as YYYY-MM-DD.')
  return text
}
