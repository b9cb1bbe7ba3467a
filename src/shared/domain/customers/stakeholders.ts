/**
 * The power / interest grid. Power and interest are scores from 0 to 100 (a drag position on the
 * grid maps straight onto them); 50 and above counts as high.
 */

export const GRID_MIN = 0
export const GRID_MAX = 100
export const GRID_HIGH_FROM = 50

export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const
export type Quadrant = (typeof QUADRANTS)[number]
