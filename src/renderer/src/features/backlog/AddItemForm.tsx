import { useRef, useState, type FormEvent } from 'react'
import type { BacklogListItem } from '@shared/api'
import type { ItemType } from '@shared/domain/backlog'
import { ItemTypeField } from './ItemTypeField'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useFocusRequest } from '@renderer/ui/focusRequests'
import { useCreateItem } from './queries'

export function AddItemForm({ productId, onAdded }: { productId: number; onAdded: (item: BacklogListItem) => void }) {
  const [title, setTitle] = useState('')
  const [type, setType] = useState<ItemType>('story')
  const [atTop, setAtTop] = useState(false)
  const create = useCreateItem(productId)
  const titleRef = useRef<HTMLInputElement>(null)
  useFocusRequest('add-item', titleRef)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(
      { title, type, placement: atTop ? 'top' : 'bottom' },
      {
        onSuccess: (item) => {
          setTitle('')
          onAdded(item)
        }
      }
    )
  }

  return (
    <form className="add-item" onSubmit={submit} aria-label="Add a backlog item">
      <div className="field grow">
        <label htmlFor="new-item-title">New item</label>
        <input
          id="new-item-title"
          ref={titleRef}
          value={title}
          placeholder="Title, then Enter"
          autoComplete="off"
          onChange={(e) => {
            setTitle(e.target.value)
            if (create.error) create.reset()
          }}
        />
      </div>
      <ItemTypeField id="new-item-type" value={type} onChange={setType} />
      <label className="checkbox">
        <input type="checkbox" checked={atTop} onChange={(e) => setAtTop(e.target.checked)} />
        Add at top
      </label>
      <button type="submit" className="primary" disabled={create.isPending}>
        Add item
      </button>
      <div className="add-item-error">
        <ErrorMessage error={create.error} />
      </div>
    </form>
  )
}
