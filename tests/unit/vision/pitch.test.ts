import { describe, expect, it } from 'vitest'
import { assemblePitch } from '@shared/domain/vision'

const FULL = {
  targetCustomer: 'lane swimmers in Riverbank',
  need: 'want a lane without queuing',
  productName: 'Lanes',
  category: 'booking app',
  keyBenefit: 'books and pays for a lane in under a minute',
  alternative: 'phoning the front desk',
  differentiator: 'shows live lane availability at all six pools.'
}

describe('elevator pitch', () => {
  it('assembles the whole sentence from its parts, choosing "a" or "an" and one full stop', () => {
    const pitch = assemblePitch(FULL)
    expect(pitch.sentence).toBe(
      'For lane swimmers in Riverbank who want a lane without queuing, the Lanes is a booking app that books and pays ' +
        'for a lane in under a minute. Unlike phoning the front desk, our product shows live lane availability at all six pools.'
    )
    expect(pitch.missing).toEqual([])
    expect(pitch.checks).toEqual([{ field: null, message: expect.stringContaining('complete') }])
    expect(assemblePitch({ ...FULL, category: 'app for pools' }).sentence).toContain('is an app for pools that')
  })

  it('shows placeholders for missing parts and asks for them', () => {
    const pitch = assemblePitch({ targetCustomer: 'parents', productName: 'Lanes' })
    expect(pitch.sentence).toBe(
      'For parents who <need>, the Lanes is a <product category> that <key benefit>. Unlike <alternative>, our product <differentiator>.'
    )
    expect(pitch.missing).toEqual(['need', 'category', 'keyBenefit', 'alternative', 'differentiator'])
    expect(pitch.checks.map((c) => c.field)).toEqual(pitch.missing)
    expect(pitch.segments.filter((s) => s.missing)).toHaveLength(5)
    expect(pitch.checks[0]!.message).toBe('Add the need to complete the pitch.')
  })

  it('notices words the template already has', () => {
    const pitch = assemblePitch({ ...FULL, need: 'who want a lane', alternative: 'Unlike the phone line' })
    expect(pitch.checks.map((c) => c.field)).toEqual(['need', 'alternative'])
    expect(pitch.checks[0]!.message).toMatch(/starts with words the template already has/)
  })

  it('joins its segments into the sentence', () => {
    const pitch = assemblePitch({ need: 'x' })
    expect(pitch.segments.map((s) => s.text).join('')).toBe(pitch.sentence)
  })
})
