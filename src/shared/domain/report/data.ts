import type { Experiment, EbmOverview, Goal } from '../../api/methods/ebm'
import type { FlowData } from '../../api/methods/flow'
import type { SavedForecast } from '../../api/methods/forecasts'
import type { BacklogHealth } from '../../api/methods/backlog'
import type { MoscowGroup, OrderingComparison } from '../../api/methods/ordering'
import type { Persona } from '../../api/methods/personas'
import type { Stakeholder } from '../../api/methods/stakeholders'
import type { SprintReview } from '../../api/methods/sprint-reviews'
import type { ProductGoal } from '../../api/methods/goals'
import type { Sprint } from '../../api/methods/sprints'
import type { VisionState, VisionVersionSummary } from '../../api/methods/vision'
import type { ReportAssignment } from './document'

/**
 * What the main side gathers for a report, one optional part per section (only the chosen ones are
 * read). Everything is as the areas' own services return it; the period is applied when building.
 */
export interface ReportData {
  product: { id: number; name: string; description: string }
  vision?: {
    state: VisionState
    versions: VisionVersionSummary[]
    goals: ProductGoal[]
    sprints: Sprint[]
    reviews: SprintReview[]
  }
  backlog?: { health: BacklogHealth }
  ordering?: { wsjf: OrderingComparison; moscow: MoscowGroup[] }
  ebm?: { overview: EbmOverview; goals: Goal[]; experiments: Experiment[] }
  flow?: { data: FlowData; forecasts: SavedForecast[] }
  customers?: { personas: Persona[]; stakeholders: Stakeholder[] }
  assignments?: ReportAssignment[]
}
