import { describe, expect, it } from 'vitest'
import { CATALOGUE, KEY_VALUE_AREAS, catalogueByArea, findCatalogueEntry } from '@shared/domain/ebm'

describe('EBM catalogue', () => {
  it('lists the guide’s example measures for each of the four areas', () => {
    const names = (area: string) =>
      CATALOGUE.filter((e) => e.area === area && e.automaticSource === null).map((e) => e.key)
    expect(names('current-value')).toEqual([
      'revenue-per-employee',
      'product-cost-ratio',
      'employee-satisfaction',
      'customer-satisfaction',
      'customer-usage-index'
    ])
    expect(names('unrealized-value')).toEqual(['market-share', 'satisfaction-gap', 'desired-customer-experience'])
    expect(names('time-to-market')).toHaveLength(9)
    expect(names('ability-to-innovate')).toHaveLength(10)
    expect(catalogueByArea().map((s) => s.area)).toEqual([...KEY_VALUE_AREAS])
  })

  it('gives every measure a unique key, a unit and a description of one or two sentences', () => {
    expect(new Set(CATALOGUE.map((e) => e.key)).size).toBe(CATALOGUE.length)
    for (const entry of CATALOGUE) {
      expect(entry.unit, entry.key).not.toBe('')
      const sentences = entry.description.split(/(?<=[.;])\s+(?=[A-Z])/)
      expect(sentences.length, entry.key).toBeLessThanOrEqual(2)
      expect(entry.description.length, entry.key).toBeLessThan(260)
    }
  })

  it('classifies measures consistently, and says why each is in its category', () => {
    const category = (key: string) => findCatalogueEntry(key)!.category
    // Durations and counts of delivery are output, whoever they are timed for.
    const delivery = [
      'customer-cycle-time',
      'lead-time',
      'time-to-learn',
      'time-to-pivot',
      'flow-cycle-time-85',
      'flow-lead-time-85',
      'flow-throughput-weekly',
      'release-frequency'
    ]
    expect(new Set(delivery.map(category))).toEqual(new Set(['output']))
    // Quality of what is delivered is output too; practices are activities.
    expect(new Set(['defect-trends', 'change-failure-rate', 'production-incidents'].map(category))).toEqual(
      new Set(['output'])
    )
    expect(
      new Set(
        ['build-integration-frequency', 'deployment-frequency', 'mean-time-to-repair', 'active-code-branches'].map(
          category
        )
      )
    ).toEqual(new Set(['activities']))
    // Only Current Value and Unrealized Value hold outcomes and impact: the other two areas are capabilities.
    const results = CATALOGUE.filter((e) => e.category === 'outcome' || e.category === 'impact').map((e) => e.area)
    expect(new Set(results)).toEqual(new Set(['current-value', 'unrealized-value']))
    for (const entry of CATALOGUE) expect(entry.why.length, entry.key).toBeGreaterThan(10)
  })

  it('offers the automatic measures in Time-to-Market only', () => {
    const automatic = CATALOGUE.filter((e) => e.automaticSource !== null)
    expect(automatic.map((e) => [e.area, e.automaticSource, e.direction])).toEqual([
      ['time-to-market', 'cycle-time-85', 'lower'],
      ['time-to-market', 'lead-time-85', 'lower'],
      ['time-to-market', 'throughput-weekly', 'higher']
    ])
    expect(findCatalogueEntry('lead-time')?.automaticSource).toBeNull()
    expect(findCatalogueEntry('nope')).toBeUndefined()
  })
})
