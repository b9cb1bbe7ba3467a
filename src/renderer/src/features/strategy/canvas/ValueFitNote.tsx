import type { ContentOf } from '@shared/domain/strategy/canvases'
import { valueFit } from '@shared/domain/strategy/fit'

/** Counts of both sides of a Value Proposition Canvas and where the value map leaves gaps. */
export function ValueFitNote({ content }: { content: ContentOf<'vpc'> }) {
  const { counts, hints } = valueFit(content)
  return (
    <aside className="card value-fit" aria-labelledby="value-fit-title">
      <h3 id="value-fit-title">Fit, at a glance</h3>
      <p className="small">
        Customer profile: {counts.jobs} jobs, {counts.pains} pains, {counts.gains} gains · Value map: {counts.products}{' '}
        products and services, {counts.relievers} pain relievers, {counts.creators} gain creators.
      </p>
      {hints.length === 0 ? (
        <p className="small muted">
          Every side has notes. Fit is shown by evidence from customers, not by counts: test the riskiest answer first.
        </p>
      ) : (
        <ul className="small">
          {hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
    </aside>
  )
}
