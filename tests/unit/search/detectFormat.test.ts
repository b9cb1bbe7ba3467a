import { describe, expect, it } from 'vitest'
import { detectFormat, issuesByLine } from '../../../src/renderer/src/features/import/detectFormat'

describe('import format detection', () => {
  it('recognises Jira and Azure DevOps headers, even after a byte-order mark', () => {
    expect(detectFormat('\uFEFFSummary,Issue key,Status\nA,B-1,Done')).toBe('jira')
    expect(detectFormat('ID,Work Item Type,Title\n')).toBe('azure')
    expect(detectFormat('Title,Points\n')).toBe('csv')
  })

  it('groups issues by line', () => {
    const grouped = issuesByLine([{ line: 3, m: 'a' }, { line: 2, m: 'b' }, { line: 3, m: 'c' }])
    expect(grouped.get(3)?.map((i) => i.m)).toEqual(['a', 'c'])
  })
})
