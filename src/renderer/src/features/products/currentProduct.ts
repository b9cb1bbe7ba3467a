import type { Product } from '@shared/api'
import { usePreference } from '@renderer/ui/storage'
import { useProducts } from './queries'

const PRODUCT_KEY = 'po-studio.productId'

/** The remembered product when it is still active, otherwise the first active one. */
export function pickProduct(products: readonly Product[], storedId: string | null): Product | null {
  return products.find((p) => String(p.id) === storedId) ?? products[0] ?? null
}

export function useCurrentProduct() {
  const products = useProducts(false)
  const [storedId, setStoredId] = usePreference(PRODUCT_KEY)
  const list = products.data ?? []
  return {
    product: pickProduct(list, storedId),
    products: list,
    isPending: products.isPending,
    error: products.error,
    select: (id: number) => setStoredId(String(id))
  }
}
