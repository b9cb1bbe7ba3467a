import { describe, expect, it } from 'vitest'
import { definitionOfDoneFor, unconfirmedDoneLines, unconfirmedDoneMessage } from '@shared/domain/teams'

const LANES = 1
const KIOSK = 2
const lines = [
  { id: 10, text: 'Reviewed by another Developer', teamId: null },
  { id: 11, text: 'Works on the lane screen at the pool', teamId: LANES },
  { id: 12, text: 'Deployed to staging', teamId: null },
  { id: 13, text: 'Printed receipt checked', teamId: KIOSK }
]
const ids = (list: ReadonlyArray<{ id: number }>) => list.map((line) => line.id)

describe('definitionOfDoneFor', () => {
  it('is the product’s lines, then the team’s own additions, never another team’s', () => {
    expect(ids(definitionOfDoneFor(lines, LANES))).toEqual([10, 12, 11])
    expect(ids(definitionOfDoneFor(lines, KIOSK))).toEqual([10, 12, 13])
  })

  it('is the product’s lines alone for an item no team has', () => {
    expect(ids(definitionOfDoneFor(lines, null))).toEqual([10, 12])
  })
})

describe('unconfirmedDoneLines', () => {
  const lanes = definitionOfDoneFor(lines, LANES)

  it('leaves everything unconfirmed without a confirmation', () => {
    expect(ids(unconfirmedDoneLines(lanes, { confirmDone: false, doneChecks: [10, 11, 12] }))).toEqual([10, 12, 11])
  })

  it('takes the bare confirmation for the product’s lines only, never for a team’s additions', () => {
    expect(unconfirmedDoneLines(definitionOfDoneFor(lines, null), { confirmDone: true })).toEqual([])
    expect(ids(unconfirmedDoneLines(lanes, { confirmDone: true }))).toEqual([11])
  })

  it('with the lines named, needs every one of them: a team cannot leave out the product’s', () => {
    expect(ids(unconfirmedDoneLines(lanes, { confirmDone: true, doneChecks: [11] }))).toEqual([10, 12])
    expect(unconfirmedDoneLines(lanes, { confirmDone: true, doneChecks: [12, 11, 10, 99] })).toEqual([])
  })

  it('has nothing to confirm when there is no Definition of Done yet, once done is confirmed', () => {
    expect(unconfirmedDoneLines([], { confirmDone: true, doneChecks: [] })).toEqual([])
  })
})

describe('unconfirmedDoneMessage', () => {
  it('names the lines still to confirm, the team whose additions apply and the Scrum Guide', () => {
    const message = unconfirmedDoneMessage('“Book a lane”', 'Done', [lines[1]!], 'Team Lanes')
    expect(message).toContain("the product's and Team Lanes's additions")
    expect(message).toContain('“Works on the lane screen at the pool”')
    expect(message).toContain('Scrum Guide 2020, “Commitment: Definition of Done”')
    expect(unconfirmedDoneMessage('“Book a lane”', 'Done', [lines[0]!], null)).not.toContain('additions')
  })
})
