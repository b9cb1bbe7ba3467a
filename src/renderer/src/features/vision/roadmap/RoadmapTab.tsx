import type { Product } from '@shared/api'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useGoals, useRoadmap } from '../queries'
import { GoRoadmapTable } from './GoRoadmapTable'
import { NowNextLaterBoard } from './NowNextLaterBoard'

export function RoadmapTab({ product }: { product: Product }) {
  const roadmap = useRoadmap(product.id)
  const goals = useGoals(product.id)
  const error = roadmap.error ?? goals.error
  if (error) return <ErrorMessage error={error} />
  if (!roadmap.data || !goals.data) return <p className="muted">Loading the roadmap…</p>
  return (
    <div className="stack roadmap-tab">
      <NowNextLaterBoard product={product} roadmap={roadmap.data} goals={goals.data} />
      <GoRoadmapTable product={product} roadmap={roadmap.data} goals={goals.data} />
    </div>
  )
}
