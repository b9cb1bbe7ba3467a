import { describe, expect, it } from 'vitest'
import { moscowSize, moscowSummaries, type MoscowItem } from '@shared/domain/ordering'

const releases = [
  { id: 1, name: 'Release 1', targetDate: '2026-03-31' },
  { id: 2, name: 'Release 2', targetDate: null }
]

describe('MoSCoW per release', () => {
  it('sums effort per category and warns when Musts take more than 60% of the planned effort', () => {
    const items: MoscowItem[] = [
      { moscow: 'must', releaseId: 1, size: 8 },
      { moscow: 'must', releaseId: 1, size: 5 },
      { moscow: 'should', releaseId: 1, size: 3 },
      { moscow: 'could', releaseId: 1, size: 2 },
      { moscow: 'wont', releaseId: 1, size: 20 },
      { moscow: 'could', releaseId: 1, size: null },
      { moscow: 'must', releaseId: 2, size: 3 },
      { moscow: 'should', releaseId: 2, size: 3 },
      { moscow: 'could', releaseId: 2, size: 2 },
      { moscow: null, releaseId: 2, size: 13 }
    ]
    const [first, second] = moscowSummaries(items, releases)
    expect(first).toMatchObject({
      releaseId: 1,
      counts: { must: 2, should: 1, could: 2, wont: 1 },
      effort: { must: 13, should: 3, could: 2, wont: 20 },
      totalEffort: 38,
      unsized: 1
    })
    // Won't is out of the release: 13 / (13 + 3 + 2).
    expect(first!.mustShare).toBeCloseTo(13 / 18)
    expect(first!.warning).toMatch(/^Musts take 72% of the effort planned for Release 1/)
    expect(second).toMatchObject({ releaseId: 2, mustShare: 3 / 8, warning: null })
  })

  it('does not warn at exactly 60%', () => {
    const [summary] = moscowSummaries(
      [
        { moscow: 'must', releaseId: 1, size: 3 },
        { moscow: 'should', releaseId: 1, size: 2 }
      ],
      releases.slice(0, 1)
    )
    expect(summary).toMatchObject({ mustShare: 0.6, warning: null })
  })

  it('groups categorised items without a release under "No release", after the releases', () => {
    const summaries = moscowSummaries(
      [
        { moscow: 'must', releaseId: null, size: 5 },
        { moscow: 'could', releaseId: null, size: null }
      ],
      releases
    )
    expect(summaries.map((s) => s.name)).toEqual(['Release 1', 'Release 2', 'No release'])
    expect(summaries[2]).toMatchObject({ releaseId: null, mustShare: 1, unsized: 1 })
    expect(summaries[0]).toMatchObject({ mustShare: null, totalEffort: 0, warning: null })
  })

  it('measures size by the estimate, else effort, else Job Size', () => {
    expect(moscowSize({ estimate: 3, effort: 8, jobSize: 13 })).toBe(3)
    expect(moscowSize({ estimate: null, effort: 8, jobSize: 13 })).toBe(8)
    expect(moscowSize({ estimate: null, effort: null, jobSize: 13 })).toBe(13)
    expect(moscowSize({ estimate: null, effort: null, jobSize: null })).toBeNull()
  })
})
