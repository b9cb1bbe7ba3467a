import { z } from 'zod'
import { VisionContent } from '@shared/api/methods/vision'
import { CanvasContent } from '@shared/api/methods/strategy'
import { json, rowMapping } from '../../db/columns'
import { versionFields } from './version-store'

export const visionVersionColumns = rowMapping('vision_versions', versionFields(VisionContent), ['product_id'])

// A canvas's versions go through the same version store as the vision's, so they are mapped here
// with it; the canvases themselves belong to strategy.
export const canvasVersionColumns = rowMapping('canvas_versions', versionFields(CanvasContent), ['canvas_id'])

export const goalColumns = rowMapping(
  'product_goals',
  {
    title: 'title',
    description: 'description',
    measure: 'measure',
    baseline: 'baseline',
    target: 'target',
    targetDate: 'target_date',
    status: 'status',
    endReason: 'end_reason',
    activatedAt: 'activated_at',
    endedAt: 'ended_at',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id']
)

export const sprintColumns = rowMapping(
  'sprints',
  {
    name: 'name',
    startDate: 'start_date',
    endDate: 'end_date',
    goal: 'goal',
    outcome: 'outcome',
    reviewNotes: 'review_notes',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id', 'product_goal_id', 'team_id']
)

export const objectiveColumns = rowMapping(
  'okr_objectives',
  { title: 'title', createdAt: 'created_at', updatedAt: 'updated_at' },
  ['product_id', 'goal_id']
)

export const keyResultColumns = rowMapping(
  'okr_key_results',
  {
    position: 'position',
    title: 'title',
    baseline: 'baseline',
    target: 'target',
    current: 'current',
    unit: 'unit'
  },
  ['objective_id']
)

export const placementColumns = rowMapping('roadmap_placements', { horizon: 'horizon', position: 'position' }, [
  'goal_id',
  'product_id'
])

export const roadmapRowColumns = rowMapping(
  'roadmap_rows',
  {
    position: 'position',
    timeframe: 'timeframe',
    name: 'name',
    goal: 'goal',
    features: json('features', z.array(z.string())),
    metrics: 'metrics'
  },
  ['product_id', 'product_goal_id']
)
