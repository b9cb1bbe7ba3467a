import type { MeasureSummary } from '@shared/api/methods/ebm'
import { withEmptyRow, withMeasure, type TargetRow } from './targetRows'

interface Props {
  rows: readonly TargetRow[]
  measures: readonly MeasureSummary[]
  onChange(rows: TargetRow[]): void
}

/** The goal's targets: a measure, its baseline and its target per line. */
export function TargetRowsFieldset({ rows, measures, onChange }: Props) {
  const replace = (row: TargetRow) => onChange(rows.map((r) => (r.key === row.key ? row : r)))
  return (
    <fieldset className="ebm-target-rows">
      <legend>Targets on measures</legend>
      {rows.length === 0 && (
        <p className="muted small">No targets yet: without one, progress comes only from the goals below this one.</p>
      )}
      {rows.map((row, index) => (
        <div key={row.key} className="field-row ebm-target-row">
          <div className="field grow">
            <label htmlFor={`ebm-target-${row.key}-measure`}>Measure {index + 1}</label>
            <select
              id={`ebm-target-${row.key}-measure`}
              value={row.measureId}
              onChange={(e) => replace(withMeasure(row, e.target.value, measures))}
            >
              <option value="">Choose a measure</option>
              {measures.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.unit ? ` (${m.unit})` : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`ebm-target-${row.key}-baseline`}>Baseline {index + 1}</label>
            <input
              id={`ebm-target-${row.key}-baseline`}
              type="number"
              step="any"
              value={row.baseline}
              onChange={(e) => replace({ ...row, baseline: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`ebm-target-${row.key}-target`}>Target {index + 1}</label>
            <input
              id={`ebm-target-${row.key}-target`}
              type="number"
              step="any"
              value={row.target}
              onChange={(e) => replace({ ...row, target: e.target.value })}
            />
          </div>
          <button
            type="button"
            aria-label={`Remove target ${index + 1}`}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" disabled={measures.length === 0} onClick={() => onChange(withEmptyRow(rows))}>
        Add a target
      </button>
      {measures.length === 0 && <p className="muted small">Adopt or create a measure first to set targets on it.</p>}
    </fieldset>
  )
}
