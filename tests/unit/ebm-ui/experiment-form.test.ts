import { describe, expect, it } from 'vitest'
import type { Experiment } from '@shared/api/methods/ebm'
import { experimentFields, experimentFormOf } from '@renderer/features/ebm/experiments/experimentForm'

describe('the experiment form', () => {
  it('starts from an assumption’s draft, or from the experiment being edited', () => {
    const drafted = experimentFormOf(null, { title: 'Reminders', change: 'a reminder the evening before' })
    expect(drafted).toMatchObject({ title: 'Reminders', change: 'a reminder the evening before', goalId: '' })
    expect(drafted.status).toBe('planned')
    const experiment = {
      title: 'T',
      change: 'c',
      outcome: 'o',
      measureId: 4,
      expectedValue: 65,
      byDate: '2027-01-31',
      goalId: 9,
      status: 'running',
      itemIds: [1]
    } as unknown as Experiment
    expect(experimentFormOf(experiment, null)).toEqual({
      title: 'T',
      change: 'c',
      outcome: 'o',
      measureId: '4',
      expectedValue: '65',
      byDate: '2027-01-31',
      goalId: '9',
      status: 'running',
      itemIds: [1]
    })
  })

  it('sends blank choices as values the server refuses by their field, and no goal as null', () => {
    const fields = experimentFields(experimentFormOf(null, null))
    expect(fields.measureId).toBe(0)
    expect(fields.expectedValue).toBeNaN()
    expect(fields.goalId).toBeNull()
  })
})
