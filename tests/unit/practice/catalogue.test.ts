import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PLACES, TRACKS, currentTargetKey, findTarget, findTrack, unknownExperiments } from '@shared/domain/practice'

const source = (path: string) => readFileSync(resolve(__dirname, '../../../src/renderer/src', path), 'utf8')

/**
 * Where each area declares its sub-routes, and how a sub-route is written there: a route in the
 * catalogue exists only when the area's page really declares it.
 */
const AREA_ROUTES: Record<string, { file: string; declares: (segment: string) => string }> = {
  '/backlog': { file: 'features/backlog/BacklogTabs.tsx', declares: (s) => `path: '/${s}'` },
  '/ordering': { file: 'features/ordering/OrderingPage.tsx', declares: (s) => `id: '${s}'` },
  '/vision': { file: 'features/vision/VisionPage.tsx', declares: (s) => `id: '${s}'` },
  '/customers': { file: 'features/customers/CustomersPage.tsx', declares: (s) => `id: '${s}'` },
  '/strategy': { file: 'features/strategy/StrategyPage.tsx', declares: (s) => `id: '${s}'` },
  '/discovery': { file: 'features/discovery/DiscoveryPage.tsx', declares: (s) => `id: '${s}'` },
  '/ebm': { file: 'features/ebm/EbmPage.tsx', declares: (s) => `path: '/${s}'` },
  '/flow': { file: 'features/flow/FlowPage.tsx', declares: (s) => `path: '/${s}'` },
  '/practice': { file: 'features/practice/PracticePage.tsx', declares: (s) => `path: '/${s}'` }
}

function routeExists(route: string): boolean {
  const [, area, segment] = /^(\/[a-z-]+)(?:\/([a-z-]+))?$/.exec(route) ?? []
  if (!area) return false
  if (!segment)
    return source('app/areas.ts').includes(`path: '${area}'`) || source('app/AppShell.tsx').includes(`path="${area}"`)
  const where = AREA_ROUTES[area]
  return (
    where !== undefined &&
    source('app/areas.ts').includes(`path: '${area}'`) &&
    source(where.file).includes(where.declares(segment))
  )
}

describe('course catalogue', () => {
  it('has the four tracks with their sizes: eight assignments, 16 and 16 outcomes, 65 CSPO learning goals', () => {
    expect(TRACKS.map((t) => [t.id, t.targets.length])).toEqual([
      ['pspo', 8],
      ['qspo-1', 16],
      ['qspo-2', 16],
      ['cspo', 65]
    ])
  })

  it('numbers the CSPO goals per domain as the course outline does (10, 9, 11, 10, 7, 9, 9)', () => {
    const perDomain = new Map<string, number>()
    for (const target of findTrack('cspo').targets) {
      const [domain, goal] = target.key.replace('cspo/', '').split('.')
      expect(Number(goal)).toBe((perDomain.get(domain!) ?? 0) + 1)
      perDomain.set(domain!, Number(goal))
    }
    expect([...perDomain.values()]).toEqual([10, 9, 11, 10, 7, 9, 9])
  })

  it('gives every PSPO assignment experiments to choose from, and no other track any', () => {
    for (const target of findTrack('pspo').targets) expect(target.experiments.length).toBeGreaterThanOrEqual(4)
    for (const id of ['qspo-1', 'qspo-2', 'cspo'] as const)
      for (const target of findTrack(id).targets) expect(target.experiments).toEqual([])
  })

  it('uses unique keys for targets and for the experiments of each assignment', () => {
    const keys = TRACKS.flatMap((t) => t.targets.map((x) => x.key))
    expect(new Set(keys).size).toBe(keys.length)
    for (const target of findTrack('pspo').targets) {
      const experimentKeys = target.experiments.map((e) => e.key)
      expect(new Set(experimentKeys).size).toBe(experimentKeys.length)
    }
  })

  it('links every target and every experiment with a tool to a route the app declares', () => {
    const places = TRACKS.flatMap((t) =>
      t.targets.flatMap((x) => [...x.places, ...x.experiments.flatMap((e) => (e.place ? [e.place] : []))])
    )
    for (const target of TRACKS.flatMap((t) => t.targets)) expect(target.places.length).toBeGreaterThan(0)
    for (const place of new Set(places)) expect(routeExists(place.route), place.route).toBe(true)
    for (const place of Object.values(PLACES)) expect(routeExists(place.route), place.route).toBe(true)
    expect(findTarget('pspo/assumptions')?.places).toContain(PLACES.visionBoard)
    expect(findTarget('pspo/assumptions')?.places).toContain(PLACES.businessModel)
    expect(findTarget('cspo/1.10')?.places).toContain(PLACES.sprintReview)
    expect(findTarget('cspo/7.1')?.places).toContain(PLACES.definitions)
    expect(findTarget('cspo/4.1')?.places).toContain(PLACES.segments)
    expect(findTarget('cspo/4.4')?.places).toContain(PLACES.interviews)
    expect(findTarget('pspo/product-mindset')?.places).toContain(PLACES.productDefinition)
  })

  it('knows a made-up route when it sees one', () => {
    expect(routeExists('/vision/tarot')).toBe(false)
    expect(routeExists('/nowhere')).toBe(false)
    expect(routeExists('/flow/board')).toBe(true)
    expect(routeExists('/strategy/technical')).toBe(true)
    expect(routeExists('/strategy/influences')).toBe(true)
    expect(routeExists('/glossary')).toBe(true)
  })

  it('says what is missing only where it is missing: a conversation has no place, and a gap is a sentence', () => {
    for (const experiment of findTrack('pspo').targets.flatMap((t) => t.experiments))
      if (experiment.conversation) expect(experiment.place).toBeNull()
    for (const target of TRACKS.flatMap((t) => t.targets))
      if (target.gap !== null) expect(target.gap).toMatch(/^[A-Z].+\.$/)
    expect(findTarget('pspo/measures')?.experiments.find((e) => e.key === 'categories')?.place).toBe(PLACES.measures)
    const assumptions = findTarget('pspo/assumptions')?.experiments
    expect(assumptions?.find((e) => e.key === 'business-model-canvas')?.place).toBe(PLACES.businessModel)
    expect(assumptions?.find((e) => e.key === 'value-proposition')?.place).toBe(PLACES.valueProposition)
    expect(assumptions?.find((e) => e.key === 'total-cost')?.place).toBe(PLACES.totalCost)
    expect(assumptions?.find((e) => e.key === 'technical-strategy')?.place).toBe(PLACES.technicalStrategy)
    expect(findTarget('pspo/empiricism')?.experiments.find((e) => e.key === 'influences')?.place).toBe(
      PLACES.influences
    )
    expect(findTarget('cspo/4.8')).toMatchObject({
      places: [PLACES.competitors, PLACES.swot, PLACES.visionBoard],
      gap: null
    })
    expect(findTarget('qspo-2/value-proposition')).toMatchObject({
      places: [PLACES.valueProposition, PLACES.visionBoard],
      gap: null
    })
  })

  it('moves the earlier twenty CSPO topics to the goal each became, and leaves other keys alone', () => {
    expect(currentTargetKey('cspo/vision')).toBe('cspo/2.2')
    expect(currentTargetKey('cspo/acceptance')).toBe('cspo/7.8')
    expect(currentTargetKey('cspo/2.2')).toBe('cspo/2.2')
    expect(currentTargetKey('pspo/backlog')).toBe('pspo/backlog')
    for (const old of [
      'role',
      'value-mindset',
      'scrum-events',
      'product-goal',
      'roadmap',
      'structure',
      'ordering',
      'refinement',
      'segments',
      'feedback',
      'market'
    ]) {
      expect(findTarget(currentTargetKey(`cspo/${old}`)), old).toBeDefined()
    }
  })

  it('finds targets by key and names unknown experiments', () => {
    const target = findTarget('pspo/assumptions')!
    expect(target.title).toBe('Make assumptions explicit')
    expect(findTarget('pspo/nothing')).toBeUndefined()
    expect(unknownExperiments(target, ['lean-canvas', 'tarot', 'validate', 'runes'])).toEqual(['tarot', 'runes'])
  })
})
