import { describe, expect, it } from 'vitest'
import { CATALOGUE, KEY_VALUE_AREAS, catalogueByArea, findCatalogueEntry } from '@shared/domain/ebm'

describe('EBM catalogue', () => {
  it('lists the guide’s example measures for each of the four areas', () => {
    const names = (area: string) => CATALOGUE.filter((e) => e.area === area && e.automaticSource === null).map((e) => e.key)
    expect(names('current-value')).toEqual(['revenue-per-employee', 'product-cost-ratio', 'employee-satisfaction', 'customer-satisfaction', 'customer-usage-index'])
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
