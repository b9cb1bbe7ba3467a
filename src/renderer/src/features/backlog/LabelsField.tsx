import { useState } from 'react'
import { useLabels } from './detail-queries'

/** Labels as removable chips; typing a name the product does not have yet creates it on save. */
export function LabelsField({
  productId,
  labels,
  onChange
}: {
  productId: number
  labels: readonly string[]
  onChange: (labels: string[]) => void
}) {
  const [draft, setDraft] = useState('')
  const known = useLabels(productId).data ?? []
  const add = () => {
    const name = draft.trim()
    if (!name) return
    const existing = known.find((l) => l.name.toLowerCase() === name.toLowerCase())?.name ?? name
    if (!labels.some((l) => l.toLowerCase() === name.toLowerCase())) onChange([...labels, existing])
    setDraft('')
  }
  return (
    <div className="field labels-field">
      <label htmlFor="detail-label-input">Labels</label>
      {labels.length > 0 && (
        <ul className="label-chips" aria-label="Labels of this item">
          {labels.map((label) => (
            <li key={label} className="label-chip">
              {label}
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove label ${label}`}
                onClick={() => onChange(labels.filter((l) => l !== label))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <input
          id="detail-label-input"
          list="detail-label-options"
          value={draft}
          placeholder="Type a label, then Enter"
          autoComplete="off"
          maxLength={40}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
        />
        <datalist id="detail-label-options">
          {known.map((l) => (
            <option key={l.id} value={l.name} />
          ))}
        </datalist>
        <button type="button" onClick={add} disabled={!draft.trim()}>
          Add label
        </button>
      </div>
    </div>
  )
}
