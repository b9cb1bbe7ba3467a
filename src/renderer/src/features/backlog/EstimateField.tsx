import { formatEstimate, isOnScale, scaleSteps, type EstimateScale } from '@shared/domain/items/estimate-scale'

/** The product's estimate scale as choices; a value off the scale (from an import) stays, marked as such. */
export function EstimateField({
  id,
  scale,
  value,
  onChange
}: {
  id: string
  scale: EstimateScale
  value: string
  onChange(value: string): void
}) {
  const offScale = value !== '' && !isOnScale(scale, Number(value))
  return (
    <div className="field">
      <label htmlFor={id}>Estimate</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">None</option>
        {offScale && <option value={value}>{formatEstimate(scale, Number(value))} (not on the scale)</option>}
        {scaleSteps(scale).map((step) => (
          <option key={step.points} value={String(step.points)}>
            {scale === 'tshirt' ? `${step.label} (${step.points} pts)` : step.label}
          </option>
        ))}
      </select>
    </div>
  )
}
