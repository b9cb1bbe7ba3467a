import { MODELS } from './models'
import type { OrderingModel } from './scales'
import type { ModelScores } from './scores'

export interface OrderInputItem<Id> {
  id: Id
  title: string
  scores: ModelScores
}

export interface RankedEntry<Id> {
  id: Id
  title: string
  scores: ModelScores
  score: number | null
  /** 1-based place in the model's order. */
  modelPosition: number
  /** 1-based place in the input (the Product Owner's) order. */
  manualPosition: number
}

/**
 * Sorts items (given in the Product Owner's order) by a model: higher score first; equal scores put
 * the smaller size first (Job Size, effort or duration), then keep the manual order. Items the model
 * cannot score yet follow the scored ones, in manual order, so applying a model never buries a
 * scored item under an unscored one.
 */
export function modelOrder<Id>(items: ReadonlyArray<OrderInputItem<Id>>, model: OrderingModel): RankedEntry<Id>[] {
  const { score, sizeField } = MODELS[model]
  const entries = items.map((item, index) => ({ item, index, score: score(item.scores) }))
  entries.sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1
      return a.index - b.index
    }
    if (a.score !== b.score) return b.score - a.score
    // Both scored, so the size is set (it is part of every model's score).
    const sizeA = a.item.scores[sizeField]!
    const sizeB = b.item.scores[sizeField]!
    return sizeA !== sizeB ? sizeA - sizeB : a.index - b.index
  })
  return entries.map(({ item, index, score }, position) => ({
    id: item.id,
    title: item.title,
    scores: item.scores,
    score,
    modelPosition: position + 1,
    manualPosition: index + 1
  }))
}
