import { describe, expect, it } from 'vitest'
import {
  changedVisionFields,
  compareVisionContent,
  emptyVisionContent,
  wordDiff,
  type DiffSegment
} from '@shared/domain/vision'

const textOf = (segments: DiffSegment[], leave: 'added' | 'removed') =>
  segments
    .filter((s) => s.kind !== leave)
    .map((s) => s.text)
    .join('')

describe('word diff', () => {
  it('marks a replaced word as removed then added, keeping the rest', () => {
    expect(wordDiff('Swimmers book a lane', 'Parents book a lane')).toEqual([
      { kind: 'removed', text: 'Swimmers' },
      { kind: 'added', text: 'Parents' },
      { kind: 'same', text: ' book a lane' }
    ])
  })

  it('finds insertions and deletions in the middle (longest common subsequence)', () => {
    expect(wordDiff('the quick fox jumps', 'the quick brown fox leaps')).toEqual([
      { kind: 'same', text: 'the quick ' },
      { kind: 'added', text: 'brown ' },
      { kind: 'same', text: 'fox ' },
      { kind: 'removed', text: 'jumps' },
      { kind: 'added', text: 'leaps' }
    ])
  })

  it('keeps a run of changed words together instead of word by word', () => {
    expect(wordDiff('keep a b c end', 'keep x y z end')).toEqual([
      { kind: 'same', text: 'keep ' },
      { kind: 'removed', text: 'a b c' },
      { kind: 'added', text: 'x y z' },
      { kind: 'same', text: ' end' }
    ])
  })

  it('treats line breaks as changes and rebuilds both texts exactly', () => {
    const before = 'Fuller off-peak sessions\nShorter queues\n\nFewer no-shows'
    const after = 'Fuller off-peak sessions\nFewer no-shows and shorter queues\nAffordable swims'
    const segments = wordDiff(before, after)
    expect(textOf(segments, 'removed')).toBe(after)
    expect(textOf(segments, 'added')).toBe(before)
    expect(segments.some((s) => s.kind === 'same' && s.text.includes('Fuller off-peak sessions'))).toBe(true)
  })

  it('handles empty texts on either side', () => {
    expect(wordDiff('', '')).toEqual([])
    expect(wordDiff('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }])
    expect(wordDiff('old text', '')).toEqual([{ kind: 'removed', text: 'old text' }])
    expect(wordDiff('same', 'same')).toEqual([{ kind: 'same', text: 'same' }])
  })

  it('rebuilds both texts for many random edits', () => {
    const words = ['pool', 'lane', 'swim', 'book', 'pay', ' ', '\n']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const text = () =>
      Array.from({ length: Math.floor(next() * 30) }, () => words[Math.floor(next() * words.length)]).join(' ')
    for (let run = 0; run < 200; run++) {
      const [a, b] = [text(), text()]
      const segments = wordDiff(a, b)
      expect(textOf(segments, 'removed')).toBe(b)
      expect(textOf(segments, 'added')).toBe(a)
    }
  })

  it('stays quick at the longest field length', () => {
    const a = Array.from({ length: 800 }, (_, i) => `w${i % 97}`).join(' ')
    const b = Array.from({ length: 800 }, (_, i) => `w${(i * 7) % 89}`).join(' ')
    const segments = wordDiff(a, b)
    expect(textOf(segments, 'removed')).toBe(b)
  })
})

describe('vision comparison', () => {
  it('lists every field in order and marks the changed ones', () => {
    const from = emptyVisionContent()
    const to = emptyVisionContent()
    from.board.vision = 'Everyone in town can swim'
    to.board.vision = 'Everyone in town can afford a swim'
    to.box.benefit2 = 'No queues'
    const fields = compareVisionContent(from, to)
    expect(fields).toHaveLength(7 + 5 + 6 + 9)
    expect(fields[0]!.key).toBe('pitch.targetCustomer')
    expect(fields.filter((f) => f.changed).map((f) => f.key)).toEqual(['board.vision', 'box.benefit2'])
    const vision = fields.find((f) => f.key === 'board.vision')!
    expect(vision.label).toBe('Product Vision Board: Vision')
    expect(vision.segments).toEqual([
      { kind: 'same', text: 'Everyone in town can ' },
      { kind: 'added', text: 'afford a ' },
      { kind: 'same', text: 'swim' }
    ])
  })

  it('names changed fields against the previous version, or the filled ones for a first version', () => {
    const first = emptyVisionContent()
    first.pitch.productName = 'Lanes'
    first.canvas.problem = 'Queues'
    expect(changedVisionFields(null, first)).toEqual(['pitch.productName', 'canvas.problem'])
    const second = structuredClone(first)
    second.canvas.problem = 'Queues at reception'
    expect(changedVisionFields(first, second)).toEqual(['canvas.problem'])
  })
})
