import type { KanoFeatureResult } from '../../../api/methods/kano'
import type { ProductSettings } from '../../../api/methods/settings'
import type { StoryMap } from '../../../api/methods/storymap'
import type { ProductGoal } from '../../../api/methods/goals'
import type { Objective } from '../../../api/methods/okrs'
import type { Roadmap } from '../../../api/methods/roadmap'
import { KANO_CATEGORY_LABELS } from '../../ordering/scales'
import { ROADMAP_COLUMNS, ROADMAP_COLUMN_LABELS } from '../../vision/roadmap'
import type { ReportBlock } from '../document'

type Table = Extract<ReportBlock, { kind: 'table' }>

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`)

const goalTitle = (goals: readonly ProductGoal[]) => {
  const titles = new Map(goals.map((g) => [g.id, g.title]))
  return (id: number | null) => (id === null ? '' : (titles.get(id) ?? ''))
}

/** Every objective with its key results: baseline, current, target and progress. */
export function okrTable(objectives: readonly Objective[], goals: readonly ProductGoal[]): Table {
  const goal = goalTitle(goals)
  return {
    kind: 'table',
    caption: 'Objectives and key results',
    columns: ['Objective', 'Key result', 'Baseline → current → target', 'Progress', 'Product Goal'],
    rows: objectives.flatMap((o) =>
      o.keyResults.length === 0
        ? [[o.title, 'no key results yet', '', percent(o.progress), goal(o.goalId)]]
        : o.keyResults.map((k) => [
            o.title,
            k.title,
            `${k.baseline} → ${k.current} → ${k.target}${k.unit ? ` ${k.unit}` : ''}`,
            percent(k.progress),
            goal(o.goalId)
          ])
    )
  }
}

/** The Now / Next / Later board of goals, then the goal-oriented roadmap's rows. */
export function roadmapTables(roadmap: Roadmap, goals: readonly ProductGoal[]): Table[] {
  const goal = goalTitle(goals)
  const tables: Table[] = []
  if (ROADMAP_COLUMNS.some((c) => roadmap.board[c].length > 0))
    tables.push({
      kind: 'table',
      caption: 'Now / Next / Later',
      columns: ['Horizon', 'Product Goals'],
      rows: ROADMAP_COLUMNS.map((c) => [ROADMAP_COLUMN_LABELS[c], roadmap.board[c].map(goal).join('; ')])
    })
  if (roadmap.rows.length > 0)
    tables.push({
      kind: 'table',
      caption: 'Goal-oriented roadmap',
      columns: ['Timeframe', 'Name', 'Goal', 'Features', 'Metrics'],
      rows: roadmap.rows.map((r) => [r.timeframe, r.name, r.goal, r.features.join('; '), r.metrics])
    })
  return tables
}

/** The Definition of Ready (an optional practice) and the Definition of Done, line by line. */
export function definitionsTable(settings: ProductSettings): Table {
  return {
    kind: 'table',
    caption: 'Definitions of Ready and Done',
    columns: ['Definition', 'Line'],
    rows: [
      ...settings.definitionOfReady.map((c) => ['Ready (optional practice)', c.text]),
      ...settings.definitionOfDone.map((c) => ['Done', c.text])
    ]
  }
}

/** The story map read release by release: which items sit under which step of the backbone. */
export function storyMapTable(map: StoryMap, titles: ReadonlyMap<number, string>): Table {
  const steps = new Map(map.activities.flatMap((a) => a.steps.map((s) => [s.id, `${a.name} › ${s.name}`] as const)))
  const slices: Array<{ id: number | null; name: string }> = [...map.slices, { id: null, name: 'Not in a release yet' }]
  const rows = slices.flatMap((slice) =>
    [...steps].flatMap(([stepId, step]) => {
      const items = map.placements
        .filter((p) => p.sliceId === slice.id && p.stepId === stepId)
        .map((p) => titles.get(p.itemId) ?? `#${p.itemId}`)
      return items.length === 0 ? [] : [[slice.name, step, items.join('; ')]]
    })
  )
  return {
    kind: 'table',
    caption: 'Story map, release by release',
    columns: ['Release', 'Activity › step', 'Items'],
    rows
  }
}

/** Each surveyed feature's Kano category with how the answers spread, and anything worth a second look. */
export function kanoTable(results: readonly KanoFeatureResult[]): Table {
  return {
    kind: 'table',
    caption: 'Kano results',
    columns: ['Feature', 'Category', 'Answers (A / O / M / I / R / Q)', 'Notes'],
    rows: results.map((r) => [
      r.feature,
      r.category ? KANO_CATEGORY_LABELS[r.category] : 'no answers yet',
      `${r.total}: ${r.counts.A} / ${r.counts.O} / ${r.counts.M} / ${r.counts.I} / ${r.counts.R} / ${r.counts.Q}`,
      r.flags.join(' ')
    ])
  }
}
