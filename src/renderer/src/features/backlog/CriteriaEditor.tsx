import { useEffect, useRef } from 'react'
import { parseCriterion } from '@shared/domain/items/criteria'

/** One criterion as the team reads it: a Given / When / Then scenario on its lines, or the statement. */
function CriterionView({ text }: { text: string }) {
  const parsed = parseCriterion(text)
  if (parsed.form === 'statement') return null
  return (
    <dl className="scenario" aria-label="Read as a scenario">
      {parsed.given !== null && (
        <>
          <dt>Given</dt>
          <dd>{parsed.given}</dd>
        </>
      )}
      <dt>When</dt>
      <dd>{parsed.when}</dd>
      <dt>Then</dt>
      <dd>{parsed.then}</dd>
    </dl>
  )
}

/** The ordered acceptance criteria: edit, reorder, remove, add. */
export function CriteriaEditor({
  criteria,
  onChange
}: {
  criteria: readonly string[]
  onChange: (criteria: string[]) => void
}) {
  // The criterion to focus once the list has re-rendered (after adding or moving one).
  const pendingFocus = useRef<number | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  useEffect(() => {
    if (pendingFocus.current === null) return
    listRef.current?.querySelectorAll('textarea')[pendingFocus.current]?.focus()
    pendingFocus.current = null
  })
  const setFocusIndex = (index: number) => {
    pendingFocus.current = index
  }

  const set = (index: number, text: string) => onChange(criteria.map((c, i) => (i === index ? text : c)))
  const move = (index: number, delta: number) => {
    const next = [...criteria]
    const [moved] = next.splice(index, 1)
    next.splice(index + delta, 0, moved!)
    onChange(next)
    setFocusIndex(index + delta)
  }

  return (
    <section className="criteria-editor" aria-labelledby="criteria-heading">
      <h3 id="criteria-heading">
        Acceptance criteria <span className="muted small">· plain statements or Given / When / Then</span>
      </h3>
      {criteria.length === 0 && (
        <p className="muted small">No criteria yet: add what must be true for this item to be accepted.</p>
      )}
      <ol ref={listRef} className="criteria-list">
        {criteria.map((text, index) => {
          const form = parseCriterion(text).form
          return (
            <li key={index} className="criterion">
              <div className="criterion-head">
                <label htmlFor={`criterion-${index}`}>
                  Criterion {index + 1}{' '}
                  <span className={`criterion-form form-${form}`}>
                    {form === 'scenario' ? 'Scenario' : 'Statement'}
                  </span>
                </label>
                <span className="criterion-actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move criterion ${index + 1} up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move criterion ${index + 1} down`}
                    disabled={index === criteria.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove criterion ${index + 1}`}
                    onClick={() => onChange(criteria.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </span>
              </div>
              <textarea
                id={`criterion-${index}`}
                rows={Math.max(2, text.split('\n').length)}
                value={text}
                onChange={(e) => set(index, e.target.value)}
              />
              <CriterionView text={text} />
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          onChange([...criteria, ''])
          setFocusIndex(criteria.length)
        }}
      >
        Add criterion
      </button>
    </section>
  )
}
