const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'as',
  'i',
  'want',
  'to',
  'so',
  'that',
  'can',
  'my',
  'of',
  'in',
  'on',
  'for',
  'and',
  'or',
  'is',
  'be',
  'it',
  'we',
  'our',
  'with',
  'when'
])

/** The words that carry meaning, lower-cased, without punctuation or filler. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w))
}

/** Share of meaningful words two titles have in common (Jaccard), 0..1. */
export function titleSimilarity(a: string, b: string): number {
  const left = new Set(contentWords(a))
  const right = new Set(contentWords(b))
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  return shared / (left.size + right.size - shared)
}
