import type { Assumption } from '@shared/api/methods/discovery'
import { QUADRANT_TEXT, type Quadrant } from '@shared/domain/discovery/assumptions'

export interface MapCell {
  quadrant: Quadrant
  title: string
  advice: string
  /** Where the quadrant sits: importance up, evidence growing to the left, so "test first" is top right. */
  row: 'important' | 'unimportant'
  column: 'known' | 'unknown'
  /** Riskiest first, each with its place in the whole ranking (1 = riskiest). */
  assumptions: Array<Assumption & { rank: number }>
}

const LAYOUT: ReadonlyArray<Pick<MapCell, 'quadrant' | 'row' | 'column'>> = [
  { quadrant: 'proceed', row: 'important', column: 'known' },
  { quadrant: 'test', row: 'important', column: 'unknown' },
  { quadrant: 'setAside', row: 'unimportant', column: 'known' },
  { quadrant: 'park', row: 'unimportant', column: 'unknown' }
]

/** The four quadrants in reading order (top left to bottom right), each with its assumptions. */
export function mapCells(ranked: readonly Assumption[]): MapCell[] {
  const withRank = ranked.map((a, i) => ({ ...a, rank: i + 1 }))
  return LAYOUT.map((place) => ({
    ...place,
    ...QUADRANT_TEXT[place.quadrant],
    assumptions: withRank.filter((a) => a.quadrant === place.quadrant)
  }))
}
