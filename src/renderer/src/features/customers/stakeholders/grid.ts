import { GRID_MAX, GRID_MIN } from '@shared/domain/customers/stakeholders'

export interface GridScores {
  power: number
  interest: number
}

export interface GridRect {
  left: number
  top: number
  width: number
  height: number
}

const clamp = (n: number) => Math.min(GRID_MAX, Math.max(GRID_MIN, Math.round(n)))

/** Interest runs left to right, power bottom to top; a point outside the grid lands on its edge. */
export function scoresAt(clientX: number, clientY: number, rect: GridRect): GridScores {
  const span = GRID_MAX - GRID_MIN
  return {
    interest: clamp(GRID_MIN + ((clientX - rect.left) / rect.width) * span),
    power: clamp(GRID_MIN + (1 - (clientY - rect.top) / rect.height) * span)
  }
}

/** Where a stakeholder's marker sits, as percentages from the grid's left and bottom edges. */
export function markerPosition(scores: GridScores): { left: string; bottom: string } {
  const span = GRID_MAX - GRID_MIN
  return {
    left: `${((scores.interest - GRID_MIN) / span) * 100}%`,
    bottom: `${((scores.power - GRID_MIN) / span) * 100}%`
  }
}

export const NUDGE_STEP = 5
export const NUDGE_BIG_STEP = 25

/** Arrow keys move a marker: left/right change interest, up/down power; Shift takes bigger steps. Null for other keys. */
export function nudge(scores: GridScores, key: string, big: boolean): GridScores | null {
  const step = big ? NUDGE_BIG_STEP : NUDGE_STEP
  switch (key) {
    case 'ArrowLeft':
      return { ...scores, interest: clamp(scores.interest - step) }
    case 'ArrowRight':
      return { ...scores, interest: clamp(scores.interest + step) }
    case 'ArrowUp':
      return { ...scores, power: clamp(scores.power + step) }
    case 'ArrowDown':
      return { ...scores, power: clamp(scores.power - step) }
    default:
      return null
  }
}
