import { FIBONACCI_POINTS } from '../estimate'

export const ESTIMATE_SCALES = ['fibonacci', 'tshirt'] as const
export type EstimateScale = (typeof ESTIMATE_SCALES)[number]

export const ESTIMATE_SCALE_LABELS: Record<EstimateScale, string> = {
  fibonacci: 'Story points (Fibonacci)',
  tshirt: 'T-shirt sizes'
}

/**
 * T-shirt sizes are stored as points, so forecasts, DEEP and INVEST read one number whatever the
 * product's scale; only the labels differ.
 */
export const TSHIRT_SIZES = [
  { label: 'XS', points: 1 },
  { label: 'S', points: 2 },
  { label: 'M', points: 3 },
  { label: 'L', points: 5 },
  { label: 'XL', points: 8 },
  { label: 'XXL', points: 13 }
] as const

export const DEFAULT_ESTIMATE_SCALE: EstimateScale = 'fibonacci'

/** The values an estimate may take on a scale, smallest first, with the label to show for each. */
export function scaleSteps(scale: EstimateScale): ReadonlyArray<{ label: string; points: number }> {
  return scale === 'tshirt' ? TSHIRT_SIZES : FIBONACCI_POINTS.map((points) => ({ label: String(points), points }))
}

export function isOnScale(scale: EstimateScale, points: number): boolean {
  return scaleSteps(scale).some((step) => step.points === points)
}

/** How an estimate reads on the product's scale; a value left over from another scale shows as points. */
export function formatEstimate(scale: EstimateScale, points: number | null): string {
  if (points === null) return '–'
  const step = scaleSteps(scale).find((s) => s.points === points)
  return step && scale === 'tshirt' ? step.label : `${points}${scale === 'tshirt' ? ' pts' : ''}`
}

/** The scale in words, for messages: "XS (1), S (2), …" or "0, 0.5, 1, …". */
export function describeScale(scale: EstimateScale): string {
  return scaleSteps(scale)
    .map((step) => (scale === 'tshirt' ? `${step.label} (${step.points})` : step.label))
    .join(', ')
}
