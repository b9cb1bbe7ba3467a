import type { Product } from '@shared/api'
import { ProductPage } from '@renderer/ui/ProductPage'
import { RouteTabs, type RouteTab } from '@renderer/ui/Tabs'
import { WsjfTab } from './wsjf/WsjfTab'
import { ValueEffortTab } from './valueEffort/ValueEffortTab'
import { MoscowTab } from './moscow/MoscowTab'
import { KanoTab } from './kano/KanoTab'
import { CompareTab } from './compare/CompareTab'
import { PokerTab } from './poker/PokerTab'
import { HistoryTab } from './history/HistoryTab'
import '@renderer/styles/ordering.css'

const TABS: readonly RouteTab<{ product: Product }>[] = [
  { id: 'wsjf', label: 'WSJF', panel: WsjfTab },
  { id: 'value-effort', label: 'Value–effort', panel: ValueEffortTab },
  { id: 'moscow', label: 'MoSCoW', panel: MoscowTab },
  { id: 'kano', label: 'Kano', panel: KanoTab },
  { id: 'compare', label: 'Compare', panel: CompareTab },
  { id: 'poker', label: 'Value poker', panel: PokerTab },
  { id: 'history', label: 'History', panel: HistoryTab }
]

export function OrderingPage() {
  return (
    <ProductPage
      title="Ordering"
      className="ordering-page"
      intro="Models advise; your order in the backlog stays the truth until you choose to change it."
    >
      {(product) => (
        <RouteTabs key={product.id} label="Ordering models" idPrefix="ordering" tabs={TABS} panelProps={{ product }} />
      )}
    </ProductPage>
  )
}
