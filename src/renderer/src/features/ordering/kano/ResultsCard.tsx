import type { KanoFeatureResult } from '@shared/api/methods/kano'
import { KANO_CATEGORY_LABELS } from '@shared/domain/ordering/scales'
import { VirtualList } from '@renderer/ui/virtual/VirtualList'
import { CATEGORY_COLOURS, categoryName } from './chartData'
import { formatCount } from '@shared/domain/format'

const resultKey = (result: KanoFeatureResult) => result.featureId
/** A result's line without flags; lines with flags are measured as they render. */
const RESULT_HEIGHT = 38

function answerCounts(result: KanoFeatureResult): string {
  const counts = (Object.entries(result.counts) as Array<[keyof typeof KANO_CATEGORY_LABELS, number]>)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${KANO_CATEGORY_LABELS[c]} ${n}`)
  return `${formatCount(result.total, 'answer')}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}`
}

export function ResultsCard({ results }: { results: readonly KanoFeatureResult[] }) {
  return (
    <section className="card" aria-labelledby="kano-results-heading">
      <h3 id="kano-results-heading">Result per feature</h3>
      <p className="muted small">
        The most frequent category wins; ties go Must-be, then One-dimensional, Attractive, Indifferent.
      </p>
      <VirtualList
        label={{ labelledBy: 'kano-results-heading' }}
        className="feature-list result-list"
        items={results}
        itemKey={resultKey}
        itemHeight={RESULT_HEIGHT}
        renderItem={(result) => (
          <div className="stack">
            <div className="undo-bar">
              <strong>{result.feature}</strong>
              <span
                className="category-chip"
                style={{ borderColor: result.category ? CATEGORY_COLOURS[result.category] : 'var(--muted)' }}
              >
                {categoryName(result.category)}
              </span>
              <span className="muted small">{answerCounts(result)}</span>
            </div>
            {result.flags.map((flag) => (
              <p key={flag} className="warning small">
                {flag}
              </p>
            ))}
          </div>
        )}
      />
    </section>
  )
}
