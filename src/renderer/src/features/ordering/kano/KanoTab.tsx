import { useMemo, useState } from 'react'
import type { Product } from '@shared/api'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { pickableItems } from '../shared/pickable'
import { useBoard, useKanoFeatures, useKanoResults } from '../queries'
import { AnswersCard } from './AnswersCard'
import { kanoBars } from './chartData'
import { FeaturesCard } from './FeaturesCard'
import { ImportCard } from './ImportCard'
import { KanoChart } from './KanoChart'
import { ResultsCard } from './ResultsCard'

export function KanoTab({ product }: { product: Product }) {
  const features = useKanoFeatures(product.id)
  const results = useKanoResults(product.id)
  const board = useBoard(product.id)
  const [chosenId, setChosenId] = useState<number | null>(null)
  const list = useMemo(() => features.data ?? [], [features.data])
  const selected = list.find((f) => f.id === chosenId) ?? list[0] ?? null
  const { bars, answered } = useMemo(() => kanoBars(results.data ?? []), [results.data])
  const items = useMemo(() => pickableItems(board.data?.items ?? []), [board.data])

  if (features.isPending) return <p className="muted">Loading the survey…</p>
  if (features.error) return <ErrorMessage error={features.error} />

  return (
    <div className="kano-layout">
      <div className="stack">
        <FeaturesCard productId={product.id} features={list} items={items} />
        {selected && (
          <AnswersCard
            key={selected.id}
            productId={product.id}
            features={list}
            feature={selected}
            onChoose={setChosenId}
          />
        )}
        <ImportCard productId={product.id} />
      </div>
      <div className="stack">
        {results.error && <ErrorMessage error={results.error} />}
        {bars.length === 0 ? (
          <div className="chart-card empty-state">
            <h3>No answers yet</h3>
            <p>
              Kano asks each respondent two questions per feature: how they feel if the product has it, and how they
              feel if it does not. Add features on the left, then enter answers one respondent at a time or import them
              from CSV.
            </p>
          </div>
        ) : (
          <KanoChart bars={bars} answered={answered} />
        )}
        {results.data && results.data.length > 0 && <ResultsCard results={results.data} />}
      </div>
    </div>
  )
}
