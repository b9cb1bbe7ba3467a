import { describe, expect, it } from 'vitest'
import { tableLines } from '@shared/domain/practice'
import { definitionsTable, kanoTable, storyMapTable } from '@shared/domain/report/build/plans'

describe('plan tables for the report and for evidence', () => {
  it('reads the story map release by release, step by step, with the items left out of any release last', () => {
    const map = {
      productId: 1,
      activities: [
        {
          id: 1,
          name: 'Book',
          steps: [
            { id: 10, name: 'Find a lane' },
            { id: 11, name: 'Pay' }
          ]
        }
      ],
      slices: [{ id: 5, name: 'First release' }],
      placements: [
        { itemId: 100, stepId: 10, sliceId: 5 },
        { itemId: 101, stepId: 10, sliceId: 5 },
        { itemId: 102, stepId: 11, sliceId: null }
      ]
    }
    const table = storyMapTable(
      map,
      new Map([
        [100, 'Search by time'],
        [101, 'Filter by pool']
      ])
    )
    expect(table.rows).toEqual([
      ['First release', 'Book › Find a lane', 'Search by time; Filter by pool'],
      ['Not in a release yet', 'Book › Pay', '#102']
    ])
  })

  it('marks the Definition of Ready as an optional practice beside the Definition of Done', () => {
    const table = definitionsTable({
      productId: 1,
      estimateScale: 'fibonacci',
      estimateThreshold: 13,
      definitionOfReady: [{ id: 1, text: 'Has acceptance criteria', position: 0 }],
      definitionOfDone: [{ id: 2, text: 'Tested on a phone', position: 0 }]
    })
    expect(table.rows).toEqual([
      ['Ready (optional practice)', 'Has acceptance criteria'],
      ['Done', 'Tested on a phone']
    ])
  })

  it('names the Kano category and spreads the answers, and reads as labelled lines in a snapshot', () => {
    const table = kanoTable([
      {
        featureId: 1,
        feature: 'Waiting list',
        itemId: null,
        category: 'M',
        counts: { A: 1, O: 2, M: 5, I: 0, R: 0, Q: 0 },
        total: 8,
        flags: []
      },
      {
        featureId: 2,
        feature: 'Badges',
        itemId: null,
        category: null,
        counts: { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 },
        total: 0,
        flags: []
      }
    ])
    expect(tableLines(table)).toEqual([
      { label: 'Waiting list', value: 'Category: Must-be; Answers (A / O / M / I / R / Q): 8: 1 / 2 / 5 / 0 / 0 / 0' },
      { label: 'Badges', value: 'Category: no answers yet; Answers (A / O / M / I / R / Q): 0: 0 / 0 / 0 / 0 / 0 / 0' }
    ])
  })
})
