/**
 * Dates as the tools write them in their CSV exports, read as UTC (the files carry no zone, or an
 * offset that ISO parsing honours): Jira's `12/Mar/25 10:30 AM` (also with a four-digit year,
 * a 24-hour time or no time), ISO 8601 (`2025-03-12`, `2025-03-12 10:30`, `2025-03-12T10:30:00.000+0100`),
 * and Azure DevOps' US form `3/12/2025 10:30:00 AM`.
 */
export function parseImportDate(text: string): string | null {
  const value = text.trim()
  return jiraDate(value) ?? isoDate(value) ?? usDate(value)
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const TIME = String.raw`(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?`

function jiraDate(value: string): string | null {
  const match = new RegExp(String.raw`^(\d{1,2})/([A-Za-z]{3})/(\d{2}|\d{4})${TIME}$`, 'i').exec(value)
  if (!match) return null
  const month = MONTHS.indexOf(match[2]!.toLowerCase())
  if (month < 0) return null
  return build(fullYear(match[3]!), month, Number(match[1]), match.slice(4))
}

function usDate(value: string): string | null {
  const match = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`, 'i').exec(value)
  if (!match) return null
  return build(Number(match[3]), Number(match[1]) - 1, Number(match[2]), match.slice(4))
}

function isoDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value)
  if (!match) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = match
  const local = build(Number(y), Number(mo) - 1, Number(d), [h, mi, s, undefined])
  if (!local || !zone || zone === 'Z') return local
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.replace(/[+:-]/g, '')
  const offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)))
  return new Date(Date.parse(local) - offsetMinutes * 60_000).toISOString()
}

function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year)
}

/** Refuses dates that do not exist (31 February) instead of letting Date roll them over. */
function build(year: number, month: number, day: number, [h, mi, s, meridiem]: Array<string | undefined>): string | null {
  let hour = Number(h ?? 0)
  const minute = Number(mi ?? 0)
  const second = Number(s ?? 0)
  if (meridiem) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0)
  }
  if (hour > 23 || minute > 59 || second > 59) return null
  const date = new Date(Date.UTC(year, month, day, hour, minute, second))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null
  return date.toISOString()
}
