import { describe, expect, it } from 'vitest'
import { patchOf, type ItemForm } from '@renderer/features/backlog/itemForm'

const before: ItemForm = {
  title: 'Pay by card',
  type: 'story',
  description: '',
  estimate: '3',
  stateId: 1,
  parentId: null,
  teamId: null,
  notes: '',
  criteria: ['Visa works'],
  labels: ['payments'],
  readyChecks: [1, 2]
}

describe('the item editor’s patch', () => {
  it('is empty when nothing changed, including ready checks ticked in another order', () => {
    expect(patchOf(before, { ...before, readyChecks: [2, 1] })).toEqual({})
  })

  it('holds only what changed, with the estimate as a number or null', () => {
    expect(patchOf(before, { ...before, title: 'Pay by card or phone', estimate: '' })).toEqual({
      title: 'Pay by card or phone',
      estimate: null
    })
    expect(patchOf(before, { ...before, estimate: '5', labels: [] })).toEqual({ estimate: 5, labels: [] })
  })

  it('leaves out blank criteria lines being typed, and sends the list only when its text changed', () => {
    expect(patchOf(before, { ...before, criteria: ['Visa works', '  '] })).toEqual({})
    expect(patchOf(before, { ...before, criteria: [' Visa works ', 'Amex works'] })).toEqual({
      criteria: ['Visa works', 'Amex works']
    })
  })
})
