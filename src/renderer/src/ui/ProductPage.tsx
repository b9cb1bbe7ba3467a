import type { ReactNode } from 'react'
import type { Product } from '@shared/api'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useCurrentProduct } from '@renderer/features/products/currentProduct'
import { NoProducts } from '@renderer/features/products/NoProducts'

interface ProductPageProps {
  title: string
  intro: string
  className: string
  children: (product: Product) => ReactNode
}

/** An area page for the current product: heading, loading and error states, and "no products yet". */
export function ProductPage({ title, intro, className, children }: ProductPageProps) {
  const { product, isPending, error } = useCurrentProduct()
  return (
    <div className={`page ${className}`}>
      <header className="page-header">
        <h1>
          {title} {product && <span className="muted">· {product.name}</span>}
        </h1>
        <p className="muted small">{intro}</p>
      </header>
      <div className="page-body">
        {isPending && <p className="muted">Loading…</p>}
        {error && <ErrorMessage error={error} />}
        {!isPending && !error && !product && <NoProducts />}
        {product && children(product)}
      </div>
    </div>
  )
}
