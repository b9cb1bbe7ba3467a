import { describe, expect, it } from 'vitest'
import { coverage, daysSince, type CoverageInput } from '@shared/domain/ebm'

const TODAY = '2025-03-12'
let nextId = 1
const measure = (fields: Partial<CoverageInput> & Pick<CoverageInput, 'area'>): CoverageInput => ({
  id: nextId++,
  name: `M${nextId}`,
  category: 'outcome',
  indicator: 'leading',
  automatic: false,
  latest: { date: '2025-03-01', value: 1 },
  ...fields
})
const rules = (measures: CoverageInput[], stale = 90) =>
  coverage(measures, TODAY, stale).blindSpots.map((b) => `${b.rule}:${b.area ?? 'all'}`)
/** A value measure for each value area and two capability measures for each capability area: no blind spot. */
const everyArea = () => [
  measure({ area: 'current-value' }),
  measure({ area: 'unrealized-value' }),
  measure({ area: 'time-to-market', category: 'output' }),
  measure({ area: 'time-to-market', category: 'activities' }),
  measure({ area: 'ability-to-innovate', category: 'output' }),
  measure({ area: 'ability-to-innovate', category: 'resources' })
]

describe('coverage of the Key Value Areas', () => {
  it('counts measures per area and how fresh the freshest value is', () => {
    const result = coverage(
      [
        measure({ area: 'current-value', latest: { date: '2025-03-10', value: 1 } }),
        measure({ area: 'current-value', latest: { date: '2024-11-01', value: 1 } })
      ],
      TODAY,
      90
    )
    expect(result.areas[0]).toMatchObject({
      label: 'Current Value',
      measureCount: 2,
      daysSinceLatest: 2,
      staleCount: 1
    })
    expect(result.areas[1]).toMatchObject({ measureCount: 0, daysSinceLatest: null, staleCount: 0 })
    expect(daysSince(null, TODAY)).toBeNull()
    expect(daysSince({ date: TODAY, value: 0 }, TODAY)).toBe(0)
  })

  it('finds nothing when every area has a fresh, leading outcome measure', () => {
    expect(rules(everyArea())).toEqual([])
  })

  it('names each area without a measure, with its question as the reason', () => {
    const result = coverage([measure({ area: 'current-value' })], TODAY, 90)
    expect(result.blindSpots.map((b) => b.area)).toEqual(['unrealized-value', 'time-to-market', 'ability-to-innovate'])
    expect(result.blindSpots[1]).toMatchObject({ rule: 'no-measure', title: 'No measure for Time-to-Market' })
    expect(result.blindSpots[1]!.reason).toContain('How quickly can the organisation deliver something new')
  })

  it('reports measures without values, and says when the app will fill them', () => {
    const manual = measure({ area: 'current-value', latest: null, name: 'NPS' })
    const auto = measure({ area: 'time-to-market', latest: null, automatic: true, name: 'Cycle time' })
    const spots = coverage([...everyArea(), manual, auto], TODAY, 90).blindSpots
    expect(spots.map((b) => [b.rule, b.area, b.measureIds])).toEqual([
      ['no-values', 'current-value', [manual.id]],
      ['no-values', 'time-to-market', [auto.id]]
    ])
    expect(spots[0]!.reason).toMatch(/“NPS” has no value yet/)
    expect(spots[1]!.reason).toMatch(/computed from finished backlog items/)
  })

  it('calls a measure stale only after more than the configured days', () => {
    const edge = measure({ area: 'current-value', latest: { date: '2024-12-12', value: 1 } }) // 90 days
    const old = measure({ area: 'current-value', latest: { date: '2024-12-11', value: 1 } }) // 91 days
    const spots = coverage([...everyArea(), edge, old], TODAY, 90).blindSpots
    expect(spots).toEqual([
      expect.objectContaining({
        rule: 'stale',
        area: 'current-value',
        measureIds: [old.id],
        title: 'Current Value: 1 measure not updated for over 90 days'
      })
    ])
    expect(spots[0]!.reason).toContain('up to 91 days old')
    expect(rules([...everyArea(), edge], 30)).toEqual(['stale:current-value'])
  })

  it('asks for an outcome in Current Value and Unrealized Value only, once for both when neither has one', () => {
    const effort = ['resources', 'activities', 'output'] as const
    const cvEffortOnly = [
      ...everyArea().slice(1),
      ...effort.map((category) => measure({ area: 'current-value', category }))
    ]
    expect(rules(cvEffortOnly)).toEqual(['no-outcome:current-value'])
    const reason = coverage(cvEffortOnly, TODAY, 90).blindSpots[0]!.reason
    expect(reason).toContain('(resources, activities, output)')
    expect(reason).toContain('EBM Guide 2024')

    const noValueOutcome = everyArea().map((m) => ({ ...m, category: 'output' as const }))
    const [both] = coverage(noValueOutcome, TODAY, 90).blindSpots
    expect(both).toMatchObject({
      rule: 'no-outcome',
      area: null,
      title: 'Current Value and Unrealized Value: only effort is measured, no outcome'
    })
    // Impact counts as a result too.
    expect(rules([{ ...noValueOutcome[0]!, category: 'impact' as const }, ...noValueOutcome.slice(1)])).toEqual([
      'no-outcome:unrealized-value'
    ])
  })

  it('never asks Time-to-Market or Ability to Innovate for an outcome: output and practice are what they measure', () => {
    const capability = everyArea().map((m) =>
      m.area === 'time-to-market' || m.area === 'ability-to-innovate' ? { ...m, category: 'output' as const } : m
    )
    expect(rules(capability)).toEqual([])
  })

  it('flags a capability area with only one measure, saying what one number misses', () => {
    const [cv, uv, t2m, , a2i] = everyArea()
    const spots = coverage([cv!, uv!, t2m!, a2i!], TODAY, 90).blindSpots
    expect(spots.map((b) => `${b.rule}:${b.area}`)).toEqual([
      'single-measure:time-to-market',
      'single-measure:ability-to-innovate'
    ])
    expect(spots[0]!.reason).toContain('change failure rate')
    expect(spots[0]!.reason).toContain('EBM Guide 2024, “Time-to-Market”')
    expect(spots[1]!.reason).toContain('EBM Guide 2024, “Ability to Innovate”')
    // A value area may rest on one measure.
    expect(rules([...everyArea().filter((m) => m.area !== 'current-value'), cv!])).toEqual([])
  })

  it('reports areas with only lagging indicators, or all areas once', () => {
    const lagging = everyArea().map((m) => ({ ...m, indicator: 'lagging' as const }))
    expect(rules(lagging)).toEqual(['no-leading:all'])
    expect(coverage(lagging, TODAY, 90).blindSpots[0]!.title).toBe('All areas: only lagging indicators')
    expect(rules([{ ...lagging[0]!, indicator: 'leading' as const }, ...lagging.slice(1)])).toEqual([
      'no-leading:unrealized-value',
      'no-leading:time-to-market',
      'no-leading:ability-to-innovate'
    ])
    // One measured area alone is named, not "all areas".
    expect(rules([lagging[0]!]).filter((r) => r.startsWith('no-leading'))).toEqual(['no-leading:current-value'])
  })

  it('says nothing about kinds of measures when there are no measures at all', () => {
    expect(rules([])).toEqual([
      'no-measure:current-value',
      'no-measure:unrealized-value',
      'no-measure:time-to-market',
      'no-measure:ability-to-innovate'
    ])
  })
})
