import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Product } from '@shared/api'
import type { FlowData } from '@shared/api/methods/flow'
import {
  DEFAULT_CALENDAR,
  countPerDay,
  forecastStart,
  lastDays,
  parseHistoryCsv,
  parseThroughputSeries,
  type WorkingCalendar
} from '@shared/domain/flow'
import type { AppContext } from '../../app/context'
import { csvRefused } from '../csv-errors'
import { CliUserError, type CliRuntime } from '../types'

/** The throughput history a forecast resamples, and where it came from. */
export interface History {
  /** Items finished per working day, oldest first. */
  series: number[]
  /** Calendar days covered; null for a plain --throughput series, which has no dates. */
  from: string | null
  to: string | null
  calendar: WorkingCalendar
  /** Day 1 of the forecast when the user gives no --start: the day after the history. */
  defaultStart: string | null
}

export interface HistorySource {
  history?: string
  product?: string
  throughput?: string
}

/** The last `windowDays` calendar days up to the latest finish, counted per working day of `calendar`. */
function windowOfFinishes(finished: readonly string[], windowDays: number, to: string, calendar: WorkingCalendar): History {
  const window = lastDays(to, windowDays)
  const series = countPerDay(finished, window, calendar).map((day) => day.count)
  return { series, from: window.from, to: window.to, calendar, defaultStart: forecastStart(window.to) }
}

async function fromCsv(file: string, windowDays: number): Promise<History> {
  const path = resolve(file)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new CliUserError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = parseHistoryCsv(text)
  if (!parsed.ok) throw csvRefused(path, parsed.errors)
  const finished = parsed.rows.map((row) => row.finishedOn)
  const last = finished.reduce<string | null>((latest, day) => (latest === null || day > latest ? day : latest), null)
  if (last === null) throw new CliUserError(`${path} has a header but no finished items.`)
  return windowOfFinishes(finished, windowDays, last, DEFAULT_CALENDAR)
}

async function fromProduct(runtime: CliRuntime, ctx: AppContext, name: string, windowDays: number): Promise<History> {
  const products = await runtime.call<Product[]>(ctx, 'products.list', { includeArchived: true })
  const product = products.find((p) => p.name.toLowerCase() === name.trim().toLowerCase())
  if (!product) {
    const known = products.map((p) => `"${p.name}"`).join(', ')
    throw new CliUserError(`There is no product called "${name}".${known ? ` Products: ${known}.` : ''}`)
  }
  const data = await runtime.call<FlowData>(ctx, 'flow.data', { productId: product.id })
  const finished = data.items.flatMap((item) => (item.finishedOn ? [item.finishedOn] : []))
  return windowOfFinishes(finished, windowDays, data.today, data.calendar)
}

/** A plain series is already working days: the window keeps its last `windowDays` entries. */
function fromSeries(text: string, windowDays: number): History {
  const parsed = parseThroughputSeries(text)
  if (!parsed.ok) throw csvRefused('The --throughput series', parsed.errors)
  return { series: parsed.values.slice(-windowDays), from: null, to: null, calendar: DEFAULT_CALENDAR, defaultStart: null }
}

export async function loadHistory(
  source: HistorySource,
  windowDays: number,
  runtime: CliRuntime,
  withContext: <T>(fn: (ctx: AppContext) => Promise<T>) => Promise<T>
): Promise<History> {
  if (source.history !== undefined) return fromCsv(source.history, windowDays)
  if (source.product !== undefined) {
    const name = source.product
    return withContext((ctx) => fromProduct(runtime, ctx, name, windowDays))
  }
  return fromSeries(source.throughput ?? '', windowDays)
}
