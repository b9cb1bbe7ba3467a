import type { Product } from '@shared/api'
import { ProductPage } from '@renderer/ui/ProductPage'
import { RouteTabs, type RouteTab } from '@renderer/ui/Tabs'
import { ExportTab } from './ExportTab'
import { ReviewTab } from './ReviewTab'
import { ReviewsTab } from './ReviewsTab'
import '@renderer/styles/reports.css'

const TABS: readonly RouteTab<{ product: Product }>[] = [
  { id: 'export', label: 'Export a report', panel: ExportTab },
  { id: 'review', label: 'Review a report', panel: ReviewTab },
  { id: 'reviews', label: 'Coach reviews', panel: ReviewsTab }
]

export function ReportsPage() {
  return (
    <ProductPage
      title="Reports"
      intro="One offline report of your work for a coach, the coach's review space, and the reviews you received."
      className="reports-page"
    >
      {(product) => (
        <RouteTabs key={product.id} label="Reports" idPrefix="reports" tabs={TABS} panelProps={{ product }} />
      )}
    </ProductPage>
  )
}
