import { formatNumber } from '../format'

export { formatNumber }

export function formatValue(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value)}%`
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value)
}

/** A share 0..1 as a whole percentage. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`
}

export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length
