import type { Experiment, EbmOverview, Goal } from '../../api/methods/ebm'
import type { FlowData } from '../../api/methods/flow'
import type { SavedForecast } from '../../api/methods/forecasts'
import type { BacklogHealth } from '../../api/methods/backlog'
import type { MoscowGroup, OrderingComparison } from '../../api/methods/ordering'
import type { KanoFeatureResult } from '../../api/methods/kano'
import type { Objective } from '../../api/methods/okrs'
import type { TrackProgress } from '../../api/methods/practice'
import type { Roadmap } from '../../api/methods/roadmap'
import type { ProductSettings } from '../../api/methods/settings'
import type { StoryMap } from '../../api/methods/storymap'
import type { Persona } from '../../api/methods/personas'
import type { Stakeholder } from '../../api/methods/stakeholders'
import type { SprintReview } from '../../api/methods/sprint-reviews'
import type { ProductGoal } from '../../api/methods/goals'
import type { Sprint } from '../../api/methods/sprints'
import type { VisionState, VisionVersionSummary } from '../../api/methods/vision'
import type { CostSheet } from '../../api/methods/strategy'
import type { ItemFacts } from '../ebm/coherence'
import type { ReportAssignment } from './document'
import type { ReportStrategy } from './build/strategy'

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
    okrs: Objective[]
    roadmap: Roadmap
    /** The canvases and the competitor comparison; left out by data gathered before they existed. */
    strategy?: ReportStrategy
  }
  backlog?: {
    health: BacklogHealth
    definitions: ProductSettings
    storyMap: StoryMap
    /** Titles of the items placed on the story map. */
    storyMapItems: Array<{ id: number; title: string }>
  }
  ordering?: { wsjf: OrderingComparison; moscow: MoscowGroup[]; kano: KanoFeatureResult[] }
  ebm?: {
    overview: EbmOverview
    goals: Goal[]
    experiments: Experiment[]
    /** The backlog as flow data sees it, to check each decision against the state of its items. */
    items: ItemFacts[]
    costs?: CostSheet
  }
  flow?: { data: FlowData; forecasts: SavedForecast[] }
  customers?: { personas: Persona[]; stakeholders: Stakeholder[] }
  assignments?: ReportAssignment[]
  /** Evidence per track (of the report's course, or all), shown above the assignments. */
  progress?: TrackProgress[]
}
