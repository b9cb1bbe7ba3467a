import { describe, expect, it } from 'vitest'
import { findTrack } from '@shared/domain/practice'
import type { ReviewVerdict } from '@shared/domain/report/review'
import {
  coachCommentsFor,
  groupTargets,
  localToday,
  targetTitle
} from '../../../src/renderer/src/features/practice/shape'

describe('practice view shaping', () => {
  it('groups targets under their module in catalogue order', () => {
    const groups = groupTargets(findTrack('qspo-1').targets)
    expect(groups).toHaveLength(4)
    expect(groups.every((g) => g.targets.length === 4)).toBe(true)
    expect(groups[0]!.title).toMatch(/^Module 1/)
  })

  it('names a target, or shows its key when the catalogue lost it', () => {
    expect(targetTitle('pspo/releases')).toBe('Strategise your releases')
    expect(targetTitle('pspo/gone')).toBe('pspo/gone')
  })

  it('writes a local day', () => {
    expect(localToday(new Date(2025, 2, 9, 23, 30))).toBe('2025-03-09')
  })
})

describe('coach comments on a journal entry', () => {
  type Comment = { target: string; targetId: string; text: string; verdict?: ReviewVerdict }
  const review = (
    id: number,
    reviewedAt: string,
    intact: boolean,
    comments: Comment[],
    verdict: ReviewVerdict = 'partly'
  ) => ({
    id,
    reviewer: `Coach ${id}`,
    reviewedAt,
    intact,
    verdict,
    comments
  })

  it('keeps the non-empty assignment comments for this entry, newest review first, with the tamper flag', () => {
    const reviews = [
      review(1, '2026-10-01T10:00:00Z', true, [
        { target: 'assignment', targetId: '7', text: 'Good plan.' },
        { target: 'section', targetId: '7', text: 'About the vision section.' },
        { target: 'assignment', targetId: '8', text: 'Another entry.' }
      ]),
      review(2, '2026-11-01T10:00:00Z', false, [
        { target: 'assignment', targetId: '7', text: 'Where is the evidence?' },
        { target: 'assignment', targetId: '7', text: '  ' }
      ])
    ]
    expect(coachCommentsFor(reviews, 7)).toEqual([
      {
        reviewId: 2,
        reviewer: 'Coach 2',
        reviewedAt: '2026-11-01T10:00:00Z',
        intact: false,
        text: 'Where is the evidence?',
        verdict: null,
        overall: 'partly'
      },
      {
        reviewId: 1,
        reviewer: 'Coach 1',
        reviewedAt: '2026-10-01T10:00:00Z',
        intact: true,
        text: 'Good plan.',
        verdict: null,
        overall: 'partly'
      }
    ])
    expect(coachCommentsFor(reviews, 9)).toEqual([])
  })

  it('shows the verdict on the assignment beside the overall one, even without a comment', () => {
    const reviews = [
      review(
        3,
        '2026-12-01T10:00:00Z',
        true,
        [{ target: 'assignment', targetId: '7', text: '', verdict: 'not-yet' }],
        'meets'
      )
    ]
    expect(coachCommentsFor(reviews, 7)).toEqual([
      {
        reviewId: 3,
        reviewer: 'Coach 3',
        reviewedAt: '2026-12-01T10:00:00Z',
        intact: true,
        text: '',
        verdict: 'not-yet',
        overall: 'meets'
      }
    ])
  })
})
