import type { ImportPreview } from '@shared/api/methods/import'
import { ITEM_TYPE_LABELS, ITEM_TYPES, type ItemType } from '@shared/domain/backlog'
import { formatDay } from '@renderer/features/flow/shape/format'
import type { Answers } from './importInput'

/** Whether the file leaves anything open that the user must (or may) decide before importing. */
export function hasQuestions(preview: ImportPreview, answers: Answers): boolean {
  return (
    preview.dateQuestion !== null ||
    answers.dateOrder !== undefined ||
    preview.unknownStates.length +
      Object.keys(answers.states).length +
      preview.unknownTypes.length +
      Object.keys(answers.types).length >
      0
  )
}

/** What the file cannot say by itself: the order of its dates, and where unknown statuses and types go. Nothing is guessed silently. */
export function QuestionsStep({
  preview,
  answers,
  onChange
}: {
  preview: ImportPreview
  answers: Answers
  onChange: (answers: Answers) => void
}) {
  const question = preview.dateQuestion
  const statuses = [...new Set([...preview.unknownStates, ...Object.keys(answers.states)])]
  const types = [...new Set([...preview.unknownTypes, ...Object.keys(answers.types)])]
  return (
    <section className="import-step" aria-labelledby="import-questions-heading">
      <h2 id="import-questions-heading">Questions about the file</h2>
      {(question || answers.dateOrder) && (
        <fieldset className="import-question">
          <legend>
            {question
              ? `How are the dates in ${question.columns.map((c) => `“${c}”`).join(', ')} written? Both readings fit every date.`
              : 'Order of the all-numeric dates'}
          </legend>
          {(['dmy', 'mdy'] as const).map((order) => (
            <label key={order} className="radio">
              <input
                type="radio"
                name="import-date-order"
                checked={answers.dateOrder === order}
                onChange={() => onChange({ ...answers, dateOrder: order })}
              />
              {order === 'dmy' ? 'Day first' : 'Month first'}
              {question && (
                <span className="muted">
                  {' '}
                  (“{question.example}” is {formatDay(question.readings[order].slice(0, 10))})
                </span>
              )}
            </label>
          ))}
        </fieldset>
      )}
      {statuses.length > 0 && (
        <>
          <h3>Statuses the product does not know</h3>
          <div className="mapping-grid">
            {statuses.map((status) => (
              <div className="field" key={status}>
                <label htmlFor={`state-${status}`}>“{status}”</label>
                <select
                  id={`state-${status}`}
                  value={answers.states[status] ?? ''}
                  onChange={(e) => onChange({ ...answers, states: { ...answers.states, [status]: e.target.value } })}
                >
                  <option value="">{preview.stateNames[0]} (first state, until you choose)</option>
                  {preview.stateNames.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </>
      )}
      {types.length > 0 && (
        <>
          <h3>Types the backlog does not know</h3>
          <div className="mapping-grid">
            {types.map((type) => (
              <div className="field" key={type}>
                <label htmlFor={`type-${type}`}>“{type}”</label>
                <select
                  id={`type-${type}`}
                  value={answers.types[type] ?? ''}
                  onChange={(e) =>
                    onChange({ ...answers, types: { ...answers.types, [type]: e.target.value as ItemType } })
                  }
                >
                  <option value="">Story (until you choose)</option>
                  {ITEM_TYPES.map((itemType) => (
                    <option key={itemType} value={itemType}>
                      {ITEM_TYPE_LABELS[itemType]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  )
}
