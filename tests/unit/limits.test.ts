import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { api, fileSizeProblem, MAX_INPUT_BYTES, MAX_INPUT_MEGABYTES, utf8Bytes } from '@shared/api'

describe('the one input limit', () => {
  it('measures text as UTF-8 bytes, as a request body carries it', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Bytes(text) === Buffer.byteLength(text, 'utf8')))
    // A lone surrogate is sent as U+FFFD.
    expect(utf8Bytes('\ud800x')).toBe(Buffer.byteLength('\ud800x', 'utf8'))
  })

  it('takes a file of exactly the limit and refuses one byte more, counting bytes, not characters', () => {
    const input = (csv: string) => ({ productId: 1, format: 'csv', csv })
    const schema = api['import.commit'].input
    expect(schema.safeParse(input('a'.repeat(MAX_INPUT_BYTES))).success).toBe(true)
    expect(schema.safeParse(input('a'.repeat(MAX_INPUT_BYTES + 1))).success).toBe(false)
    // Half as many characters, each two bytes: one character over in bytes.
    const twoByte = 'é'.repeat(MAX_INPUT_BYTES / 2)
    expect(schema.safeParse(input(twoByte)).success).toBe(true)
    const refused = schema.safeParse(input(`${twoByte}a`))
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.message).toMatch(new RegExp(`larger than ${MAX_INPUT_MEGABYTES} MB`))
  })

  it('takes a 50 MB export, and refuses a larger file by its size before it is read, in the words the schema uses', () => {
    expect(MAX_INPUT_BYTES).toBeGreaterThan(50_000_000)
    expect(fileSizeProblem(MAX_INPUT_BYTES)).toBeNull()
    const schema = api['import.commit'].input
    const message = schema.safeParse({ productId: 1, format: 'csv', csv: 'a'.repeat(MAX_INPUT_BYTES + 1) }).error
      ?.issues[0]?.message
    expect(fileSizeProblem(MAX_INPUT_BYTES + 1)).toBe(message)
  })
})
