import { describe, expect, it } from 'vitest'
import { PLACES, TRACKS, findTarget, findTrack, unknownExperiments } from '@shared/domain/practice'

/** The areas of the app and their tabs (src/renderer/src/app/areas.ts and each page's sub-routes). */
const AREA_PATHS = ['/backlog', '/ordering', '/vision', '/customers', '/strategy', '/ebm', '/flow', '/practice']

describe('course catalogue', () => {
  it('has the four tracks with their sizes', () => {
    expect(TRACKS.map((t) => [t.id, t.targets.length])).toEqual([
      ['pspo', 8],
      ['qspo-1', 16],
      ['qspo-2', 16],
      ['cspo', 20]
    ])
  })

  it('gives every PSPO assignment experiments to choose from, and no other track any', () => {
    for (const target of findTrack('pspo').targets) expect(target.experiments.length).toBeGreaterThanOrEqual(4)
    for (const id of ['qspo-1', 'qspo-2', 'cspo'] as const) for (const target of findTrack(id).targets) expect(target.experiments).toEqual([])
  })

  it('uses unique keys for targets and for the experiments of each assignment', () => {
    const keys = TRACKS.flatMap((t) => t.targets.map((x) => x.key))
    expect(new Set(keys).size).toBe(keys.length)
    for (const target of findTrack('pspo').targets) {
      const experimentKeys = target.experiments.map((e) => e.key)
      expect(new Set(experimentKeys).size).toBe(experimentKeys.length)
    }
  })

  it('links every target to at least one place, each inside an area of the app', () => {
    for (const target of TRACKS.flatMap((t) => t.targets)) {
      expect(target.places.length).toBeGreaterThan(0)
      for (const place of target.places) expect(AREA_PATHS.some((area) => place.route === area || place.route.startsWith(`${area}/`))).toBe(true)
    }
    expect(findTarget('pspo/assumptions')?.places).toContain(PLACES.visionBoard)
    expect(findTarget('pspo/assumptions')?.places).toContain(PLACES.businessModel)
    expect(findTarget('pspo/measures')?.places).toContain(PLACES.measures)
    expect(findTarget('pspo/releases')?.places).toContain(PLACES.forecast)
    expect(findTarget('pspo/backlog')?.places).toContain(PLACES.backlog)
  })

  it('finds targets by key and names unknown experiments', () => {
    const target = findTarget('pspo/assumptions')!
    expect(target.title).toBe('Make assumptions explicit')
    expect(findTarget('pspo/nothing')).toBeUndefined()
    expect(unknownExperiments(target, ['lean-canvas', 'tarot', 'validate', 'runes'])).toEqual(['tarot', 'runes'])
  })
})
