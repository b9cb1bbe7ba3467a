import { useState } from 'react'
import type { ProductSettings } from '@shared/api/methods/settings'
import {
  ESTIMATE_SCALE_LABELS,
  ESTIMATE_SCALES,
  formatEstimate,
  scaleSteps,
  type EstimateScale
} from '@shared/domain/items/estimate-scale'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useUpdateSettings } from './queries'

/** The estimate scale and the size above which an item is too big (INVEST's Small); both save at once. */
export function EstimateSettings({ settings }: { settings: ProductSettings }) {
  const update = useUpdateSettings(settings.productId)
  // The choice shows at once (set in the click itself, so the radio never flips back while the
  // mutation starts); the saved settings take over when the server answers.
  const [chosenScale, setChosenScale] = useState<EstimateScale | null>(null)
  const pending = update.isPending ? update.variables : undefined
  const scale = chosenScale ?? pending?.estimateScale ?? settings.estimateScale
  const threshold = pending?.estimateThreshold ?? settings.estimateThreshold
  const steps = scaleSteps(scale)
  return (
    <section className="card settings-card" aria-labelledby="estimates-heading">
      <h2 id="estimates-heading">Estimates</h2>
      <fieldset className="scale-choice">
        <legend>Scale</legend>
        {ESTIMATE_SCALES.map((option: EstimateScale) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              name="estimate-scale"
              value={option}
              checked={scale === option}
              onChange={() => {
                setChosenScale(option)
                update.mutate({ estimateScale: option }, { onSettled: () => setChosenScale(null) })
              }}
            />
            {ESTIMATE_SCALE_LABELS[option]}
          </label>
        ))}
      </fieldset>
      {scale === 'tshirt' && (
        <p className="muted small">
          Sizes are kept as points ({steps.map((s) => `${s.label} = ${s.points}`).join(', ')}), so forecasts and health
          checks can add them up.
        </p>
      )}
      <div className="field threshold-field">
        <label htmlFor="estimate-threshold">Too big for one item when estimated above</label>
        <select
          id="estimate-threshold"
          value={threshold}
          onChange={(e) => update.mutate({ estimateThreshold: Number(e.target.value) })}
        >
          {!steps.some((s) => s.points === threshold) && (
            <option value={threshold}>{formatEstimate(scale, threshold)}</option>
          )}
          {steps
            .filter((s) => s.points > 0)
            .map((s) => (
              <option key={s.points} value={s.points}>
                {scale === 'tshirt' ? `${s.label} (${s.points} points)` : `${s.points} points`}
              </option>
            ))}
        </select>
        <p className="muted small">The INVEST check flags bigger items under Small and suggests splitting them.</p>
      </div>
      <ErrorMessage error={update.error} />
    </section>
  )
}
