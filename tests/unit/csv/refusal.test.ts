import { describe, expect, it } from 'vitest'
import { csvRefusal } from '../../../src/main/services/csv-refusal'

const problem = (line: number) => ({ line, column: 2, message: 'Not a date.' })

describe('a refused CSV file', () => {
  it('names its one problem by line and column', () => {
    const error = csvRefusal([problem(3)])
    expect(error.code).toBe('invalid_input')
    expect(error.message).toBe('Nothing was imported. The file has a problem at line 3, column 2: Not a date.')
    expect(error.issues).toEqual([{ path: 'csv', message: 'line 3, column 2: Not a date.' }])
  })

  it('counts the rest, and carries at most fifty of them as issues', () => {
    const problems = Array.from({ length: 60 }, (_, i) => problem(i + 2))
    const error = csvRefusal(problems)
    expect(error.message).toBe(
      'Nothing was imported. The file has a problem at line 2, column 2: Not a date. (and 59 more problems)'
    )
    expect(error.issues).toHaveLength(50)
    expect(csvRefusal(problems.slice(0, 2)).message).toMatch(/\(and 1 more problem\)$/)
  })
})
