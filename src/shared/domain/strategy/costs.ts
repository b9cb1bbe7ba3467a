import { withSource } from '../guides'

/**
 * Total cost of ownership: what it costs to build, run, support and license the product, by
 * period. Recurring costs are brought to a year so they add up; one-off costs stay apart.
 */

export const COST_CATEGORIES = ['build', 'run', 'support', 'licence', 'other'] as const
export type CostCategory = (typeof COST_CATEGORIES)[number]

export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
  build: 'Build',
  run: 'Run',
  support: 'Support',
  licence: 'Licence',
  other: 'Other'
}

export const COST_PERIODS = ['one-off', 'monthly', 'quarterly', 'yearly'] as const
export type CostPeriod = (typeof COST_PERIODS)[number]

export const COST_PERIOD_LABELS: Record<CostPeriod, string> = {
  'one-off': 'One-off',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  yearly: 'Yearly'
}

/** How many times a recurring cost falls in a year; one-off costs are not recurring. */
const PER_YEAR: Record<Exclude<CostPeriod, 'one-off'>, number> = { monthly: 12, quarterly: 4, yearly: 1 }

export interface CostLine {
  category: CostCategory
  amount: number
  period: CostPeriod
}

export interface CostTotals {
  /** The sum of the amounts entered with each period, as entered. */
  byPeriod: Record<CostPeriod, number>
  /** Per category: its recurring cost over a year, and its one-off cost. */
  byCategory: Record<CostCategory, { yearly: number; oneOff: number }>
  /** Every recurring cost brought to a year. */
  yearly: number
  /** The yearly cost divided by twelve. */
  monthly: number
  oneOff: number
  /** One-off costs plus a year of recurring ones. */
  firstYear: number
}

/** Sums of money in cents, so totals of decimal amounts do not drift. */
const cents = (amount: number) => Math.round(amount * 100)

export function costTotals(lines: readonly CostLine[]): CostTotals {
  const byPeriod = Object.fromEntries(COST_PERIODS.map((p) => [p, 0])) as Record<CostPeriod, number>
  const byCategory = Object.fromEntries(
    COST_CATEGORIES.map((c) => [c, { yearly: 0, oneOff: 0 }])
  ) as CostTotals['byCategory']
  for (const line of lines) {
    byPeriod[line.period] += cents(line.amount)
    if (line.period === 'one-off') byCategory[line.category].oneOff += cents(line.amount)
    else byCategory[line.category].yearly += cents(line.amount) * PER_YEAR[line.period]
  }
  const yearly = COST_CATEGORIES.reduce((sum, c) => sum + byCategory[c].yearly, 0)
  const oneOff = byPeriod['one-off']
  const toMoney = (n: number) => n / 100
  return {
    byPeriod: Object.fromEntries(COST_PERIODS.map((p) => [p, toMoney(byPeriod[p])])) as Record<CostPeriod, number>,
    byCategory: Object.fromEntries(
      COST_CATEGORIES.map((c) => [c, { yearly: toMoney(byCategory[c].yearly), oneOff: toMoney(byCategory[c].oneOff) }])
    ) as CostTotals['byCategory'],
    yearly: toMoney(yearly),
    monthly: Math.round(yearly / 12) / 100,
    oneOff: toMoney(oneOff),
    firstYear: toMoney(yearly + oneOff)
  }
}

/** Why the costs sit beside the measures, in our words, with the guide it follows. */
export const TCO_CONTEXT = [
  withSource(
    'Current Value asks what the product is worth to its users and the organisation today; what it costs to build, run and support belongs in that picture, because value that costs more than it returns is not value to the organisation',
    'ebm',
    'currentValue'
  ),
  withSource(
    'Unrealized Value is the value still to be won; comparing it with what a year of the product costs helps decide whether chasing it is worth the investment',
    'ebm',
    'unrealizedValue'
  )
] as const
