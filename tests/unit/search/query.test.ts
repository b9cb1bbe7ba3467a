import { describe, expect, it } from 'vitest'
import { buildFtsQuery, describeFilters, MATCH_END, MATCH_START, snippetParts } from '@shared/domain/search'

describe('FTS query builder', () => {
  it('quotes every word and makes it a prefix', () => {
    expect(buildFtsQuery('pay card')).toBe('"pay"* "card"*')
  })

  it('keeps "phrases" and treats operators, stars and brackets as plain text', () => {
    expect(buildFtsQuery('"order confirmed" fast')).toBe('"order confirmed" "fast"*')
    expect(buildFtsQuery('AND OR NOT (x* ^y:z')).toBe('"AND"* "OR"* "NOT"* "x"* "y"* "z"*')
    expect(buildFtsQuery('unbalanced "quote here')).toBe('"unbalanced"* "quote"* "here"*')
    expect(buildFtsQuery('Müller café 2025')).toBe('"Müller"* "café"* "2025"*')
  })

  it('returns null when nothing searchable is left', () => {
    for (const text of ['', '   ', '"', '***', '()', '-']) expect(buildFtsQuery(text)).toBeNull()
  })
})

describe('snippets and filter descriptions', () => {
  it('splits a marked snippet into parts', () => {
    expect(snippetParts(`…the ${MATCH_START}coupon${MATCH_END} applied`)).toEqual([
      { text: '…the ', match: false },
      { text: 'coupon', match: true },
      { text: ' applied', match: false }
    ])
  })

  it('reads filters in words', () => {
    const names = { type: (t: string) => t, state: (id: number) => `state ${id}`, team: (id: number) => `team ${id}` }
    expect(
      describeFilters(
        { types: ['bug'], labels: ['web', 'ios'], ready: false, estimate: { kind: 'range', min: 1, max: 3 } },
        names
      )
    ).toBe('bug · labelled web or ios · not ready · estimate 1–3')
    expect(describeFilters({ stateIds: [4], estimate: { kind: 'none' } }, names)).toBe('state 4 · no estimate')
    expect(describeFilters({ teams: [2, 'none'] }, names)).toBe('team 2 or no team')
  })
})
