import { Link } from 'wouter'
import type { ItemDetail } from '@shared/api/methods/backlog'

/** The Definition of Ready as checkboxes; the item is ready when every line is met. */
export function ReadyChecklist({
  lines,
  met,
  onChange
}: {
  lines: ItemDetail['readyChecks']
  met: readonly number[]
  onChange: (met: number[]) => void
}) {
  const count = lines.filter((l) => met.includes(l.criterionId)).length
  const ready = lines.length > 0 && count === lines.length
  return (
    <fieldset className="ready-checklist">
      <legend>
        Definition of Ready{' '}
        {lines.length > 0 && (
          <span className={ready ? 'ready-badge' : 'not-ready-badge'}>
            {ready ? 'Ready' : `Not ready · ${count} of ${lines.length}`}
          </span>
        )}
      </legend>
      {lines.length === 0 ? (
        <p className="muted small">
          This product has no Definition of Ready yet. <Link href="/settings">Write one in Product settings</Link>.
        </p>
      ) : (
        lines.map((line) => (
          <label key={line.criterionId} className="checkbox">
            <input
              type="checkbox"
              checked={met.includes(line.criterionId)}
              onChange={(e) =>
                onChange(e.target.checked ? [...met, line.criterionId] : met.filter((id) => id !== line.criterionId))
              }
            />
            {line.text}
          </label>
        ))
      )}
    </fieldset>
  )
}
