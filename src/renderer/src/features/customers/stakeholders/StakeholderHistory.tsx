import { useId, useState } from 'react'
import { Link } from 'wouter'
import type { Stakeholder } from '@shared/api/methods/stakeholders'
import { MAX_DISCUSSED } from '@shared/domain/customers/stakeholders'
import { itemHref } from '@renderer/features/health/shape'
import { outcomeText } from '@renderer/features/sprint-review/shape'
import { formatOptionalDay, todayIso } from '@renderer/features/vision/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useCustomersWrite, useStakeholderHistory } from '../queries'

/** A stakeholder's contact log with what was discussed, and what they asked for at Sprint Reviews. */
export function StakeholderHistory({ productId, stakeholder: s }: { productId: number; stakeholder: Stakeholder }) {
  const history = useStakeholderHistory(productId, s.id)
  return (
    <div className="stack stakeholder-history">
      <LogContactForm productId={productId} stakeholder={s} />
      <ErrorMessage error={history.error} />
      {history.data && (
        <>
          <section aria-labelledby={`asked-${s.id}`}>
            <h3 id={`asked-${s.id}`}>What {s.name} asked for</h3>
            {history.data.feedback.length === 0 ? (
              <p className="muted small">No feedback at a Sprint Review yet.</p>
            ) : (
              <ul className="plain-list">
                {history.data.feedback.map((f) => (
                  <li key={f.feedbackId}>
                    “{f.text}”{' '}
                    <span className="muted small">
                      ({f.sprintName}, {formatOptionalDay(f.on)})
                    </span>
                    {f.outcome !== null && (
                      <>
                        {' '}
                        <span aria-hidden="true">→ </span>
                        {f.itemId === null ? outcomeText(f) : <Link href={itemHref(f.itemId)}>{outcomeText(f)}</Link>}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby={`contacts-${s.id}`}>
            <h3 id={`contacts-${s.id}`}>Contact log</h3>
            {history.data.contacts.length === 0 ? (
              <p className="muted small">No contact recorded yet.</p>
            ) : (
              <ul className="plain-list">
                {history.data.contacts.map((c) => (
                  <li key={c.id}>
                    <strong>{formatOptionalDay(c.on)}</strong>{' '}
                    {c.discussed || <span className="muted">nothing noted</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  )
}

function LogContactForm({ productId, stakeholder: s }: { productId: number; stakeholder: Stakeholder }) {
  const log = useCustomersWrite(productId, 'stakeholders.logContact')
  const [on, setOn] = useState(todayIso())
  const [discussed, setDiscussed] = useState('')
  const ids = { on: useId(), discussed: useId() }
  return (
    <form
      className="stack"
      aria-label={`Log a contact with ${s.name}`}
      onSubmit={(e) => {
        e.preventDefault()
        log.mutate(
          { id: s.id, on, discussed },
          {
            onSuccess: () => {
              setDiscussed('')
              notify(`Logged a contact with ${s.name}.`)
            }
          }
        )
      }}
    >
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.on}>Contact on</label>
          <input id={ids.on} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </div>
        <div className="field grow">
          <label htmlFor={ids.discussed}>What was discussed</label>
          <input
            id={ids.discussed}
            type="text"
            value={discussed}
            maxLength={MAX_DISCUSSED}
            onChange={(e) => setDiscussed(e.target.value)}
          />
        </div>
      </div>
      <ErrorMessage error={log.error} />
      <div>
        <button type="submit" disabled={log.isPending}>
          Log contact
        </button>
      </div>
    </form>
  )
}
