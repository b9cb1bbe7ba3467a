import type { Product } from '@shared/api'
import { ProductPage } from '@renderer/ui/ProductPage'
import { RouteTabs, type RouteTab } from '@renderer/ui/Tabs'
import { CanvasTab } from './canvas/CanvasTab'
import { CompetitorsTab } from './competitors/CompetitorsTab'
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
  { id: 'swot', label: 'SWOT', panel: ({ product }: PanelProps) => <CanvasTab product={product} kind="swot" /> }
]

export function StrategyPage() {
  return (
    <ProductPage
      title="Strategy"
      intro="The business model, the value you offer each customer, where you stand against competitors, and your strengths, weaknesses, opportunities and threats."
      className="strategy-page"
    >
      {(product) => (
        <RouteTabs key={product.id} label="Strategy" idPrefix="strategy" tabs={TABS} panelProps={{ product }} />
      )}
    </ProductPage>
  )
}
