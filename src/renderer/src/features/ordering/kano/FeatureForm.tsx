import { useState, type FormEvent } from 'react'
import { useCreateKanoFeature } from '../queries'

interface FeatureFormProps {
  productId: number
  items: ReadonlyArray<{ id: number; title: string }>
}

export function FeatureForm({ productId, items }: FeatureFormProps) {
  const create = useCreateKanoFeature(productId)
  const [name, setName] = useState('')
  const [itemId, setItemId] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(
      { productId, name, itemId: itemId === '' ? null : Number(itemId) },
      {
        onSuccess: () => {
          setName('')
          setItemId('')
        }
      }
    )
  }

  return (
    <form className="toolbar" onSubmit={submit} aria-label="Add a feature to survey">
      <div className="field grow">
        <label htmlFor="kano-feature-name">Feature</label>
        <input id="kano-feature-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Waiting list for full lanes" />
      </div>
      <div className="field">
        <label htmlFor="kano-feature-item">Backlog item (optional)</label>
        <select id="kano-feature-item" value={itemId} onChange={(e) => setItemId(e.target.value)}>
          <option value="">None</option>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={create.isPending}>
        Add feature
      </button>
    </form>
  )
}
