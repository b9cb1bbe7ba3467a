import { PERCENTILE_LEVELS, type ScopeGrowthEffect, type WorkingCalendar } from '@shared/domain/flow'
import { extraDaysText, whenResultView } from '../shape/forecastResult'

/**
 * A forecast's percentiles, one row each with the 85% row stressed; with scope growth, the same
 * question without growth and the difference growth makes beside them.
 */
export function PercentileTable({
  caption,
  rows,
  question,
  growth,
  calendar,
  startDate
}: {
  caption: string
  rows: ReadonlyArray<{ level: number; text: string }>
  question: 'when' | 'how-many'
  growth: ScopeGrowthEffect | null
  calendar: WorkingCalendar
  startDate: string
}) {
  const withoutGrowth = growth ? whenResultView(growth.withoutGrowth, calendar, startDate) : null
  return (
    <table className="percentile-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Chance</th>
          <th scope="col">{growth ? 'With scope growth' : question === 'when' ? 'Done' : 'Items done'}</th>
          {withoutGrowth && <th scope="col">Without growth</th>}
          {growth && <th scope="col">Difference growth makes</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.level} className={row.level === 85 ? 'emphasis' : undefined}>
            <th scope="row">{row.level}%</th>
            <td>{row.text}</td>
            {withoutGrowth && <td>{withoutGrowth.rows[i]!.text}</td>}
            {growth && <td>{extraDaysText(growth.extraDays[PERCENTILE_LEVELS[i]!])}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
