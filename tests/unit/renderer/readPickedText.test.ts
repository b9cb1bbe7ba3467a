import { describe, expect, it } from 'vitest'
import { readPickedText } from '@renderer/ui/readPickedText'

describe('readPickedText', () => {
  it('reads a UTF-8 file', async () => {
    await expect(readPickedText(new File(['feature,functional\nSøk,like'], 'kano.csv'))).resolves.toBe(
      'feature,functional\nSøk,like'
    )
  })

  it('refuses a file over the limit by its size, naming the file', async () => {
    const huge = new File([], 'huge.csv')
    Object.defineProperty(huge, 'size', { value: 65 * 1024 * 1024 })
    Object.defineProperty(huge, 'arrayBuffer', { value: () => Promise.reject(new Error('read although too large')) })
    await expect(readPickedText(huge)).rejects.toThrow(/^huge\.csv: The file is larger than 64 MB/)
  })

  it('names the file, line and column of bytes that are not UTF-8', async () => {
    await expect(readPickedText(new File([new Uint8Array([0x61, 0x0a, 0x62, 0xe9])], 'values.csv'))).rejects.toThrow(
      /^values\.csv: line 2, column 2 holds bytes that are not UTF-8/
    )
  })
})
