import { describe, expect, it } from 'vitest'
import { findTrack } from '@shared/domain/practice'
import { groupTargets, localToday, targetTitle } from '../../../src/renderer/src/features/practice/shape'

describe('practice view shaping', () => {
  it('groups targets under their module in catalogue order', () => {
    const groups = groupTargets(findTrack('qspo-1').targets)
    expect(groups).toHaveLength(4)
    expect(groups.every((g) => g.targets.length === 4)).toBe(true)
    expect(groups[0]!.title).toMatch(/^Module 1/)
  })

  it('names a target, or shows its key when the catalogue lost it', () => {
    expect(targetTitle('pspo/releases')).toBe('Strategise your releases')
    expect(targetTitle('pspo/gone')).toBe('pspo/gone')
  })

  it('writes a local day', () => {
    expect(localToday(new Date(2025, 2, 9, 23, 30))).toBe('2025-03-09')
  })
})
