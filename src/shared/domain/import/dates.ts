/**
 * Dates as tools and spreadsheets write them in CSV exports, read as UTC (the files carry no zone,
 * or an offset that ISO parsing honours). A date is read as part of its column, never alone: the
 * column's values together decide whether `08/12/2025` is day-first or month-first.
 */

/** How a column's all-numeric dates are ordered: day-month-year, month-day-year or year-month-day. */
export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const
export type DateOrder = (typeof DATE_ORDERS)[number]

export const DATE_ORDER_LABELS: Record<DateOrder, string> = {
  dmy: 'day first (31/12/2025)',
  mdy: 'month first (12/31/2025)',
  ymd: 'year first (2025/12/31)'
}

/** Month names and abbreviations in English, German, French, Spanish and Portuguese (Jira writes them in the user's language). */
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['jan', 'january', 'januar', 'jänner', 'janv', 'janvier', 'ene', 'enero', 'janeiro'],
  ['feb', 'february', 'februar', 'févr', 'fevr', 'février', 'febrero', 'fev', 'fevereiro'],
  ['mar', 'march', 'mär', 'mrz', 'märz', 'mars', 'marzo', 'março', 'marco'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril'],
  ['may', 'mai', 'mayo', 'maio'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'junho'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'julho'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'setembro'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'out', 'outubro'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'dez', 'dezember', 'déc', 'decembre', 'décembre', 'dic', 'diciembre', 'dezembro']
]
const MONTH_BY_NAME = new Map(MONTH_NAMES.flatMap((names, month) => names.map((name) => [name, month] as const)))

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap])?\.?\s?(?:m\.?)?)?`
const ISO = new RegExp(
  String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$`
)
const NAMED = new RegExp(String.raw`^(\d{1,2})[/ .-]([\p{L}]+)\.?[/ .-](\d{4}|\d{2})${TIME}$`, 'iu')
const NUMERIC = new RegExp(String.raw`^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})${TIME}$`, 'i')

/** One value's possible readings: fixed when its shape says, else one per order it fits. */
type Readings = { fixed: string } | { byOrder: Partial<Record<DateOrder, string>> }

function readingsOf(text: string): Readings | null {
  const iso = ISO.exec(text)
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso
    const local = build(Number(y), Number(mo) - 1, Number(d), [h, mi, s, undefined])
    if (!local) return null
    if (!zone || zone === 'Z') return { fixed: local }
    const sign = zone.startsWith('-') ? -1 : 1
    const digits = zone.replace(/[+:-]/g, '')
    const offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)))
    return { fixed: new Date(Date.parse(local) - offsetMinutes * 60_000).toISOString() }
  }
  const named = NAMED.exec(text)
  if (named) {
    const month = MONTH_BY_NAME.get(named[2]!.toLowerCase())
    const value = month === undefined ? null : build(fullYear(named[3]!), month, Number(named[1]), named.slice(4))
    return value ? { fixed: value } : null
  }
  const numeric = NUMERIC.exec(text)
  if (!numeric) return null
  const [, a, separator, b, c] = numeric
  const time = numeric.slice(5)
  if (a!.length === 4) {
    const value = c!.length <= 2 ? build(Number(a), Number(b) - 1, Number(c), time) : null
    return value ? { fixed: value } : null
  }
  if (a!.length > 2 || (c!.length !== 2 && c!.length !== 4)) return null
  const year = fullYear(c!)
  const byOrder: Partial<Record<DateOrder, string>> = {}
  const dmy = build(year, Number(b) - 1, Number(a), time)
  if (dmy) byOrder.dmy = dmy
  // Dots are the German and Central European form, which is always day first.
  const mdy = separator === '.' ? null : build(year, Number(a) - 1, Number(b), time)
  if (mdy) byOrder.mdy = mdy
  if (!dmy && !mdy) return null
  return dmy === mdy || (separator === '.' && dmy) ? { fixed: dmy! } : { byOrder }
}

function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year)
}

/** Refuses dates that do not exist (31 February) instead of letting Date roll them over. */
function build(
  year: number,
  month: number,
  day: number,
  [h, mi, s, meridiem]: Array<string | undefined>
): string | null {
  let hour = Number(h ?? 0)
  const minute = Number(mi ?? 0)
  const second = Number(s ?? 0)
  if (meridiem) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)
  }
  if (hour > 23 || minute > 59 || second > 59) return null
  const date = new Date(Date.UTC(year, month, day, hour, minute, second))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null
  return date.toISOString()
}

export interface DateProblem {
  /** Index of the value in the column. */
  index: number
  message: string
}

/** A column whose numeric dates read validly both day-first and month-first: the user decides. */
export interface DateQuestion {
  /** A value that reads differently either way, with both readings. */
  example: string
  readings: { dmy: string; mdy: string }
}

export interface DateColumn {
  /** ISO time of each value; null where the cell is empty, unreadable or waiting for the question. */
  values: Array<string | null>
  /** The order used for numeric dates (null when none needed one). */
  order: DateOrder | null
  question: DateQuestion | null
  problems: DateProblem[]
}

const EXAMPLES = 'e.g. 2025-03-12, 12/03/2025 14:30, 3/12/2025 2:30 PM, 12.03.2025 or 12/Mar/25 2:30 PM'

/**
 * Reads every value of a date column together. Values whose shape fixes their meaning (ISO, month
 * names, dotted day-first) are read as they are; all-numeric ones take the one order that fits all
 * of them. When both orders fit every value and some value reads differently either way, nothing
 * is guessed: the result asks (`question`) unless the caller gives `order`.
 */
export function readDateColumn(texts: readonly string[], order?: DateOrder): DateColumn {
  const column: DateColumn = { values: texts.map(() => null), order: null, question: null, problems: [] }
  const open: Array<{ index: number; text: string; byOrder: Partial<Record<DateOrder, string>> }> = []
  texts.forEach((raw, index) => {
    const text = raw.trim()
    if (!text) return
    const readings = readingsOf(text)
    if (!readings) column.problems.push({ index, message: `“${text}” is not a date this import reads (${EXAMPLES}).` })
    else if ('fixed' in readings) column.values[index] = readings.fixed
    else open.push({ index, text, byOrder: readings.byOrder })
  })
  if (open.length === 0) return column

  const fits = (candidate: DateOrder) => open.every((value) => value.byOrder[candidate] !== undefined)
  const chosen = order ?? (fits('dmy') && fits('mdy') ? null : fits('dmy') ? 'dmy' : fits('mdy') ? 'mdy' : null)
  if (chosen === null && fits('dmy')) {
    const example = open[0]!
    column.question = { example: example.text, readings: { dmy: example.byOrder.dmy!, mdy: example.byOrder.mdy! } }
    return column
  }
  if (chosen === null) {
    const dayFirst = open.find((value) => value.byOrder.mdy === undefined)!
    const monthFirst = open.find((value) => value.byOrder.dmy === undefined)!
    column.problems.push({
      index: Math.max(dayFirst.index, monthFirst.index),
      message: `The column mixes day-first and month-first dates: “${dayFirst.text}” can only be day first, “${monthFirst.text}” only month first.`
    })
    return column
  }
  column.order = chosen
  for (const value of open) {
    const reading = value.byOrder[chosen]
    if (reading) column.values[value.index] = reading
    else
      column.problems.push({
        index: value.index,
        message: `“${value.text}” is not a date when read ${DATE_ORDER_LABELS[chosen]}.`
      })
  }
  return column
}
