import { describe, expect, it } from 'vitest'
import type { FieldDiff } from '@shared/api/methods/vision'
import { fieldsToShow, sideBySide } from '@renderer/ui/versions/diff'

describe('side-by-side vision differences', () => {
  it('puts removed words on the left, added words on the right, unchanged on both', () => {
    const view = sideBySide([
      { kind: 'same', text: 'Book a' },
      { kind: 'removed', text: 'pool' },
      { kind: 'added', text: 'lane' },
      { kind: 'same', text: 'fast' },
      { kind: 'added', text: 'today' }
    ])
    expect(view.before.map((s) => s.text)).toEqual(['Book a', 'pool', 'fast'])
    expect(view.after.map((s) => s.text)).toEqual(['Book a', 'lane', 'fast', 'today'])
    expect([view.added, view.removed]).toEqual([2, 1])
  })

  it('shows only changed fields unless asked for all', () => {
    const field = (key: string, changed: boolean): FieldDiff => ({
      section: 'pitch',
      field: key,
      key: `pitch.${key}`,
      label: key,
      changed,
      before: '',
      after: '',
      segments: []
    })
    const fields = [field('need', true), field('category', false)]
    expect(fieldsToShow(fields, false).map((f) => f.field)).toEqual(['need'])
    expect(fieldsToShow(fields, true)).toHaveLength(2)
  })
})
