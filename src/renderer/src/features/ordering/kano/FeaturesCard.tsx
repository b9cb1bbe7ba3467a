import type { KanoFeature } from '@shared/api/methods/kano'
import type { PickableItem } from '@renderer/ui/itemPicker/matches'
import { VirtualList } from '@renderer/ui/virtual/VirtualList'
import { useDeleteKanoFeature } from '../queries'
import { FeatureForm } from './FeatureForm'
import { formatCount } from '@shared/domain/format'

interface FeaturesCardProps {
  productId: number
  features: readonly KanoFeature[]
  items: readonly PickableItem[]
}

const featureKey = (feature: KanoFeature) => feature.id
/** A feature's line: its name, count and Delete button. */
const FEATURE_HEIGHT = 42

export function FeaturesCard({ productId, features, items }: FeaturesCardProps) {
  const remove = useDeleteKanoFeature(productId)
  return (
    <section className="card" aria-labelledby="kano-features-heading">
      <h2 id="kano-features-heading">Features to survey</h2>
      {features.length === 0 ? (
        <p className="muted">No features yet. Name the first one below; linking it to a backlog item is optional.</p>
      ) : (
        <VirtualList
          label={{ labelledBy: 'kano-features-heading' }}
          className="feature-list"
          items={features}
          itemKey={featureKey}
          itemHeight={FEATURE_HEIGHT}
          renderItem={(feature) => (
            <>
              <span>
                {feature.name}
                <span className="muted small"> · {formatCount(feature.answerCount, 'answer')}</span>
                {feature.itemTitle && (
                  <span className="muted small linked-item" title={feature.itemTitle}>
                    Item: {feature.itemTitle}
                  </span>
                )}
              </span>
              <button
                type="button"
                className="danger"
                aria-label={`Delete feature ${feature.name}`}
                onClick={() => remove.mutate({ id: feature.id })}
              >
                Delete
              </button>
            </>
          )}
        />
      )}
      <FeatureForm productId={productId} items={items} />
    </section>
  )
}
