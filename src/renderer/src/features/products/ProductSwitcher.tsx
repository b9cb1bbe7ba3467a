import { useCurrentProduct } from './currentProduct'

export function ProductSwitcher() {
  const { product, products, select } = useCurrentProduct()
  if (!product) return null
  return (
    <label className="product-switcher">
      <span>Product</span>
      <select value={product.id} onChange={(e) => select(Number(e.target.value))}>
        {products.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  )
}
