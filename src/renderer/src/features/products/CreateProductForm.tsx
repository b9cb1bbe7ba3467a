import { useRef, useState, type FormEvent } from 'react'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useFocusRequest } from '@renderer/ui/focusRequests'
import { notify } from '@renderer/ui/toastStore'
import { useCurrentProduct } from './currentProduct'
import { useCreateProduct } from './queries'

export function CreateProductForm({ autoFocus = false }: { autoFocus?: boolean }) {
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const create = useCreateProduct()
  const { select } = useCurrentProduct()
  const nameRef = useRef<HTMLInputElement>(null)
  useFocusRequest('create-product', nameRef)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(
      { name, description },
      {
        onSuccess: (product) => {
          setName('')
          setDescription('')
          select(product.id)
          notify(`Created “${product.name}”.`)
        }
      }
    )
  }

  return (
    <form className="stack" onSubmit={submit} aria-label="Create a product">
      <div className="field">
        <label htmlFor="new-product-name">Product name</label>
        <input
          id="new-product-name"
          ref={nameRef}
          value={name}
          autoFocus={autoFocus}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="new-product-description">Description (optional)</label>
        <textarea
          id="new-product-description"
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <ErrorMessage error={create.error} />
      <div>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create product'}
        </button>
      </div>
    </form>
  )
}
