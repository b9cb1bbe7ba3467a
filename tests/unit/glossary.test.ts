import { describe, expect, it } from 'vitest'
import { GLOSSARY, searchGlossary, sourceLabel } from '@shared/domain/glossary'

describe('glossary', () => {
  it('names each term once, with one line of meaning and where it comes from', () => {
    const names = GLOSSARY.map((t) => t.term.toLowerCase())
    expect(new Set(names).size).toBe(names.length)
    for (const t of GLOSSARY) expect(t.meaning).toMatch(/^[A-Z“].*[.]$/)
    expect(new Set(GLOSSARY.map((t) => sourceLabel(t.source).split(',')[0]))).toEqual(
      new Set(['Scrum Guide 2020', 'Kanban Guide 2020', 'EBM Guide 2024', 'Course practice'])
    )
  })

  it('says the Definition of Ready is a course practice and the Sprint Goal comes from the Scrum Guide', () => {
    const find = (term: string) => GLOSSARY.find((t) => t.term === term)!
    expect(sourceLabel(find('Definition of Ready').source)).toBe('Course practice, not in the guides')
    expect(sourceLabel(find('Sprint Goal').source)).toBe('Scrum Guide 2020, “Commitment: Sprint Goal”')
    expect(sourceLabel(find('Throughput').source)).toBe('Kanban Guide 2020, “Kanban Measures”')
  })

  it('finds terms by any word of their name or meaning, named matches first, alphabetical otherwise', () => {
    expect(searchGlossary(GLOSSARY, '').map((t) => t.term)[0]).toBe('Ability to Innovate')
    expect(searchGlossary(GLOSSARY, '').length).toBe(GLOSSARY.length)
    expect(searchGlossary(GLOSSARY, 'sprint GOAL').map((t) => t.term)).toEqual(['Sprint Goal', 'Increment'])
    expect(
      searchGlossary(GLOSSARY, 'wip')
        .map((t) => t.term)
        .slice(0, 2)
    ).toEqual(['WIP limit', 'Work in progress (WIP)'])
    expect(searchGlossary(GLOSSARY, 'zebra')).toEqual([])
  })
})
