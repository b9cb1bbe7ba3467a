/**
 * Places in the app where a skill is practised, as in-app routes (the hash routes of the renderer:
 * an area path plus one of its tabs). The catalogue refers to these by name, so a renamed tab is
 * changed in one spot.
 */
export interface PracticePlace {
  route: string
  label: string
}

const place = (route: string, label: string): PracticePlace => ({ route, label })

export const PLACES = {
  visionBoard: place('/vision/statement', 'Vision board, product box and Lean Canvas'),
  productGoals: place('/vision/goals', 'Product Goals'),
  alignment: place('/vision/alignment', 'Alignment of the backlog with the goal'),
  sprints: place('/vision/sprints', 'Sprints and Sprint Goals'),
  sprintReview: place('/vision/review', 'Sprint Review and the Product Owner’s Retrospective'),
  okrs: place('/vision/okrs', 'OKRs'),
  roadmap: place('/vision/roadmap', 'Goal-oriented roadmaps'),
  backlog: place('/backlog', 'Product Backlog'),
  storyMap: place('/backlog/map', 'Story map'),
  refinement: place('/backlog/refinement', 'Refinement, estimation and splitting'),
  health: place('/backlog/health', 'DEEP health of the backlog'),
  definitions: place('/backlog/settings', 'Definitions of Ready and Done (Product settings)'),
  wsjf: place('/ordering/wsjf', 'WSJF ordering'),
  valueEffort: place('/ordering/value-effort', 'Value versus effort'),
  moscow: place('/ordering/moscow', 'MoSCoW per release'),
  kano: place('/ordering/kano', 'Kano survey'),
  compareOrder: place('/ordering/compare', 'Your order compared with a model'),
  valuePoker: place('/ordering/poker', 'Value poker'),
  personas: place('/customers/personas', 'Personas and empathy maps'),
  jobStories: place('/customers/jobs', 'Job stories'),
  stakeholders: place('/customers/stakeholders', 'Stakeholder map'),
  ebmOverview: place('/ebm/overview', 'EBM overview of the Key Value Areas'),
  measures: place('/ebm/measures', 'EBM measures'),
  totalCost: place('/ebm/measures', 'Total cost of ownership beside the EBM measures'),
  ebmGoals: place('/ebm/goals', 'Strategic, intermediate and tactical goals'),
  experiments: place('/ebm/experiments', 'Experiments'),
  flowMetrics: place('/flow/metrics', 'Flow metrics'),
  board: place('/flow/board', 'Board with WIP limits and policies'),
  forecast: place('/flow/forecast', 'Monte Carlo forecasts'),
  releaseForecast: place('/flow/release', 'Release forecast'),
  backtest: place('/flow/backtest', 'Forecast back-test'),
  savedForecasts: place('/flow/saved', 'Saved forecasts'),
  businessModel: place('/strategy/bmc', 'Business Model Canvas'),
  valueProposition: place('/strategy/vpc', 'Value Proposition Canvas'),
  competitors: place('/strategy/competitors', 'Competitor comparison'),
  swot: place('/strategy/swot', 'SWOT analysis'),
  technicalStrategy: place('/strategy/technical', 'Technical strategy'),
  influences: place('/strategy/influences', 'Influences rated for predictability and control'),
  productDefinition: place('/discovery/definition', 'Product definition, kept as versions'),
  segments: place('/discovery/segments', 'Customer segments'),
  interviews: place('/discovery/interviews', 'Interview and feedback log'),
  assumptionMap: place('/discovery/assumptions', 'Assumption map'),
  journal: place('/practice/journal', 'Practice journal'),
  glossary: place('/glossary', 'Glossary of terms')
} as const satisfies Record<string, PracticePlace>

export type PlaceName = keyof typeof PLACES
