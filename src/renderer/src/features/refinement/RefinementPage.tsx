import { useState } from 'react'
import type { BacklogListItem, Product } from '@shared/api'
import { REFINEMENT_TIPS } from '@shared/domain/estimation'
import { formatEstimate, type EstimateScale } from '@shared/domain/items/estimate-scale'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ProductPage } from '@renderer/ui/ProductPage'
import { TabList, panelId, tabId } from '@renderer/ui/Tabs'
import { useBacklog, useWorkflow } from '@renderer/features/backlog/queries'
import { CrossTeamView } from '@renderer/features/teams/CrossTeamView'
import { BucketEstimation } from './BucketEstimation'
import { PlanningPoker } from './PlanningPoker'
import { useProductSettings } from './queries'
import { itemsToRefine, openItems, REFINEMENT_DEPTH, type ItemToRefine } from './select'
import { SplitDialog } from './SplitDialog'
import '@renderer/styles/refinement.css'

const TABS = [
  { id: 'items', label: 'Items to refine' },
  { id: 'poker', label: 'Planning Poker' },
  { id: 'buckets', label: 'Bucket estimation' },
  { id: 'teams', label: 'Across teams' }
] as const
type Tab = (typeof TABS)[number]['id']

/** Bucket estimation sorts more than the top few: a refinement session often sizes a whole batch. */
const BUCKET_DEPTH = 30

export function RefinementPage() {
  return (
    <ProductPage
      title="Refinement"
      className="refinement-page"
      intro="The items near the top that are not ready yet, two ways for the team to estimate them on one device, and the dependencies between teams."
    >
      {(product) => <RefinementView key={product.id} product={product} />}
    </ProductPage>
  )
}

function RefinementView({ product }: { product: Product }) {
  const backlog = useBacklog(product.id)
  const workflow = useWorkflow(product.id)
  const settings = useProductSettings(product.id)
  const [tab, setTab] = useState<Tab>('items')
  const [pokerItemId, setPokerItemId] = useState<number | null>(null)
  const [splitting, setSplitting] = useState<BacklogListItem | null>(null)

  const error = backlog.error ?? workflow.error ?? settings.error
  if (error) return <ErrorMessage error={error} />
  if (!backlog.data || !workflow.data || !settings.data) return <p className="muted">Loading…</p>
  const scale = settings.data.estimateScale
  const options = {
    hasDefinitionOfReady: settings.data.definitionOfReady.length > 0,
    threshold: settings.data.estimateThreshold
  }
  const toRefine = itemsToRefine(backlog.data, workflow.data, options)
  const open = openItems(backlog.data, workflow.data)
    .slice(0, BUCKET_DEPTH)
    .map((r) => r.item)

  return (
    <>
      <TabList
        label="Refinement"
        idPrefix="refinement"
        tabs={TABS}
        selected={tab}
        onSelect={(id) => setTab(id as Tab)}
      />
      <section
        role="tabpanel"
        id={panelId('refinement', tab)}
        aria-labelledby={tabId('refinement', tab)}
        className="tab-panel"
      >
        {tab === 'items' && (
          <ToRefineList
            rows={toRefine}
            scale={scale}
            hasDefinitionOfReady={options.hasDefinitionOfReady}
            onSplit={setSplitting}
            onPoker={(item) => {
              setPokerItemId(item.id)
              setTab('poker')
            }}
          />
        )}
        {tab === 'poker' && (
          <PlanningPoker
            items={toRefine.length > 0 ? toRefine.map((r) => r.item) : open}
            scale={scale}
            itemId={pokerItemId}
            onItemChange={setPokerItemId}
          />
        )}
        {tab === 'buckets' && <BucketEstimation productId={product.id} items={open} scale={scale} />}
        {tab === 'teams' && <CrossTeamView productId={product.id} items={backlog.data} states={workflow.data} />}
      </section>
      {splitting && (
        <SplitDialog productId={product.id} item={splitting} scale={scale} onClose={() => setSplitting(null)} />
      )}
    </>
  )
}

interface ToRefineListProps {
  rows: ItemToRefine[]
  scale: EstimateScale
  hasDefinitionOfReady: boolean
  onSplit: (item: BacklogListItem) => void
  onPoker: (item: BacklogListItem) => void
}

function ToRefineList({ rows, scale, hasDefinitionOfReady, onSplit, onPoker }: ToRefineListProps) {
  if (rows.length === 0) {
    return (
      <div className="empty-state">
        <h2>The top of the backlog is ready</h2>
        <p>{REFINEMENT_TIPS.allReady}</p>
      </div>
    )
  }
  return (
    <section className="stack" aria-labelledby="to-refine-title">
      <h2 id="to-refine-title">Not ready yet, from the top</h2>
      <p className="muted small">
        The first {REFINEMENT_DEPTH} open items that are not ready
        {hasDefinitionOfReady
          ? ' by your Definition of Ready'
          : ' (without a Definition of Ready: those without an estimate or acceptance criteria)'}
        . {REFINEMENT_TIPS.notReady}
      </p>
      <ol className="refine-list">
        {rows.map(({ item, position, gaps }) => (
          <li key={item.id} className="refine-row" aria-label={item.title}>
            <span className="refine-position muted">#{position}</span>
            <div className="refine-main">
              <span className="refine-title">{item.title}</span>
              <span className="muted small">
                {formatEstimate(scale, item.estimate)} · {gaps.join(' · ')}
              </span>
            </div>
            <div className="toolbar">
              <button type="button" onClick={() => onSplit(item)} aria-label={`Split ${item.title}`}>
                Split…
              </button>
              <button
                type="button"
                onClick={() => onPoker(item)}
                aria-label={`Estimate ${item.title} with Planning Poker`}
              >
                Planning Poker
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
