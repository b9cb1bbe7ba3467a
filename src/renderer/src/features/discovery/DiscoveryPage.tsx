import type { Product } from '@shared/api'
import { ProductPage } from '@renderer/ui/ProductPage'
import { RouteTabs, type RouteTab } from '@renderer/ui/Tabs'
import { AssumptionsTab } from './assumptions/AssumptionsTab'
import { DefinitionTab } from './definition/DefinitionTab'
import { InterviewsTab } from './interviews/InterviewsTab'
import { SegmentsTab } from './segments/SegmentsTab'
import '@renderer/styles/vision.css'
import '@renderer/styles/customers.css'
import '@renderer/styles/discovery.css'

const TABS: readonly RouteTab<{ product: Product }>[] = [
  { id: 'definition', label: 'Product definition', panel: DefinitionTab },
  { id: 'segments', label: 'Segments', panel: SegmentsTab },
  { id: 'interviews', label: 'Interviews & feedback', panel: InterviewsTab },
  { id: 'assumptions', label: 'Assumption map', panel: AssumptionsTab }
]

export function DiscoveryPage() {
  return (
    <ProductPage
      title="Discovery"
      intro="Who the customers are, what you learned from them, and which assumptions to test before building on them."
      className="discovery-page"
    >
      {(product) => (
        <RouteTabs key={product.id} label="Discovery" idPrefix="discovery" tabs={TABS} panelProps={{ product }} />
      )}
    </ProductPage>
  )
}
