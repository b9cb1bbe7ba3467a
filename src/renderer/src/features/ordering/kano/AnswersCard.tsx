import { useState, type FormEvent } from 'react'
import type { KanoFeature } from '@shared/api/methods/kano'
import { evaluateKano } from '@shared/domain/ordering/kano'
import { KANO_ANSWERS, KANO_ANSWER_LABELS, KANO_CATEGORY_LABELS, type KanoAnswer } from '@shared/domain/ordering/scales'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useAddKanoAnswer, useDeleteKanoAnswer, useKanoAnswers } from '../queries'

interface AnswersCardProps {
  productId: number
  features: readonly KanoFeature[]
  feature: KanoFeature
  onChoose: (featureId: number) => void
}

/** One respondent at a time: both questions, the table's verdict shown before saving. */
export function AnswersCard({ productId, features, feature, onChoose }: AnswersCardProps) {
  const answers = useKanoAnswers(productId, feature.id)
  const add = useAddKanoAnswer(productId)
  const remove = useDeleteKanoAnswer(productId)
  const [respondent, setRespondent] = useState('')
  const [functional, setFunctional] = useState<KanoAnswer>('like')
  const [dysfunctional, setDysfunctional] = useState<KanoAnswer>('dislike')
  const verdict = evaluateKano(functional, dysfunctional)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    add.mutate({ featureId: feature.id, respondent, functional, dysfunctional }, { onSuccess: () => setRespondent('') })
  }

  return (
    <section className="card" aria-labelledby="kano-answers-heading">
      <h2 id="kano-answers-heading">Answers</h2>
      <div className="field">
        <label htmlFor="kano-answer-feature">Feature</label>
        <select id="kano-answer-feature" value={feature.id} onChange={(e) => onChoose(Number(e.target.value))}>
          {features.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </div>
      <form className="stack" onSubmit={submit} aria-label={`Add an answer about ${feature.name}`}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="kano-respondent">Respondent</label>
            <input
              id="kano-respondent"
              value={respondent}
              onChange={(e) => setRespondent(e.target.value)}
              placeholder="Initials or a number"
            />
          </div>
          <div className="field">
            <label htmlFor="kano-functional">If the product has it</label>
            <select
              id="kano-functional"
              value={functional}
              onChange={(e) => setFunctional(e.target.value as KanoAnswer)}
            >
              {KANO_ANSWERS.map((a) => (
                <option key={a} value={a}>
                  {KANO_ANSWER_LABELS[a]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="kano-dysfunctional">If the product lacks it</label>
            <select
              id="kano-dysfunctional"
              value={dysfunctional}
              onChange={(e) => setDysfunctional(e.target.value as KanoAnswer)}
            >
              {KANO_ANSWERS.map((a) => (
                <option key={a} value={a}>
                  {KANO_ANSWER_LABELS[a]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="undo-bar">
          <button type="submit" disabled={add.isPending}>
            Add answer
          </button>
          <span className="muted small" aria-live="polite">
            This pair reads as{' '}
            <strong className={verdict === 'Q' ? 'flag' : undefined}>{KANO_CATEGORY_LABELS[verdict]}</strong>.
          </span>
        </div>
        <ErrorMessage error={add.error} />
      </form>

      {answers.isPending && <p className="muted small">Loading the answers…</p>}
      {answers.data?.length === 0 && <p className="muted small">No answers about {feature.name} yet.</p>}
      {answers.data && answers.data.length > 0 && (
        <table className="score-table" aria-label={`Answers about ${feature.name}`}>
          <thead>
            <tr>
              <th scope="col">Respondent</th>
              <th scope="col">Has it</th>
              <th scope="col">Lacks it</th>
              <th scope="col">Category</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {answers.data.map((answer) => (
              <tr key={answer.id}>
                <th scope="row">{answer.respondent}</th>
                <td>{KANO_ANSWER_LABELS[answer.functional]}</td>
                <td>{KANO_ANSWER_LABELS[answer.dysfunctional]}</td>
                <td className={answer.category === 'Q' ? 'flag' : undefined}>
                  {KANO_CATEGORY_LABELS[answer.category]}
                  {answer.category === 'Q' && ' ⚠'}
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Delete the answer of ${answer.respondent}`}
                    onClick={() => remove.mutate({ id: answer.id })}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
