import { useState, type FormEvent } from 'react'
import { useLocation } from 'wouter'
import type { Product } from '@shared/api'
import { BackupPanel } from '@renderer/features/backup/BackupPanel'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { AppInfoPanel } from './AppInfoPanel'
import { CreateProductForm } from './CreateProductForm'
import { DeleteProductDialog } from './DeleteProductDialog'
import { useCurrentProduct } from './currentProduct'
import { useProducts, useRemoveSample, useRenameProduct, useResetSample, useSetArchived } from './queries'
import { formatCount } from '@shared/domain/format'

export function ProductsPage() {
  const all = useProducts(true)
  const [deleting, setDeleting] = useState<Product | null>(null)
  const products = all.data ?? []
  const active = products.filter((p) => !p.archived)
  const archived = products.filter((p) => p.archived)

  return (
    <div className="page">
      <header className="page-header">
        <h1>Products</h1>
      </header>
      <div className="page-body products-layout">
        <section aria-labelledby="active-products" className="card">
          <h2 id="active-products">Active products</h2>
          {all.isPending && <p className="muted">Loading products…</p>}
          {all.error && <ErrorMessage error={all.error} />}
          {all.isSuccess && active.length === 0 && (
            <p className="muted">No active products. Create one below or restore the sample product.</p>
          )}
          <ul className="product-list">
            {active.map((p) => (
              <ProductRow key={p.id} product={p} onDelete={() => setDeleting(p)} />
            ))}
          </ul>
        </section>

        <section aria-labelledby="create-product" className="card">
          <h2 id="create-product">Create a product</h2>
          <CreateProductForm />
        </section>

        <section aria-labelledby="archived-products" className="card">
          <h2 id="archived-products">Archived products</h2>
          {archived.length === 0 ? (
            <p className="muted">
              Nothing archived. Archiving hides a product from the switcher and keeps everything in it.
            </p>
          ) : (
            <ul className="product-list">
              {archived.map((p) => (
                <ProductRow key={p.id} product={p} onDelete={() => setDeleting(p)} />
              ))}
            </ul>
          )}
        </section>

        <SampleSection products={products} />

        <BackupPanel />

        <AppInfoPanel />
      </div>
      <DeleteProductDialog product={deleting} onClose={() => setDeleting(null)} />
    </div>
  )
}

function ProductRow({ product, onDelete }: { product: Product; onDelete: () => void }) {
  const [renaming, setRenaming] = useState(false)
  const setArchived = useSetArchived()
  const { select } = useCurrentProduct()
  const [, navigate] = useLocation()

  return (
    <li className="product-row" aria-label={product.name}>
      <div className="product-summary">
        <div>
          <strong>{product.name}</strong>
          {product.isSample && <span className="badge">Sample</span>}
          {product.archived && <span className="badge">Archived</span>}
        </div>
        {product.description && <p className="muted">{product.description}</p>}
        <p className="muted small">{formatCount(product.itemCount, 'item')}</p>
      </div>
      {renaming ? (
        <RenameForm product={product} onDone={() => setRenaming(false)} />
      ) : (
        <div className="row-actions">
          {!product.archived && (
            <button
              type="button"
              onClick={() => {
                select(product.id)
                navigate('/backlog')
              }}
            >
              Open backlog
            </button>
          )}
          <button type="button" onClick={() => setRenaming(true)}>
            Rename
          </button>
          <button
            type="button"
            disabled={setArchived.isPending}
            onClick={() =>
              setArchived.mutate(
                { id: product.id, archived: !product.archived },
                { onSuccess: (p) => notify(p.archived ? `Archived “${p.name}”.` : `“${p.name}” is active again.`) }
              )
            }
          >
            {product.archived ? 'Unarchive' : 'Archive'}
          </button>
          <button type="button" className="danger" onClick={onDelete}>
            Delete…
          </button>
        </div>
      )}
    </li>
  )
}

function RenameForm({ product, onDone }: { product: Product; onDone: () => void }) {
  const [name, setName] = useState(product.name)
  const rename = useRenameProduct()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    rename.mutate({ id: product.id, name }, { onSuccess: onDone })
  }
  const inputId = `rename-${product.id}`
  return (
    <form className="stack" onSubmit={submit}>
      <div className="field inline">
        <label htmlFor={inputId}>New name for {product.name}</label>
        <input
          id={inputId}
          value={name}
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onDone()
          }}
        />
        <button type="submit" className="primary" disabled={rename.isPending}>
          Save name
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={rename.error} />
    </form>
  )
}

function SampleSection({ products }: { products: readonly Product[] }) {
  const reset = useResetSample()
  const remove = useRemoveSample()
  const [confirm, setConfirm] = useState<'reset' | 'remove' | null>(null)
  const hasSample = products.some((p) => p.isSample)
  return (
    <section aria-labelledby="sample-product" className="card">
      <h2 id="sample-product">Sample product</h2>
      <p className="muted">
        The sample product is a ready-made backlog to try things on. Resetting it recreates it from scratch; your own
        products are never touched.
      </p>
      <div className="row-actions">
        <button
          type="button"
          disabled={reset.isPending}
          onClick={() =>
            hasSample
              ? setConfirm('reset')
              : reset.mutate(undefined, { onSuccess: () => notify('Sample product restored.') })
          }
        >
          {hasSample ? 'Reset sample product…' : 'Restore sample product'}
        </button>
        {hasSample && (
          <button type="button" className="danger" disabled={remove.isPending} onClick={() => setConfirm('remove')}>
            Remove sample product…
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirm === 'reset'}
        title="Reset the sample product"
        message="The sample product is recreated as it was first installed; changes you made to it are lost."
        confirmLabel="Reset sample"
        onConfirm={() => reset.mutate(undefined, { onSuccess: () => notify('Sample product reset.') })}
        onClose={() => setConfirm(null)}
      />
      <ConfirmDialog
        open={confirm === 'remove'}
        title="Remove the sample product"
        message="The sample product and its backlog are removed. You can restore it here at any time."
        confirmLabel="Remove sample"
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => notify('Sample product removed.') })}
        onClose={() => setConfirm(null)}
      />
    </section>
  )
}
