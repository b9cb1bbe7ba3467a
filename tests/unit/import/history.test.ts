import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKFLOW } from '@shared/domain/backlog'
import { rowHistory, stagesHistory, type RowDates } from '@shared/domain/import/history'

const state = (name: string) => DEFAULT_WORKFLOW.find((s) => s.name === name)!
const dates = (fields: Partial<RowDates>): RowDates => ({
  created: null,
  started: null,
  finished: null,
  statusChanged: null,
  ...fields
})
const steps = (name: string, fields: Partial<RowDates>) => {
  const history = rowHistory(state(name), dates(fields), DEFAULT_WORKFLOW)
  return { steps: history.steps.map((s) => [s.state.name, s.at.slice(0, 10)]), warnings: history.warnings }
}

describe('rowHistory', () => {
  it('tells arrival, start and finish from the dates', () => {
    expect(steps('Done', { created: '2025-01-02', started: '2025-01-05', finished: '2025-01-09' })).toEqual({
      steps: [
        ['New', '2025-01-02'],
        ['In progress', '2025-01-05'],
        ['Done', '2025-01-09']
      ],
      warnings: []
    })
    expect(steps('Ready', { created: '2025-01-02' }).steps).toEqual([['Ready', '2025-01-02']])
    expect(steps('In review', { created: '2025-01-02', started: '2025-01-03' }).steps).toEqual([
      ['New', '2025-01-02'],
      ['In review', '2025-01-03']
    ])
  })

  it('takes Jira’s "status category changed" as the start of work in progress and the finish of done work', () => {
    expect(steps('In progress', { created: '2025-01-02', statusChanged: '2025-01-04' }).steps.at(-1)).toEqual([
      'In progress',
      '2025-01-04'
    ])
    expect(steps('Done', { created: '2025-01-02', statusChanged: '2025-01-07' }).steps.at(-1)).toEqual([
      'Done',
      '2025-01-07'
    ])
    expect(
      steps('Done', { created: '2025-01-02', finished: '2025-01-06', statusChanged: '2025-01-07' }).steps.at(-1)
    ).toEqual(['Done', '2025-01-06'])
  })

  it('never moves a date to another day: without a created date the work arrived on its earliest date', () => {
    expect(steps('Done', { started: '2024-03-01', finished: '2024-03-04' }).steps[0]).toEqual(['New', '2024-03-01'])
    expect(steps('Done', {})).toEqual({
      steps: [],
      warnings: [expect.stringContaining('done but the file gives no finish date')]
    })
  })

  it('warns about every contradiction', () => {
    expect(steps('New', { created: '2025-01-02', finished: '2025-01-05' })).toEqual({
      steps: [['New', '2025-01-02']],
      warnings: [
        'It has a finish date (2025-01-05) but its status “New” is not a done state; the date is left out and the item stays open.'
      ]
    })
    expect(steps('Done', { created: '2025-01-02' }).warnings).toEqual([
      'It is done but the file gives no finish date; it counts as done but not in throughput, cycle times or forecasts.'
    ])
    expect(steps('In progress', { created: '2025-01-02' }).warnings).toEqual([
      'It is in progress but the file does not say when work started; its age is unknown.'
    ])
    expect(steps('Done', { created: '2025-01-02', started: '2025-01-09', finished: '2025-01-05' })).toEqual({
      steps: [
        ['New', '2025-01-02'],
        ['Done', '2025-01-05']
      ],
      warnings: [
        'It started (2025-01-09) after it finished (2025-01-05); the start is left out, so it has no cycle time.'
      ]
    })
    expect(steps('Done', { created: '2025-01-10', finished: '2025-01-05' })).toEqual({
      steps: [
        ['New', '2025-01-05'],
        ['Done', '2025-01-05']
      ],
      warnings: [
        'It started or finished (2025-01-05) before it was created (2025-01-10); it is taken to have arrived on 2025-01-05.'
      ]
    })
  })
})

describe('stagesHistory', () => {
  it('makes one step per stage with a date, in stage order, and raises a date that goes back', () => {
    const history = stagesHistory([
      { name: 'Ready', state: state('Ready'), at: '2025-02-01' },
      { name: 'Dev', state: state('In progress'), at: null },
      { name: 'Test', state: state('In review'), at: '2025-02-06' },
      { name: 'Done', state: state('Done'), at: '2025-02-04' }
    ])
    expect(history.steps.map((s) => [s.state.name, s.at])).toEqual([
      ['Ready', '2025-02-01'],
      ['In review', '2025-02-06'],
      ['Done', '2025-02-06']
    ])
    expect(history.warnings).toEqual([
      'It entered “Done” (2025-02-04) before “Test” (2025-02-06); the later date is used for both.'
    ])
  })
})
