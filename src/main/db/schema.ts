import type { Generated } from 'kysely'
import type { ItemType, StateCategory } from '@shared/domain/backlog'
import type { AssumptionRisk, FeedbackMethod, PersonaKind } from '@shared/domain/discovery'
import type { EntryStatus, EvidenceKind, TrackId } from '@shared/domain/practice'
import type { ReviewVerdict } from '@shared/domain/report/review'
import type { SplitPattern } from '@shared/domain/splitting/patterns'
import type { GoalStatus } from '@shared/domain/vision/goals'
import type { CanvasKind } from '@shared/domain/strategy/canvases'
import type { CostCategory, CostPeriod } from '@shared/domain/strategy/costs'
import type { ReviewStatus } from '@shared/domain/sprint-review/feedback'
import type { RoadmapColumn } from '@shared/domain/vision/roadmap'
import type { SprintOutcome } from '@shared/domain/vision/sprints'
import type { KanoAnswer, Moscow, OrderingModel } from '@shared/domain/ordering/scales'
import type {
  AutomaticSource,
  Direction,
  ExperimentDecision,
  ExperimentStatus,
  GoalLevel,
  Indicator,
  KeyValueArea,
  MeasureCategory
} from '@shared/domain/ebm/vocabulary'

/** Kysely's view of the tables; column names are snake_case as stored. */
export interface Database {
  app_meta: { key: string; value: string }
  products: {
    id: Generated<number>
    name: string
    description: string
    is_sample: number
    archived_at: string | null
    created_at: string
    updated_at: string
    /** Starts every item key of the product ("PB" in PB-12). */
    item_prefix: Generated<string>
    /** The number the next new item gets; a trigger hands it out (migration 0025). */
    next_item_number: Generated<number>
  }
  workflow_states: {
    id: Generated<number>
    product_id: number
    name: string
    category: StateCategory
    position: number
    /** At most this many items in the state at once; null: no limit. */
    wip_limit: Generated<number | null>
    /** When an item may enter the state and when it is ready to leave it, in the team's words. */
    entry_policy: Generated<string>
    exit_policy: Generated<string>
  }
  backlog_items: {
    id: Generated<number>
    product_id: number
    type: ItemType
    title: string
    description: string
    estimate: number | null
    state_id: number
    rank: string
    created_at: string
    updated_at: string
    deleted_at: string | null
    parent_id: Generated<number | null>
    notes: Generated<string>
    /** The item's key in the tool it was imported from (a Jira issue key, an Azure DevOps ID). */
    external_key: Generated<string | null>
    /** The Scrum Team the item belongs to; null while no team has it. */
    team_id: Generated<number | null>
    /** The item's number in its product's sequence; the insert trigger sets it when none is given (0 until then). */
    number: Generated<number>
  }
  status_changes: {
    id: Generated<number>
    item_id: number
    from_state_id: number | null
    to_state_id: number
    changed_at: string
    /** Set on a return to the Product Backlog: why the item did not meet the Definition of Done. */
    not_done_reason: Generated<string | null>
  }
  acceptance_criteria: { id: Generated<number>; item_id: number; position: number; text: string }
  item_links: { blocker_id: number; blocked_id: number }
  labels: { id: Generated<number>; product_id: number; name: string }
  item_labels: { item_id: number; label_id: number }
  /** One row: 1 while a write has paused the search index triggers (only ever inside its transaction). */
  search_index_state: { id: number; paused: number }
  product_settings: {
    product_id: number
    estimate_scale: Generated<'fibonacci' | 'tshirt'>
    estimate_threshold: Generated<number>
  }
  /** A Definition of Done line with a team is that team's addition to the product's Definition of Done. */
  definition_criteria: {
    id: Generated<number>
    product_id: number
    kind: 'ready' | 'done'
    position: number
    text: string
    team_id: Generated<number | null>
  }
  teams: { id: Generated<number>; product_id: number; name: string; position: number; created_at: string }
  /** A team's own WIP limit on a to-do or in-progress state. */
  team_wip_limits: { team_id: number; state_id: number; wip_limit: number }
  item_ready_checks: { item_id: number; criterion_id: number }
  flow_calendars: {
    product_id: number
    weekends_off: number
    non_working_days: string
  }
  /** The Service Level Expectation a team chose, e.g. 85% of items within 10 days. */
  service_level_expectations: {
    id: Generated<number>
    product_id: number
    /** Null: the product's own SLE; otherwise that team's. */
    team_id: number | null
    percentile: number
    days: number
  }
  saved_forecasts: {
    id: Generated<number>
    product_id: number
    question: 'when' | 'how-many'
    question_key: string
    label: string
    inputs: string
    result: string
    created_at: string
  }
  releases: {
    id: Generated<number>
    product_id: number
    name: string
    target_date: string | null
    created_at: string
  }
  item_scores: {
    item_id: number
    ubv: number | null
    tc: number | null
    rr: number | null
    job_size: number | null
    value: number | null
    effort: number | null
    cod_per_week: number | null
    duration_weeks: number | null
    moscow: Moscow | null
    release_id: number | null
    updated_at: string
  }
  score_changes: {
    id: Generated<number>
    item_id: number
    field: string
    old_value: string | null
    new_value: string | null
    changed_at: string
  }
  order_snapshots: {
    id: Generated<number>
    product_id: number
    model: OrderingModel
    previous_ranks: string
    moved: number
    applied_at: string
    undone_at: string | null
  }
  kano_features: {
    id: Generated<number>
    product_id: number
    name: string
    item_id: number | null
    created_at: string
  }
  kano_answers: {
    id: Generated<number>
    feature_id: number
    respondent: string
    functional: KanoAnswer
    dysfunctional: KanoAnswer
    created_at: string
  }
  ebm_measures: {
    id: Generated<number>
    product_id: number
    area: KeyValueArea
    name: string
    description: string
    unit: string
    direction: Direction
    indicator: Indicator
    category: MeasureCategory
    how_measured: string
    catalogue_key: string | null
    automatic_source: AutomaticSource | null
    target_value: number | null
    created_at: string
    updated_at: string
  }
  ebm_measure_values: {
    id: Generated<number>
    measure_id: number
    date: string
    value: number
    note: string
  }
  ebm_goals: {
    id: Generated<number>
    product_id: number
    level: GoalLevel
    parent_id: number | null
    title: string
    description: string
    target_date: string | null
    current_state: string
    current_state_date: string | null
    created_at: string
    updated_at: string
  }
  ebm_goal_targets: {
    id: Generated<number>
    goal_id: number
    measure_id: number
    baseline: number
    target: number
    position: number
  }
  ebm_experiments: {
    id: Generated<number>
    product_id: number
    goal_id: number | null
    title: string
    change: string
    outcome: string
    measure_id: number
    expected_value: number
    by_date: string
    status: ExperimentStatus
    decision: ExperimentDecision | null
    decision_notes: string
    decided_at: string | null
    created_at: string
    updated_at: string
  }
  ebm_experiment_items: {
    experiment_id: number
    item_id: number
  }
  vision_versions: {
    id: Generated<number>
    product_id: number
    number: number
    reason: string
    content: string
    saved_at: string
  }
  product_goals: {
    id: Generated<number>
    product_id: number
    title: string
    description: string
    measure: string
    baseline: string
    target: string
    target_date: string | null
    status: GoalStatus
    end_reason: string | null
    activated_at: string | null
    ended_at: string | null
    created_at: string
    updated_at: string
  }
  item_goal_links: { item_id: number; goal_id: number }
  sprints: {
    id: Generated<number>
    product_id: number
    name: string
    start_date: string
    end_date: string
    goal: string
    product_goal_id: number | null
    outcome: SprintOutcome | null
    review_notes: string
    created_at: string
    updated_at: string
    team_id: Generated<number | null>
  }
  sprint_items: { sprint_id: number; item_id: number }
  okr_objectives: {
    id: Generated<number>
    product_id: number
    title: string
    goal_id: number | null
    created_at: string
    updated_at: string
  }
  okr_key_results: {
    id: Generated<number>
    objective_id: number
    position: number
    title: string
    baseline: number
    target: number
    current: number
    unit: string
  }
  roadmap_placements: { goal_id: number; product_id: number; horizon: RoadmapColumn; position: number }
  roadmap_rows: {
    id: Generated<number>
    product_id: number
    position: number
    timeframe: string
    name: string
    goal: string
    features: string
    metrics: string
    product_goal_id: number | null
  }
  personas: {
    id: Generated<number>
    product_id: number
    name: string
    role: string
    picture: string | null
    context: string
    goals: string
    pains: string
    quote: string
    empathy: string
    job_stories: string
    created_at: string
    updated_at: string
    buyer_or_user: Generated<PersonaKind>
    segment_id: Generated<number | null>
  }
  item_persona_links: { item_id: number; persona_id: number }
  stakeholders: {
    id: Generated<number>
    product_id: number
    name: string
    role: string
    power: number
    interest: number
    interests: string
    cadence_days: number | null
    last_contact_on: string | null
    created_at: string
    updated_at: string
  }
  customer_segments: {
    id: Generated<number>
    product_id: number
    name: string
    description: Generated<string>
    needs: Generated<string>
    size: Generated<string>
    created_at: string
    updated_at: string
  }
  assumptions: {
    id: Generated<number>
    product_id: number
    statement: string
    risk: AssumptionRisk
    importance: number
    evidence: number
    notes: Generated<string>
    experiment_id: number | null
    created_at: string
    updated_at: string
  }
  interviews: {
    id: Generated<number>
    product_id: number
    held_on: string
    method: FeedbackMethod
    persona_id: number | null
    stakeholder_id: number | null
    person: Generated<string>
    learned: string
    evidence: Generated<string>
    evidence_link: Generated<string>
    created_at: string
    updated_at: string
  }
  interview_items: { interview_id: number; item_id: number }
  interview_assumptions: { interview_id: number; assumption_id: number }
  product_definition_versions: {
    id: Generated<number>
    product_id: number
    number: number
    reason: string
    content: string
    saved_at: string
  }
  stakeholder_contacts: {
    id: Generated<number>
    stakeholder_id: number
    on_day: string
    discussed: Generated<string>
    created_at: string
  }
  sprint_reviews: {
    id: Generated<number>
    sprint_id: number
    status: ReviewStatus
    agenda: string
    notes: Generated<string>
    prepared_at: string
    held_on: string | null
    created_at: string
    updated_at: string
  }
  sprint_review_attendees: { review_id: number; stakeholder_id: number }
  sprint_review_feedback: {
    id: Generated<number>
    review_id: number
    stakeholder_id: number | null
    stakeholder_name: string
    text: string
    created_item_id: number | null
    changed_item_id: number | null
    created_at: string
  }
  sprint_retrospectives: { sprint_id: number; note: Generated<string>; updated_at: string }
  retrospective_actions: {
    id: Generated<number>
    sprint_id: number
    position: number
    text: string
    done: Generated<number>
    created_at: string
  }
  edit_log: {
    id: Generated<number>
    product_id: number
    label: string
    before: string
    after: string
    created_at: string
    undone: Generated<number>
  }
  item_splits: { id: Generated<number>; item_id: number; pattern: SplitPattern; split_at: string }
  story_map_activities: { id: Generated<number>; product_id: number; name: string; position: number }
  story_map_steps: { id: Generated<number>; activity_id: number; name: string; position: number }
  story_map_slices: { id: Generated<number>; product_id: number; name: string; position: number }
  story_map_placements: { item_id: number; step_id: number; slice_id: number | null }
  saved_filters: {
    id: Generated<number>
    product_id: number
    name: string
    query: string
    filters: string
    created_at: string
  }
  practice_entries: {
    id: Generated<number>
    product_id: number
    track_id: TrackId
    target_key: string
    experiments: Generated<string>
    plan: Generated<string>
    outcome: Generated<string>
    reflection: Generated<string>
    status: EntryStatus
    created_at: string
    updated_at: string
  }
  practice_actions: { id: Generated<number>; entry_id: number; on_day: string; text: string; created_at: string }
  practice_evidence: {
    id: Generated<number>
    entry_id: number
    kind: EvidenceKind
    title: string
    text: Generated<string>
    ref: number | null
    ref_key: string | null
    snapshot: string | null
    file_name: string | null
    file_type: string | null
    file_size: number | null
    file_data: Uint8Array | null
    added_at: string
  }
  report_reviews: {
    id: Generated<number>
    product_id: number
    report_id: string
    report_checksum: string
    report_title: string
    reviewer: string
    reviewed_at: string
    verdict: ReviewVerdict
    assessment: string
    comments: string
    intact: number
    imported_at: string
  }
  strategy_canvases: {
    id: Generated<number>
    product_id: number
    kind: CanvasKind
    title: string
    persona_id: number | null
    created_at: string
    updated_at: string
  }
  canvas_versions: {
    id: Generated<number>
    canvas_id: number
    number: number
    reason: string
    content: string
    saved_at: string
  }
  competitors: {
    id: Generated<number>
    product_id: number
    name: string
    offer: Generated<string>
    strengths: Generated<string>
    weaknesses: Generated<string>
    positioning: Generated<string>
    position: number
    created_at: string
    updated_at: string
  }
  competitor_criteria: {
    id: Generated<number>
    product_id: number
    name: string
    weight: Generated<number>
    own_score: number | null
    position: number
    created_at: string
  }
  competitor_scores: { competitor_id: number; criterion_id: number; score: number }
  influences: {
    id: Generated<number>
    product_id: number
    name: string
    note: Generated<string>
    predictability: number
    control: number
    position: number
    created_at: string
    updated_at: string
  }
  cost_items: {
    id: Generated<number>
    product_id: number
    category: CostCategory
    name: string
    amount: number
    period: CostPeriod
    note: Generated<string>
    position: number
    created_at: string
    updated_at: string
  }
}
