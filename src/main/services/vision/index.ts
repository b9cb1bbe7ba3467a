import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { productScoped } from '../products/scope'
import {
  activateGoal,
  alignment,
  createGoal,
  deleteGoal,
  endGoal,
  linkItems,
  listGoals,
  unlinkItems,
  updateGoal
} from './goals'
import { deleteObjective, createObjective, listObjectives, updateObjective } from './okrs'
import { createRow, deleteRow, getRoadmap, reorderRows, setBoard, updateRow } from './roadmap'
import { createSprint, deleteSprint, listSprints, sprintStats, updateSprint } from './sprints'
import { compareVersions, getVersion, getVision, listVersions, saveVision } from './versions'

export function visionHandlers({
  db,
  now
}: ServiceDeps): HandlerMap<MethodsOf<'vision' | 'goals' | 'sprints' | 'okrs' | 'roadmap'>> {
  const forProduct = productScoped(db)
  return {
    'vision.get': forProduct(({ productId }) => getVision(db, productId)),
    'vision.save': forProduct(({ productId, content, reason }) => saveVision(db, productId, content, reason, now())),
    'vision.versions': forProduct(({ productId }) => listVersions(db, productId)),
    'vision.version': ({ id }) => getVersion(db, id),
    'vision.compare': ({ fromVersionId, toVersionId }) => compareVersions(db, fromVersionId, toVersionId),

    'goals.list': forProduct(({ productId }) => listGoals(db, productId)),
    'goals.create': forProduct((input) => createGoal(db, input, now())),
    'goals.update': (input) => updateGoal(db, input, now()),
    'goals.activate': ({ id }) => activateGoal(db, id, now()),
    'goals.achieve': ({ id, reason }) => endGoal(db, id, 'achieved', reason, now()),
    'goals.abandon': ({ id, reason }) => endGoal(db, id, 'abandoned', reason, now()),
    'goals.delete': ({ id }) => deleteGoal(db, id),
    'goals.linkItems': ({ goalId, itemIds }) => linkItems(db, goalId, itemIds),
    'goals.unlinkItems': forProduct(({ productId, itemIds }) => unlinkItems(db, productId, itemIds)),
    'goals.alignment': forProduct(({ productId, top }) => alignment(db, productId, top)),

    'sprints.list': forProduct(({ productId }) => listSprints(db, productId)),
    'sprints.create': forProduct((input) => createSprint(db, input, now())),
    'sprints.update': (input) => updateSprint(db, input, now()),
    'sprints.delete': ({ id }) => deleteSprint(db, id),
    'sprints.stats': forProduct(({ productId }) => sprintStats(db, productId)),

    'okrs.list': forProduct(({ productId }) => listObjectives(db, productId)),
    'okrs.create': forProduct((input) => createObjective(db, input, now())),
    'okrs.update': (input) => updateObjective(db, input, now()),
    'okrs.delete': ({ id }) => deleteObjective(db, id),

    'roadmap.get': forProduct(({ productId }) => getRoadmap(db, productId)),
    'roadmap.set': forProduct(({ productId, board }) => setBoard(db, productId, board)),
    'roadmap.rows.create': forProduct((input) => createRow(db, input)),
    'roadmap.rows.update': (input) => updateRow(db, input),
    'roadmap.rows.delete': ({ id }) => deleteRow(db, id),
    'roadmap.rows.reorder': forProduct(({ productId, ids }) => reorderRows(db, productId, ids))
  }
}
