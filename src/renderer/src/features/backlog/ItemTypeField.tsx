import { ITEM_TYPES, ITEM_TYPE_LABELS, type ItemType } from '@shared/domain/backlog'

/** The labelled item-type select used wherever an item is written. */
export function ItemTypeField({
  id,
  value,
  onChange
}: {
  id: string
  value: ItemType
  onChange: (type: ItemType) => void
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Type</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ItemType)}>
        {ITEM_TYPES.map((t) => (
          <option key={t} value={t}>
            {ITEM_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
    </div>
  )
}
