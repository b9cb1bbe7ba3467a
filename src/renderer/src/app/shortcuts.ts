import { useEffect } from 'react'

/** The single list the help dialog shows and the global handler honours. */
export const SHORTCUTS: ReadonlyArray<{ keys: string; action: string }> = [
  { keys: 'g b', action: 'Go to the Product Backlog' },
  { keys: 'g p', action: 'Go to Products' },
  { keys: 'n', action: 'New backlog item (focus the add form)' },
  { keys: '/', action: 'Filter the backlog' },
  { keys: '↑ / ↓', action: 'Move focus between backlog rows' },
  { keys: 'Home / End', action: 'First / last backlog row' },
  { keys: 'Alt + ↑ / Alt + ↓', action: 'Move the focused item up or down one place' },
  { keys: 'Enter', action: 'Open the focused item' },
  { keys: 'Delete', action: 'Delete the focused item (with Undo)' },
  {
    keys: 'Ctrl + Z / Ctrl + Shift + Z or Ctrl + Y',
    action: 'Undo / redo the last backlog edit (outside text fields)'
  },
  { keys: 'Escape', action: 'Close the details panel or a dialog' },
  { keys: '?', action: 'Show this help' }
]

interface ShortcutActions {
  go: (path: string) => void
  newItem: () => void
  filter: () => void
  help: () => void
}

/** Keys typed into a field belong to the field (its own undo too). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Single-key shortcuts apply only outside text fields and dialogs, so typing is never hijacked. */
export function useGlobalShortcuts(actions: ShortcutActions): void {
  useEffect(() => {
    let pendingG = 0
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return
      const afterG = Date.now() - pendingG < 1500
      pendingG = 0
      const run = (action: () => void) => {
        event.preventDefault()
        action()
      }
      if (afterG && event.key === 'b') return run(() => actions.go('/backlog'))
      if (afterG && event.key === 'p') return run(() => actions.go('/products'))
      switch (event.key) {
        case 'g':
          pendingG = Date.now()
          return
        case 'n':
          return run(actions.newItem)
        case '/':
          return run(actions.filter)
        case '?':
          return run(actions.help)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [actions])
}
