import { useState } from 'react'
import type { Product } from '@shared/api'
import { Dialog } from '@renderer/ui/Dialog'
import { FormActions } from '@renderer/ui/FormActions'
import { notify } from '@renderer/ui/toastStore'
import { useDeleteProduct } from './queries'

/** Deleting cannot be undone, so the user types the product's name first (the API checks it too). */
export function DeleteProductDialog({ product, onClose }: { product: Product | null; onClose: () => void }) {
  return (
    <Dialog open={product !== null} title="Delete product" onClose={onClose}>
      {product && <DeleteForm key={product.id} product={product} onClose={onClose} />}
    </Dialog>
  )
}

function DeleteForm({ product, onClose }: { product: Product; onClose: () => void }) {
  const [confirmName, setConfirmName] = useState('')
  const remove = useDeleteProduct()
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault()
        remove.mutate(
          { id: product.id, confirmName },
          {
            onSuccess: () => {
              notify(`Deleted “${product.name}”.`)
              onClose()
            }
          }
        )
      }}
    >
      <p>
        This deletes <strong>{product.name}</strong> and its {product.itemCount} backlog items. This cannot be undone.
      </p>
      <div className="field">
        <label htmlFor="confirm-product-name">Type the product name to confirm</label>
        <input
          id="confirm-product-name"
          value={confirmName}
          onChange={(e) => setConfirmName(e.target.value)}
          autoComplete="off"
          autoFocus
        />
      </div>
      <FormActions
        error={remove.error}
        pending={remove.isPending}
        submitLabel="Delete product"
        onCancel={onClose}
        danger
        disabled={confirmName.trim() !== product.name}
      />
    </form>
  )
}
