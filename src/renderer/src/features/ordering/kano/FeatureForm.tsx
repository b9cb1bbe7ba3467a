import { useState, type FormEvent } from 'react'
import { ItemPicker } from '@renderer/ui/itemPicker/ItemPicker'
import type { PickableItem } from '@renderer/ui/itemPicker/matches'
import { useCreateKanoFeature } from '../queries'

interface FeatureFormProps {
  productId: number
  items: readonly PickableItem[]
}

export function FeatureForm({ productId, items }: FeatureFormProps) {
  const create = useCreateKanoFeature(productId)
  const [name, setName] = useState('')
  const [itemId, setItemId] = useState<number | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(
      { productId, name, itemId },
      {
        onSuccess: () => {
          setName('')
          setItemId(null)
        }
      }
    )
  }

  return (
    <form className="toolbar" onSubmit={submit} aria-label="Add a feature to survey">
      <div className="field grow">
        <label htmlFor="kano-feature-name">Feature</label>
        <input
          id="kano-feature-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Waiting list for full lanes"
        />
      </div>
      <ItemPicker
        id="kano-feature-item"
        label="Backlog item (optional)"
        items={items}
        value={itemId}
        noneLabel="None"
        onChange={setItemId}
      />
      <button type="submit" disabled={create.isPending}>
        Add feature
      </button>
    </form>
  )
}
