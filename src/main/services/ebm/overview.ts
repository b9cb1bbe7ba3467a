import type { EbmOverview } from '@shared/api/methods/ebm'
import { coverage } from '@shared/domain/ebm'
import type { ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { isoDay, latestOf, listMeasureRows, loadValues, toSummary } from './store'

export async function ebmOverview(
  { db, now }: ServiceDeps,
  productId: number,
  staleAfterDays: number
): Promise<EbmOverview> {
  await getProduct(db, productId)
  const at = now()
  const today = isoDay(at)
  const rows = await listMeasureRows(db, productId)
  const values = await loadValues(db, productId, rows, at)
  const { areas, blindSpots } = coverage(
    rows.map((row) => ({
      id: row.id,
      name: row.name,
      area: row.area,
      category: row.category,
      indicator: row.indicator,
      automatic: row.automatic_source !== null,
      latest: latestOf(values.get(row.id)!)
    })),
    today,
    staleAfterDays
  )
  return {
    today,
    staleAfterDays,
    areas: areas.map((a) => ({
      ...a,
      measures: a.measures.map(({ id, name, category, indicator, automatic, latest, daysSinceLatest, stale }) => ({
        id,
        name,
        category,
        indicator,
        automatic,
        latest,
        daysSinceLatest,
        stale
      }))
    })),
    blindSpots,
    automatic: rows
      .filter((row) => row.automatic_source !== null)
      .map((row) => toSummary(row, values.get(row.id)!, today))
  }
}
