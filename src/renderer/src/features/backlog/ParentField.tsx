import type { BacklogListItem } from '@shared/api'
import type { ItemDetail } from '@shared/api/methods/backlog'
import type { ItemType } from '@shared/domain/backlog'
import { parentTypesFor } from '@shared/domain/items/hierarchy'

interface Props {
  detail: ItemDetail
  type: ItemType
  parentId: number | null
  items: readonly BacklogListItem[]
  onChange(parentId: number | null): void
}

/**
 * The items this one can sit under, by the type it will have. A parent the type no longer allows
 * stays listed, marked, so the form does not drop it silently.
 */
export function ParentField({ detail, type, parentId, items, onChange }: Props) {
  const parentTypes = parentTypesFor(type)
  const options = items.filter((i) => i.id !== detail.item.id && parentTypes.includes(i.type))
  return (
    <div className="field">
      <label htmlFor="detail-parent">Parent</label>
      <select
        id="detail-parent"
        value={parentId ?? ''}
        disabled={parentTypes.length === 0 && parentId === null}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{parentTypes.length === 0 ? 'None (an epic is the top level)' : 'None'}</option>
        {parentId !== null && !options.some((p) => p.id === parentId) && detail.parent && (
          <option value={detail.parent.id}>
            {detail.parent.key} {detail.parent.title} (not a {parentTypes.join(' or ') || 'possible'} parent)
          </option>
        )}
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.key} {p.title}
          </option>
        ))}
      </select>
    </div>
  )
}
