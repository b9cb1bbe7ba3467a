import type { Product } from '@shared/api'
import { ProductPage } from '@renderer/ui/ProductPage'
import { RouteTabs, type RouteTab } from '@renderer/ui/Tabs'
import { CanvasTab } from './canvas/CanvasTab'
import { CompetitorsTab } from './competitors/CompetitorsTab'
import { InfluencesTab } from './influences/InfluencesTab'
import '@renderer/styles/strategy.css'

type PanelProps = { product: Product }

const TABS: readonly RouteTab<PanelProps>[] = [
  {
    id: 'bmc',
    label: 'Business Model Canvas',
    panel: ({ product }: PanelProps) => <CanvasTab product={product} kind="bmc" />
  },
  {
    id: 'vpc',
    label: 'Value Proposition',
    panel: ({ product }: PanelProps) => <CanvasTab product={product} kind="vpc" />
  },
  { id: 'competitors', label: 'Competitors', panel: CompetitorsTab },
  { id: 'swot', label: 'SWOT', panel: ({ product }: PanelProps) => <CanvasTab product={product} kind="swot" /> },
  {
    id: 'technical',
    label: 'Technical strategy',
    panel: ({ product }: PanelProps) => <CanvasTab product={product} kind="tech" />
  },
  { id: 'influences', label: 'Influences', panel: InfluencesTab }
]

export function StrategyPage() {
  return (
    <ProductPage
      title="Strategy"
      intro="The business model, the value you offer each customer, where you stand against competitors, your strengths, weaknesses, opportunities and threats, the technical strategy that keeps the cost of ownership in check, and what affects your ability to deliver value."
      className="strategy-page"
    >
      {(product) => (
        <RouteTabs key={product.id} label="Strategy" idPrefix="strategy" tabs={TABS} panelProps={{ product }} />
      )}
    </ProductPage>
  )
}
