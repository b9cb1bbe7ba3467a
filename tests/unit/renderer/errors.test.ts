import { describe, expect, it } from 'vitest'
import { ApiError } from '@shared/api/result'
import { errorText, readableError } from '@renderer/api/errors'

const refusal = (...messages: string[]) =>
  new ApiError(
    'invalid_input',
    'Nothing was imported.',
    messages.map((message) => ({ path: 'csv', message }))
  )

describe('an error as a screen shows it', () => {
  it('lists a refused file’s problems as its lines, without the field’s label', () => {
    const error = refusal('line 3, column 2: Not a date.')
    expect(readableError(error).message).toBe('Nothing was imported. Fix this line and import again:')
    expect(errorText(error)).toBe('line 3, column 2: Not a date.')
    expect(readableError(refusal('line 3, column 2: A.', 'line 4, column 1: B.')).message).toMatch(/these lines/)
  })

  it('names each field by its label for any other invalid input', () => {
    const error = new ApiError('invalid_input', 'Invalid', [
      { path: 'csv', message: 'The file is empty.' },
      { path: 'title', message: 'Give the item a title' }
    ])
    expect(readableError(error).message).toBe('Please check these fields:')
    expect(errorText(error)).toBe('CSV: The file is empty.; Title: Give the item a title')
  })
})
