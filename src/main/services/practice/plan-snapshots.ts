import { EXPERIMENT_DECISION_LABELS, EXPERIMENT_STATUS_LABELS } from '@shared/domain/ebm/vocabulary'
import { PLACES, tableLines, type LinkedKind } from '@shared/domain/practice'
import { definitionsTable, kanoTable, okrTable, roadmapTables, storyMapTable } from '@shared/domain/report/build/plans'
import { SPRINT_OUTCOME_LABELS } from '@shared/domain/vision/sprints'
import { createBacklogService } from '../backlog/items'
import { createExperimentService } from '../ebm/experiments'
import { createKanoService } from '../ordering/kano'
import { readSettings } from '../settings/definitions'
import { createStoryMapService } from '../storymap/service'
import { listGoals } from '../vision/goals'
import { listObjectives } from '../vision/okrs'
import { getRoadmap } from '../vision/roadmap'
import { listSprints } from '../vision/sprints'
import { byId, day, line, needRef, notInProduct, productWide, type KindReader } from './snapshot-kit'

type PlanKind = Extract<LinkedKind, 'experiment' | 'sprint' | 'okr' | 'roadmap' | 'definitions' | 'storyMap' | 'kano'>

const one = (label: string, detail: string) => Promise.resolve([{ ref: null, refKey: null, label, detail }])

/**
 * Experiments, Sprints, OKRs, roadmaps, the Definitions, the story map and Kano results as evidence.
 * Table-shaped ones are snapshotted as the report's own table of them, so both read alike.
 */
export const PLAN_READERS: Record<PlanKind, KindReader> = {
  experiment: {
    async sources(deps, productId) {
      const experiments = await createExperimentService(deps).list(productId)
      return experiments.map((e) => ({
        ref: e.id,
        refKey: null,
        label: e.title,
        detail: e.decision ? EXPERIMENT_DECISION_LABELS[e.decision] : EXPERIMENT_STATUS_LABELS[e.status]
      }))
    },
    async take(deps, productId, pointer) {
      const id = needRef(pointer, 'experiment')
      const experiment = (await createExperimentService(deps).list(productId)).find((e) => e.id === id)
      if (!experiment) throw notInProduct('experiment')
      const lines = [
        ...line('Hypothesis', experiment.hypothesis),
        ...line('Status', EXPERIMENT_STATUS_LABELS[experiment.status]),
        ...line('What the measure showed', experiment.evaluation.explanation),
        ...line('Decision', experiment.decision ? EXPERIMENT_DECISION_LABELS[experiment.decision] : 'not decided yet'),
        ...line('Why', experiment.decisionNotes),
        ...line('Decided', experiment.decidedAt && day(experiment.decidedAt)),
        ...line('Linked items', experiment.itemIds.length)
      ]
      return {
        ref: experiment.id,
        refKey: null,
        snapshot: { title: `Experiment: ${experiment.title}`, lines, data: experiment }
      }
    },
    live: byId('ebm_experiments', () => PLACES.experiments.route)
  },

  sprint: {
    async sources({ db }, productId) {
      const sprints = await listSprints(db, productId)
      return [...sprints].reverse().map((s) => ({
        ref: s.id,
        refKey: null,
        label: s.name,
        detail: `${s.startDate} to ${s.endDate}${s.outcome ? ` · ${SPRINT_OUTCOME_LABELS[s.outcome]}` : ''}`
      }))
    },
    async take({ db }, productId, pointer) {
      const id = needRef(pointer, 'Sprint')
      const sprint = (await listSprints(db, productId)).find((s) => s.id === id)
      if (!sprint) throw notInProduct('Sprint')
      const goal =
        sprint.productGoalId === null
          ? undefined
          : (await listGoals(db, productId)).find((g) => g.id === sprint.productGoalId)
      const lines = [
        ...line('Dates', `${sprint.startDate} to ${sprint.endDate}`),
        ...line('Sprint Goal', sprint.goal),
        ...line('Product Goal', goal?.title),
        ...line('Items selected', sprint.itemIds.length),
        ...line('Sprint Goal outcome', sprint.outcome ? SPRINT_OUTCOME_LABELS[sprint.outcome] : 'not judged yet'),
        ...line('Review notes', sprint.reviewNotes)
      ]
      return { ref: sprint.id, refKey: null, snapshot: { title: `Sprint: ${sprint.name}`, lines, data: sprint } }
    },
    live: byId('sprints', () => PLACES.sprints.route)
  },

  okr: {
    async sources({ db }, productId) {
      const objectives = await listObjectives(db, productId)
      return objectives.map((o) => ({
        ref: o.id,
        refKey: null,
        label: o.title,
        detail: `${o.keyResults.length} key results`
      }))
    },
    async take({ db }, productId, pointer) {
      const id = needRef(pointer, 'objective')
      const objective = (await listObjectives(db, productId)).find((o) => o.id === id)
      if (!objective) throw notInProduct('objective')
      const table = okrTable([objective], await listGoals(db, productId))
      // Each line is a key result; the objective is the snapshot's title.
      const lines = table.rows.map(
        ([, keyResult = '', ...rest]) =>
          tableLines({ columns: table.columns.slice(1), rows: [[keyResult, ...rest]] })[0]!
      )
      return { ref: objective.id, refKey: null, snapshot: { title: `OKR: ${objective.title}`, lines, data: objective } }
    },
    live: byId('okr_objectives', () => PLACES.okrs.route)
  },

  roadmap: {
    sources: () => one('The roadmaps as they are now', 'The Now / Next / Later board and the goal-oriented roadmap'),
    async take({ db }, productId) {
      const [roadmap, goals] = [await getRoadmap(db, productId), await listGoals(db, productId)]
      const lines = roadmapTables(roadmap, goals).flatMap((table) => [
        { label: table.caption, value: '' },
        ...tableLines(table)
      ])
      return {
        ref: null,
        refKey: null,
        snapshot: { title: 'Roadmaps', lines: lines.filter((l) => l.value !== '' || l.label !== ''), data: roadmap }
      }
    },
    live: productWide(PLACES.roadmap.route)
  },

  definitions: {
    sources: () => one('The Definitions of Ready and Done as they are now', 'Every line of both checklists'),
    async take({ db }, productId) {
      const settings = await readSettings(db, productId)
      const table = definitionsTable(settings)
      return {
        ref: null,
        refKey: null,
        snapshot: {
          title: 'Definitions of Ready and Done',
          lines: table.rows.map(([label = '', value = '']) => ({ label, value })),
          data: { ready: settings.definitionOfReady, done: settings.definitionOfDone }
        }
      }
    },
    live: productWide(PLACES.definitions.route)
  },

  storyMap: {
    sources: () => one('The story map as it is now', 'Its backbone and the items in each release'),
    async take(deps, productId) {
      const map = await createStoryMapService(deps).get(productId)
      const titles = new Map((await createBacklogService(deps).list(productId)).map((i) => [i.id, i.title]))
      return {
        ref: null,
        refKey: null,
        snapshot: { title: 'Story map', lines: tableLines(storyMapTable(map, titles)), data: map }
      }
    },
    live: productWide(PLACES.storyMap.route)
  },

  kano: {
    sources: () => one('The Kano results as they are now', 'Each surveyed feature’s category'),
    async take(deps, productId) {
      const results = await createKanoService(deps).results(productId)
      return {
        ref: null,
        refKey: null,
        snapshot: { title: 'Kano results', lines: tableLines(kanoTable(results)), data: results }
      }
    },
    live: productWide(PLACES.kano.route)
  }
}
