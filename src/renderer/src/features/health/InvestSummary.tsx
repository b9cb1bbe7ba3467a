import { Link } from 'wouter'
import type { BacklogHealth } from '@shared/api/methods/backlog'
import { ITEMS_SHOWN, itemHref, itemLabel, type HealthItemRef } from './shape'

/** INVEST over the top items: per letter, how many fail or only warn, and the first of them. */
export function InvestSummary({ invest, items }: { invest: BacklogHealth['invest']; items: readonly HealthItemRef[] }) {
  const byId = new Map(items.map((item) => [item.id, item]))
  return (
    <section className="card invest-summary" aria-labelledby="invest-summary-title">
      <h2 id="invest-summary-title">INVEST over the top {invest.checked} items</h2>
      <p className="muted small">
        Each story checked for Independent, Negotiable, Valuable, Estimable, Small and Testable; open an item to see why
        and how to fix it.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Letter</th>
            <th scope="col">Failing</th>
            <th scope="col">Warnings only</th>
            <th scope="col">Items</th>
          </tr>
        </thead>
        <tbody>
          {invest.letters.map((letter) => {
            const named = letter.itemIds.flatMap((id) => byId.get(id) ?? [])
            return (
              <tr key={letter.letter}>
                <th scope="row">
                  <span className="invest-letter" aria-hidden="true">
                    {letter.letter}
                  </span>
                  {letter.name}
                </th>
                <td className="num">{letter.failing}</td>
                <td className="num">{letter.warning}</td>
                <td>
                  {named.length === 0 ? (
                    <span className="muted">All pass</span>
                  ) : (
                    <ul className="deep-items inline">
                      {named.slice(0, ITEMS_SHOWN).map((item) => (
                        <li key={item.id}>
                          <Link href={itemHref(item.id)}>{itemLabel(item)}</Link>
                        </li>
                      ))}
                      {named.length > ITEMS_SHOWN && <li className="muted">and {named.length - ITEMS_SHOWN} more</li>}
                    </ul>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
