type DragId = string | number

/** dnd-kit's Announcements and ScreenReaderInstructions, written out so this stays free of DOM types (unit tests run in Node). */
interface DragEvent {
  active: { id: DragId }
  over: { id: DragId } | null
}
interface Announcements {
  onDragStart(event: Pick<DragEvent, 'active'>): string
  onDragOver(event: DragEvent): string
  onDragEnd(event: DragEvent): string
  onDragCancel(event: DragEvent): string
}

/** How a list names what is dragged and the places it passes: "‘Search by tag’" and "position 3 of 120". */
export interface DragWording {
  item(id: DragId): string
  place(id: DragId): string
}

/**
 * What a screen reader hears while an item is dragged, in the list's own words instead of dnd-kit's
 * ids ("Draggable item 204 was dropped over droppable area 199").
 */
export function dragAnnouncements({ item, place }: DragWording): Announcements {
  return {
    onDragStart: ({ active }) => `Picked up ${item(active.id)}, ${place(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${item(active.id)} is over ${place(over.id)}.` : `${item(active.id)} is outside the list.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped ${item(active.id)} at ${place(over.id)}.`
        : `${item(active.id)} was dropped outside the list and stays at ${place(active.id)}.`,
    onDragCancel: ({ active }) => `Moving ${item(active.id)} was cancelled; it stays at ${place(active.id)}.`
  }
}

export function dragInstructions(keyboard: string): { draggable: string } {
  return { draggable: `Drag with a pointer to move it. ${keyboard}` }
}
