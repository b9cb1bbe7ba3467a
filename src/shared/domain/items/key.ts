/**
 * Item keys as issue trackers write them ("PB-12"): the product's prefix and the item's number in
 * that product. Numbers run per product, so a new product's first item is PREFIX-1.
 */

export const ITEM_PREFIX_MAX = 10

/** Capital letters and digits, starting with a letter: a key reads the same in any text. */
export const ITEM_PREFIX_PATTERN = /^[A-Z][A-Z0-9]*$/

/** Used when a name has no letter to build a prefix from (a name in another script, or digits only). */
export const FALLBACK_PREFIX = 'ITEM'

/**
 * A prefix from a product's name: the initials of its words ("Product Backlog" → "PB"), or the
 * first three letters of a single word ("Checkout" → "CHE"). Accents are dropped so the key stays
 * easy to type.
 */
export function derivePrefix(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== '')
  const letters = words.length > 1 ? words.map((word) => word[0]).join('') : (words[0] ?? '').slice(0, 3)
  const prefix = letters.replace(/^[0-9]+/, '').slice(0, ITEM_PREFIX_MAX)
  return prefix === '' ? FALLBACK_PREFIX : prefix
}

export function itemKey(prefix: string, number: number): string {
  return `${prefix}-${number}`
}

/** The prefix and number of a text that is one item key ("pb-12" as well as "PB-12"); null otherwise. */
export function parseItemKey(text: string): { prefix: string; number: number } | null {
  const match = /^([A-Za-z][A-Za-z0-9]*)-([1-9][0-9]{0,8})$/.exec(text.trim())
  return match ? { prefix: match[1]!.toUpperCase(), number: Number(match[2]) } : null
}
