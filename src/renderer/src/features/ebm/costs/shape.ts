import type { CostSheet } from '@shared/api/methods/strategy'
import { COST_CATEGORIES, COST_CATEGORY_LABELS, COST_PERIODS, COST_PERIOD_LABELS } from '@shared/domain/strategy/costs'
import { formatNumber } from '@shared/domain/ebm/format'

export interface TotalLine {
  label: string
  value: string
}

/** The totals a Product Owner reads beside the measures: each period as entered, then the year. */
export function costTotalLines(totals: CostSheet['totals']): {
  periods: TotalLine[]
  categories: TotalLine[]
  year: TotalLine[]
} {
  return {
    periods: COST_PERIODS.filter((p) => totals.byPeriod[p] > 0).map((p) => ({
      label: COST_PERIOD_LABELS[p],
      value: formatNumber(totals.byPeriod[p])
    })),
    categories: COST_CATEGORIES.filter((c) => totals.byCategory[c].yearly > 0 || totals.byCategory[c].oneOff > 0).map(
      (c) => {
        const { yearly, oneOff } = totals.byCategory[c]
        const parts = [
          yearly > 0 ? `${formatNumber(yearly)} a year` : '',
          oneOff > 0 ? `${formatNumber(oneOff)} once` : ''
        ].filter(Boolean)
        return { label: COST_CATEGORY_LABELS[c], value: parts.join(' + ') }
      }
    ),
    year: [
      { label: 'Recurring, over a year', value: formatNumber(totals.yearly) },
      { label: 'Recurring, per month', value: formatNumber(totals.monthly) },
      { label: 'First year with one-off costs', value: formatNumber(totals.firstYear) }
    ]
  }
}
