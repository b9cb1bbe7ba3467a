import type { Product } from '@shared/api'
import { COMPLEMENTARY_PRACTICE, cite } from '@shared/domain/guides'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useCurrentProduct } from '@renderer/features/products/currentProduct'
import { NoProducts } from '@renderer/features/products/NoProducts'
import { TeamsSettings } from '@renderer/features/teams/TeamsSettings'
import { ChecklistEditor } from './ChecklistEditor'
import { EstimateSettings } from './EstimateSettings'
import { ItemKeySettings } from './ItemKeySettings'
import { LocaleSettings } from './LocaleSettings'
import { useProductSettings } from './queries'
import { WorkflowEditor } from './WorkflowEditor'
import '@renderer/styles/settings.css'

/** A product's working agreements: how items are sized, the workflow, and the Definitions of Ready and Done. */
export function ProductSettingsPage() {
  const { product, isPending, error } = useCurrentProduct()
  return (
    <div className="page settings-page">
      <header className="page-header">
        <h1>Product settings {product && <span className="muted">· {product.name}</span>}</h1>
      </header>
      <div className="page-body settings-body">
        {isPending && <p className="muted">Loading…</p>}
        <ErrorMessage error={error} />
        {!isPending && !product && <NoProducts />}
        {product && <SettingsSections key={product.id} product={product} />}
      </div>
    </div>
  )
}

function SettingsSections({ product }: { product: Product }) {
  const settings = useProductSettings(product.id)
  if (settings.error) return <ErrorMessage error={settings.error} />
  if (!settings.data) return <p className="muted">Loading the settings…</p>
  const { definitionOfReady, definitionOfDone } = settings.data
  return (
    <>
      <ItemKeySettings product={product} />
      <EstimateSettings settings={settings.data} />
      <WorkflowEditor productId={product.id} />
      <ChecklistEditor
        key={`ready-${definitionOfReady.map((l) => `${l.id}:${l.text}`).join('|')}`}
        productId={product.id}
        kind="ready"
        title="Definition of Ready"
        purpose={`${COMPLEMENTARY_PRACTICE.definitionOfReady} If the team keeps one, it lists what an item needs before a Sprint takes it, and items meeting every line show a Ready badge.`}
        lines={definitionOfReady}
      />
      <ChecklistEditor
        key={`done-${definitionOfDone.map((l) => `${l.id}:${l.text}`).join('|')}`}
        productId={product.id}
        kind="done"
        title="Definition of Done"
        purpose={`The quality an item meets to be part of the Increment (${cite('scrum', 'definitionOfDone')}). Moving an item to a done state asks to confirm it; an item that does not meet it goes back to the Product Backlog, with the reason kept in its history. Every team meets it; a team may add lines of its own below.`}
        lines={definitionOfDone}
      />
      <TeamsSettings productId={product.id} />
      <LocaleSettings />
    </>
  )
}
