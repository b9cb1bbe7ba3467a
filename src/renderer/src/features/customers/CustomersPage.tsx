import type { Product } from '@shared/api'
import { ProductPage } from '@renderer/ui/ProductPage'
import { RouteTabs, type RouteTab } from '@renderer/ui/Tabs'
import { JobStoriesTab } from './jobs/JobStoriesTab'
import { PersonasTab } from './personas/PersonasTab'
import { StakeholdersTab } from './stakeholders/StakeholdersTab'
import '@renderer/styles/vision.css'
import '@renderer/styles/customers.css'

const TABS: readonly RouteTab<{ product: Product }>[] = [
  { id: 'personas', label: 'Personas', panel: PersonasTab },
  { id: 'jobs', label: 'Job stories', panel: JobStoriesTab },
  { id: 'stakeholders', label: 'Stakeholder map', panel: StakeholdersTab }
]

export function CustomersPage() {
  return (
    <ProductPage
      title="Customers & Stakeholders"
      intro="Who the product is for, and who has a say in it."
      className="customers-page"
    >
      {(product) => (
        <RouteTabs
          key={product.id}
          label="Customers and stakeholders"
          idPrefix="customers"
          tabs={TABS}
          panelProps={{ product }}
        />
      )}
    </ProductPage>
  )
}
