import type { ReviewAgenda } from '@shared/api/methods/sprint-reviews'
import { AREA_LABELS } from '@shared/domain/ebm/vocabulary'
import { formatOptionalDay } from '@renderer/features/vision/format'

const itemText = (item: { title: string; estimate: number | null }) =>
  item.estimate === null ? item.title : `${item.title} (${item.estimate})`

function ItemList({
  items,
  empty
}: {
  items: ReadonlyArray<{ title: string; estimate: number | null }>
  empty: string
}) {
  if (items.length === 0) return <p className="muted small">{empty}</p>
  return (
    <ul className="plain-list agenda-items">
      {items.map((item, index) => (
        <li key={index}>{itemText(item)}</li>
      ))}
    </ul>
  )
}

/** The prepared agenda: what the stakeholders and the Scrum Team inspect together. */
export function AgendaView({ agenda }: { agenda: ReviewAgenda }) {
  const { increment, sprintGoal, productGoal, forecast, savedForecast, measures } = agenda
  return (
    <section className="card stack agenda" aria-labelledby="agenda-title">
      <h3 id="agenda-title">Agenda</h3>
      <p className="agenda-purpose">{agenda.purpose}</p>
      <div className="agenda-grid">
        <section aria-labelledby="agenda-sprint-goal">
          <h4 id="agenda-sprint-goal">1. The Sprint Goal</h4>
          <p>{sprintGoal.goal || <span className="muted">No Sprint Goal was written.</span>}</p>
          <p className="small">{sprintGoal.sentence}</p>
        </section>
        <section aria-labelledby="agenda-increment">
          <h4 id="agenda-increment">2. The Increment</h4>
          <p className="small">{increment.sentence}</p>
          <ItemList items={increment.done} empty="Nothing met the Definition of Done in this Sprint." />
          {increment.notDone.length > 0 && (
            <>
              <p className="small">
                <strong>Not done, back to the Product Backlog:</strong>
              </p>
              <ItemList items={increment.notDone} empty="" />
            </>
          )}
        </section>
        <section aria-labelledby="agenda-product-goal">
          <h4 id="agenda-product-goal">3. Towards the Product Goal</h4>
          {productGoal ? (
            <>
              <p>
                <strong>{productGoal.title}</strong>
                {productGoal.measure && ` · ${productGoal.measure}`}
                {productGoal.target && ` · target ${productGoal.target}`}
                {productGoal.targetDate && ` by ${formatOptionalDay(productGoal.targetDate)}`}
              </p>
              <p className="small">{productGoal.sentence}</p>
            </>
          ) : (
            <p className="muted small">No Product Goal is set.</p>
          )}
          <p className="small">{forecast.sentence}</p>
          {savedForecast && (
            <p className="small">
              Last saved forecast, “{savedForecast.label}” ({formatOptionalDay(savedForecast.savedOn)}):{' '}
              {savedForecast.summary}.
            </p>
          )}
        </section>
        <section aria-labelledby="agenda-next">
          <h4 id="agenda-next">4. What comes next</h4>
          <ItemList items={agenda.nextUp} empty="The Product Backlog has no open items." />
        </section>
        <section aria-labelledby="agenda-measures">
          <h4 id="agenda-measures">5. Measures that moved</h4>
          {measures.length === 0 ? (
            <p className="muted small">No EBM measure changed during the Sprint.</p>
          ) : (
            <ul className="plain-list">
              {measures.map((m) => (
                <li key={m.name}>
                  <strong>{m.name}</strong> ({AREA_LABELS[m.area]}): {m.from} → {m.to} {m.unit}{' '}
                  <span className={m.better ? 'measure-better' : 'measure-worse'}>
                    <span aria-hidden="true">{m.better ? '▲ ' : '▼ '}</span>
                    {m.better ? 'for the better' : 'for the worse'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="agenda-questions">
        <h4 id="agenda-questions">Questions to open the conversation</h4>
        <ul>
          {agenda.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </section>
    </section>
  )
}
