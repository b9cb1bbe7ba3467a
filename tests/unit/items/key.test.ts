import { describe, expect, it } from 'vitest'
import {
  derivePrefix,
  FALLBACK_PREFIX,
  ITEM_PREFIX_MAX,
  ITEM_PREFIX_PATTERN,
  itemKey,
  parseItemKey
} from '../../../src/shared/domain/items/key'

describe('derivePrefix', () => {
  it('takes the initials of several words and the first three letters of one', () => {
    expect(derivePrefix('Product Backlog')).toBe('PB')
    expect(derivePrefix('Sample: Lanes')).toBe('SL')
    expect(derivePrefix('Checkout')).toBe('CHE')
    expect(derivePrefix('ab')).toBe('AB')
  })

  it('drops accents and punctuation, and never starts with a digit', () => {
    expect(derivePrefix('Éclair café')).toBe('EC')
    expect(derivePrefix('3D printing service')).toBe('PS')
    expect(derivePrefix('web-shop 2')).toBe('WS2')
  })

  it('falls back when the name has no Latin letter', () => {
    expect(derivePrefix('日本')).toBe(FALLBACK_PREFIX)
    expect(derivePrefix('2026')).toBe(FALLBACK_PREFIX)
  })

  it('keeps to the pattern and the length limit', () => {
    const long = derivePrefix('a b c d e f g h i j k l m')
    expect(long).toBe('ABCDEFGHIJ')
    expect(long.length).toBe(ITEM_PREFIX_MAX)
    for (const name of ['Product Backlog', 'x', '9 lives', 'Ünïcode ïtems'])
      expect(derivePrefix(name)).toMatch(ITEM_PREFIX_PATTERN)
  })
})

describe('item keys', () => {
  it('writes and reads a key, in any case', () => {
    expect(itemKey('PB', 12)).toBe('PB-12')
    expect(parseItemKey('PB-12')).toEqual({ prefix: 'PB', number: 12 })
    expect(parseItemKey(' pb-7 ')).toEqual({ prefix: 'PB', number: 7 })
  })

  it('reads nothing else as a key', () => {
    for (const text of ['PB', 'PB-', 'PB-0', '12', '#12', 'PB-12 login', 'search-by-tag', '1A-3'])
      expect(parseItemKey(text), text).toBeNull()
  })
})
