import { describe, expect, it } from 'vitest'
import { encodeText } from '@shared/domain/csv'
import { issuesByLine, loadBytes } from '../../../src/renderer/src/features/import/readFile'

describe('loadBytes', () => {
  it('decodes the file and tells its format from the header, whatever the separator and encoding', () => {
    expect(loadBytes('a.csv', encodeText('\uFEFFSummary,Issue key,Status\nA,B-1,Done', 'utf-8')).format).toBe('jira')
    expect(loadBytes('a.csv', encodeText('ID;Work Item Type;Title\n', 'utf-16le')).format).toBe('azure')
    const legacy = loadBytes('a.csv', encodeText('Título;Situação\nnão;Feito\n', 'windows-1252'))
    expect(legacy.format).toBe('csv')
    expect(legacy.decoded).toMatchObject({
      ok: true,
      decoded: { encoding: 'windows-1252', text: 'Título;Situação\nnão;Feito\n' }
    })
  })

  it('decodes with a chosen encoding', () => {
    const bytes = encodeText('Title\nnão\n', 'windows-1252')
    expect(loadBytes('a.csv', bytes, 'utf-8').decoded.ok).toBe(false)
  })
})

describe('issuesByLine', () => {
  it('groups issues by their line', () => {
    const grouped = issuesByLine([
      { line: 3, m: 'a' },
      { line: 2, m: 'b' },
      { line: 3, m: 'c' }
    ])
    expect(grouped.get(3)!.map((i) => i.m)).toEqual(['a', 'c'])
    expect(grouped.get(2)!.map((i) => i.m)).toEqual(['b'])
  })
})
