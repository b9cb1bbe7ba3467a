import type { Product } from '@shared/api'
import { ProductPage } from '@renderer/ui/ProductPage'
import { RouteTabs, type RouteTab } from '@renderer/ui/Tabs'
import { SprintReviewTab } from '@renderer/features/sprint-review/SprintReviewTab'
import { AlignmentTab } from './alignment/AlignmentTab'
import { GoalsTab } from './goals/GoalsTab'
import { OkrsTab } from './okrs/OkrsTab'
import { RoadmapTab } from './roadmap/RoadmapTab'
import { SprintsTab } from './sprints/SprintsTab'
import { VisionStatementTab } from './statement/VisionStatementTab'
import '@renderer/styles/vision.css'

const TABS: readonly RouteTab<{ product: Product }>[] = [
  { id: 'statement', label: 'Vision', panel: VisionStatementTab },
  { id: 'goals', label: 'Product Goals', panel: GoalsTab },
  { id: 'alignment', label: 'Alignment', panel: AlignmentTab },
  { id: 'sprints', label: 'Sprints', panel: SprintsTab },
  { id: 'review', label: 'Sprint Review', panel: SprintReviewTab },
  { id: 'okrs', label: 'OKRs', panel: OkrsTab },
  { id: 'roadmap', label: 'Roadmaps', panel: RoadmapTab }
]

export function VisionPage() {
  return (
    <ProductPage
      title="Vision & Goals"
      intro="Where the product is going, the one goal pursued now, and the Sprints that serve it."
      className="vision-page"
    >
      {(product) => (
        <RouteTabs key={product.id} label="Vision and goals" idPrefix="vision" tabs={TABS} panelProps={{ product }} />
      )}
    </ProductPage>
  )
}
