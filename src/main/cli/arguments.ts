import { InvalidArgumentError } from 'commander'
import { isIsoDay } from '@shared/domain/flow'

/** An option's whole number within bounds; commander names the option in front of the message. */
export const wholeNumber = (what: string, min: number, max: number) => (text: string) => {
  const value = Number(text)
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new InvalidArgumentError(`${what} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`)
  }
  return value
}

/** An option's calendar day, written YYYY-MM-DD. */
export function isoDate(text: string): string {
  if (!isIsoDay(text)) throw new InvalidArgumentError('Write the date as YYYY-MM-DD.')
  return text
}
