import { useState } from 'react'
import { Link } from 'wouter'
import type { Product } from '@shared/api'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ProductPage } from '@renderer/ui/ProductPage'
import { ArrivalsChart } from '@renderer/features/flow/metrics/ArrivalsChart'
import { arrivalsChartOf } from '@renderer/features/flow/shape/metricsCharts'
import { InvestSummary } from './InvestSummary'
import { LetterPanel } from './LetterPanel'
import { useBacklogHealth } from './queries'
import '@renderer/features/flow/flow.css'
import './health.css'

export function HealthPage() {
  return (
    <ProductPage
      title="Backlog health"
      className="health-page"
      intro="How DEEP the backlog is: Detailed appropriately, Estimated, Emergent and Prioritised, each with its evidence and what to do next."
    >
      {(product) => <HealthView key={product.id} product={product} />}
    </ProductPage>
  )
}

function HealthView({ product }: { product: Product }) {
  const [topN, setTopN] = useState<number | undefined>(undefined)
  const health = useBacklogHealth(product.id, topN)
  if (health.error) return <ErrorMessage error={health.error} />
  if (!health.data)
    return (
      <p className="muted" role="status">
        Measuring the backlog…
      </p>
    )
  const { data } = health

  if (data.openCount === 0) {
    return (
      <div className="empty-state">
        <h2>Nothing to measure yet</h2>
        <p>
          Health looks at the open items of the backlog: whether the top ones are detailed and estimated, how the
          backlog changes and whether it is in one order. Add items on the <Link href="/">Backlog</Link> first, then
          come back.
        </p>
      </div>
    )
  }

  return (
    <div className="health-view">
      <div className="health-top">
        <p className="muted small" aria-live="polite">
          {data.top.explanation} Only the top needs detail; lower items may stay coarse.
        </p>
        <div className="field inline">
          <label htmlFor="health-top-n">Top items</label>
          <input
            id="health-top-n"
            type="number"
            min={1}
            max={500}
            value={data.top.count}
            onChange={(e) => {
              const value = e.target.valueAsNumber
              if (Number.isInteger(value) && value >= 1 && value <= 500) setTopN(value)
            }}
          />
          {topN !== undefined && (
            <button type="button" onClick={() => setTopN(undefined)}>
              Use the default
            </button>
          )}
        </div>
      </div>
      <div className="deep-grid">
        {data.letters.map((letter) => (
          <LetterPanel key={letter.letter} letter={letter} items={data.items} />
        ))}
      </div>
      <ArrivalsChart chart={arrivalsChartOf(data.weekly)} />
      <InvestSummary invest={data.invest} items={data.items} />
    </div>
  )
}
