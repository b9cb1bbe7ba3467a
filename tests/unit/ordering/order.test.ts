import { describe, expect, it } from 'vitest'
import { NO_SCORES, modelOrder, type ModelScores, type OrderInputItem } from '@shared/domain/ordering'

const item = (id: string, scores: Partial<ModelScores>): OrderInputItem<string> => ({
  id,
  title: id,
  scores: { ...NO_SCORES, ...scores }
})
const ids = (entries: Array<{ id: string }>) => entries.map((e) => e.id)

describe('model order', () => {
  it('puts the higher WSJF first', () => {
    const items = [
      item('low', { ubv: 1, tc: 1, rr: 1, jobSize: 3 }),
      item('high', { ubv: 13, tc: 8, rr: 1, jobSize: 2 })
    ]
    const ranked = modelOrder(items, 'wsjf')
    expect(ids(ranked)).toEqual(['high', 'low'])
    expect(ranked[0]).toMatchObject({ score: 11, modelPosition: 1, manualPosition: 2 })
  })

  it('breaks equal WSJF by the smaller Job Size, then by the manual order', () => {
    const items = [
      item('a-big', { ubv: 5, tc: 5, rr: 2, jobSize: 3 }), // 12 / 3 = 4
      item('b-first', { ubv: 3, tc: 3, rr: 2, jobSize: 2 }), // 8 / 2 = 4
      item('c-second', { ubv: 5, tc: 2, rr: 1, jobSize: 2 }), // 8 / 2 = 4
      item('d-top', { ubv: 20, tc: 1, rr: 1, jobSize: 1 })
    ]
    expect(ids(modelOrder(items, 'wsjf'))).toEqual(['d-top', 'b-first', 'c-second', 'a-big'])
    // Deterministic: the same input always gives the same order, whatever the engine's sort does.
    expect(ids(modelOrder(items, 'wsjf'))).toEqual(ids(modelOrder([...items], 'wsjf')))
  })

  it('breaks CD3 ties by the shorter duration and value / effort ties by the smaller effort', () => {
    const cd3Items = [
      item('long', { codPerWeek: 2000, durationWeeks: 4 }),
      item('short', { codPerWeek: 1000, durationWeeks: 2 })
    ]
    expect(ids(modelOrder(cd3Items, 'cd3'))).toEqual(['short', 'long'])
    const veItems = [
      item('big', { value: 20, effort: 20 }),
      item('small', { value: 2, effort: 2 }),
      item('mid', { value: 8, effort: 8 })
    ]
    expect(ids(modelOrder(veItems, 'value-effort'))).toEqual(['small', 'mid', 'big'])
  })

  it('lists unscored items after the scored ones, in the manual order', () => {
    const items = [
      item('u1', { ubv: 8 }),
      item('s1', { ubv: 1, tc: 1, rr: 1, jobSize: 1 }),
      item('u2', {}),
      item('s2', { ubv: 8, tc: 8, rr: 8, jobSize: 1 })
    ]
    const ranked = modelOrder(items, 'wsjf')
    expect(ids(ranked)).toEqual(['s2', 's1', 'u1', 'u2'])
    expect(ranked.map((e) => e.score)).toEqual([24, 3, null, null])
  })

  it('orders nothing into nothing', () => {
    expect(modelOrder([], 'cd3')).toEqual([])
  })
})
