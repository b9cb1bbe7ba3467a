import { describe, expect, it } from 'vitest'
import type { Stakeholder } from '@shared/api/methods/stakeholders'
import type { FeedbackTrace, SprintReview } from '@shared/api/methods/sprint-reviews'
import type { Sprint } from '@shared/api/methods/sprints'
import {
  chooseSprint,
  feedbackByPerson,
  feedbackGivers,
  outcomeText,
  titleFromFeedback
} from '@renderer/features/sprint-review/shape'

const sprint = (id: number, startDate: string): Sprint => ({
  id,
  productId: 1,
  name: `Sprint ${id}`,
  startDate,
  endDate: startDate,
  goal: '',
  productGoalId: null,
  teamId: null,
  itemIds: [],
  outcome: null,
  reviewNotes: '',
  createdAt: '',
  updatedAt: ''
})

const feedback = (feedbackId: number, stakeholderId: number | null, stakeholderName: string): FeedbackTrace => ({
  feedbackId,
  reviewId: 1,
  sprintId: 1,
  sprintName: 'Sprint 1',
  on: '2026-03-13',
  stakeholderId,
  stakeholderName,
  text: `Remark ${feedbackId}`,
  createdAt: '',
  itemId: null,
  itemTitle: null,
  outcome: null
})

const review = (attendees: Array<[number, string]>, given: FeedbackTrace[]) =>
  ({
    attendees: attendees.map(([stakeholderId, name]) => ({ stakeholderId, name, role: '' })),
    feedback: given
  }) as unknown as SprintReview

describe('chooseSprint', () => {
  const sprints = [sprint(1, '2026-02-01'), sprint(2, '2026-02-15'), sprint(3, '2026-03-01')]
  it('keeps the Sprint chosen last time while it exists', () => {
    expect(chooseSprint(sprints, '2026-02-20', 1)?.id).toBe(1)
    expect(chooseSprint(sprints, '2026-02-20', 99)?.id).toBe(2)
  })
  it('otherwise opens on the newest Sprint that has started, else the newest one', () => {
    expect(chooseSprint(sprints, '2026-03-05', null)?.id).toBe(3)
    expect(chooseSprint(sprints, '2026-01-01', null)?.id).toBe(3)
    expect(chooseSprint([], '2026-01-01', null)).toBeNull()
  })
})

describe('feedbackByPerson', () => {
  it('lists every attendee, then others who gave feedback, a removed stakeholder by the name kept', () => {
    const people = feedbackByPerson(
      review(
        [
          [1, 'Grace'],
          [2, 'Tom']
        ],
        [feedback(10, 2, 'Tom'), feedback(11, 3, 'Nadia'), feedback(12, null, 'Gone'), feedback(13, 2, 'Tom')]
      )
    )
    expect(people.map((p) => [p.name, p.attending, p.feedback.map((f) => f.feedbackId)])).toEqual([
      ['Grace', true, []],
      ['Tom', true, [10, 13]],
      ['Nadia', false, [11]],
      ['Gone', false, [12]]
    ])
  })
})

describe('feedbackGivers', () => {
  it('puts the attendees first, each group by name', () => {
    const s = (id: number, name: string) => ({ id, name }) as Stakeholder
    expect(
      feedbackGivers(
        [s(1, 'Zoe'), s(2, 'Adam'), s(3, 'Tom'), s(4, 'Beth')],
        review(
          [
            [3, 'Tom'],
            [1, 'Zoe']
          ],
          []
        )
      ).map((g) => g.name)
    ).toEqual(['Tom', 'Zoe', 'Adam', 'Beth'])
  })
})

describe('titleFromFeedback', () => {
  it('takes the first sentence without its full stop', () => {
    expect(titleFromFeedback('Show phone numbers. We call them before the session.')).toBe('Show phone numbers')
    expect(titleFromFeedback('Can we get totals per pool?')).toBe('Can we get totals per pool?')
  })
  it('shortens a long sentence at a word', () => {
    const title = titleFromFeedback(`${'word '.repeat(40)}end`)
    expect(title.length).toBeLessThanOrEqual(120)
    expect(title).toMatch(/word…$/)
  })
})

describe('outcomeText', () => {
  it('says what the feedback led to', () => {
    expect(outcomeText({ outcome: null, itemTitle: null })).toBeNull()
    expect(outcomeText({ outcome: 'created', itemTitle: 'Phone numbers' })).toBe('Became “Phone numbers”')
    expect(outcomeText({ outcome: 'changed', itemTitle: null })).toBe('Changed an item since deleted')
  })
})
