import type { BoardItem } from '@shared/api/methods/ordering'
import type { PickableItem } from '@renderer/ui/itemPicker/matches'

/** Board items as an item picker offers them: your place for the item, then its title. */
export const pickableItems = (items: readonly BoardItem[]): PickableItem[] =>
  items.map((item) => ({ id: item.id, label: `${item.manualPosition}. ${item.title}` }))
