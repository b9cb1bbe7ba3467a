import { useMemo, useState } from 'react'
import type { Product } from '@shared/api'
import type { KanoFeature } from '@shared/api/methods/ordering'
import { KANO_CATEGORY_LABELS } from '@shared/domain/ordering/scales'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useBoard, useDeleteKanoFeature, useKanoFeatures, useKanoResults } from '../queries'
import { AnswersCard } from './AnswersCard'
import { CATEGORY_COLOURS, categoryName, kanoBars } from './chartData'
import { FeatureForm } from './FeatureForm'
import { ImportCard } from './ImportCard'
import { KanoChart } from './KanoChart'

export function KanoTab({ product }: { product: Product }) {
  const features = useKanoFeatures(product.id)
  const results = useKanoResults(product.id)
  const board = useBoard(product.id)
  const [chosenId, setChosenId] = useState<number | null>(null)
  const list = useMemo(() => features.data ?? [], [features.data])
  const selected = list.find((f) => f.id === chosenId) ?? list[0] ?? null
  const bars = useMemo(() => kanoBars(results.data ?? []), [results.data])

  if (features.isPending) return <p className="muted">Loading the survey…</p>
  if (features.error) return <ErrorMessage error={features.error} />

  return (
    <div className="kano-layout">
      <div className="stack">
        <FeaturesCard productId={product.id} features={list} items={board.data?.items ?? []} />
        {selected && <AnswersCard key={selected.id} productId={product.id} features={list} feature={selected} onChoose={setChosenId} />}
        <ImportCard productId={product.id} />
      </div>
      <div className="stack">
        {results.error && <ErrorMessage error={results.error} />}
        {bars.length === 0 ? (
          <div className="chart-card empty-state">
            <h3>No answers yet</h3>
            <p>
              Kano asks each respondent two questions per feature: how they feel if the product has it, and how they feel if it
              does not. Add features on the left, then enter answers one respondent at a time or import them from CSV.
            </p>
          </div>
        ) : (
          <KanoChart bars={bars} />
        )}
        {(results.data?.length ?? 0) > 0 && (
          <section className="card" aria-labelledby="kano-results-heading">
            <h3 id="kano-results-heading">Result per feature</h3>
            <p className="muted small">The most frequent category wins; ties go Must-be, then One-dimensional, Attractive, Indifferent.</p>
            <ul className="feature-list">
              {results.data?.map((result) => (
                <li key={result.featureId} className="stack" style={{ alignItems: 'stretch', gap: '0.25rem' }}>
                  <div className="undo-bar">
                    <strong>{result.feature}</strong>
                    <span
                      className="category-chip"
                      style={{ color: result.category ? CATEGORY_COLOURS[result.category] : 'var(--muted)' }}
                    >
                      {categoryName(result.category)}
                    </span>
                    <span className="muted small">
                      {result.total} {result.total === 1 ? 'answer' : 'answers'}
                      {result.total > 0 &&
                        ': ' +
                          (Object.entries(result.counts) as Array<[keyof typeof KANO_CATEGORY_LABELS, number]>)
                            .filter(([, n]) => n > 0)
                            .map(([c, n]) => `${KANO_CATEGORY_LABELS[c]} ${n}`)
                            .join(', ')}
                    </span>
                  </div>
                  {result.flags.map((flag) => (
                    <p key={flag} className="warning small">
                      {flag}
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  )
}

interface FeaturesCardProps {
  productId: number
  features: readonly KanoFeature[]
  items: ReadonlyArray<{ id: number; title: string }>
}

function FeaturesCard({ productId, features, items }: FeaturesCardProps) {
  const remove = useDeleteKanoFeature(productId)
  return (
    <section className="card" aria-labelledby="kano-features-heading">
      <h2 id="kano-features-heading">Features to survey</h2>
      {features.length === 0 ? (
        <p className="muted">No features yet. Name the first one below; linking it to a backlog item is optional.</p>
      ) : (
        <ul className="feature-list">
          {features.map((feature) => (
            <li key={feature.id}>
              <span>
                {feature.name}
                <span className="muted small">
                  {' '}
                  · {feature.answerCount} {feature.answerCount === 1 ? 'answer' : 'answers'}
                </span>
                {feature.itemTitle && (
                  <span className="muted small linked-item" title={feature.itemTitle}>
                    Item: {feature.itemTitle}
                  </span>
                )}
              </span>
              <button type="button" className="danger" aria-label={`Delete feature ${feature.name}`} onClick={() => remove.mutate({ id: feature.id })}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <FeatureForm productId={productId} items={items} />
    </section>
  )
}
