import { useState, type FormEvent } from 'react'
import type { Product } from '@shared/api'
import { itemKey } from '@shared/domain/items/key'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useSetItemPrefix } from '@renderer/features/products/queries'

/** The prefix of the product's item keys (PB in PB-12); numbers run per product and never change. */
export function ItemKeySettings({ product }: { product: Product }) {
  const [prefix, setPrefix] = useState(product.itemPrefix)
  const save = useSetItemPrefix()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate(
      { id: product.id, itemPrefix: prefix },
      { onSuccess: (saved) => notify(`Item keys now start with ${saved.itemPrefix}.`) }
    )
  }
  const shown = prefix.trim().toUpperCase() || product.itemPrefix
  return (
    <section className="card settings-card" aria-labelledby="item-keys-heading">
      <h2 id="item-keys-heading">Item keys</h2>
      <p className="muted small">
        Each item has a key like {itemKey(shown, 12)}: the prefix below and the item’s number in this product. Search
        the backlog by key, and quote it where you talk about the item.
      </p>
      <form className="item-key-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="item-prefix">Key prefix</label>
          <input
            id="item-prefix"
            value={prefix}
            maxLength={10}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setPrefix(e.target.value)}
          />
        </div>
        <button type="submit" disabled={save.isPending || prefix.trim().toUpperCase() === product.itemPrefix}>
          Save prefix
        </button>
      </form>
      <ErrorMessage error={save.error} />
    </section>
  )
}
