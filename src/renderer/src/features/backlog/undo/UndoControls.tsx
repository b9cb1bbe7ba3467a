import { useEffect } from 'react'
import { isTyping } from '@renderer/app/shortcuts'
import { useUndoRedo, useUndoState } from './useUndo'

/**
 * Undo and Redo buttons naming the edit they act on, with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y
 * (Cmd on a Mac) whenever the focus is not in a text field, where the field's own undo applies.
 */
export function UndoControls({ productId }: { productId: number }) {
  const state = useUndoState(productId).data
  const undo = useUndoRedo(productId, 'undo')
  const redo = useUndoRedo(productId, 'redo')
  const busy = undo.isPending || redo.isPending
  const canUndo = !!state?.canUndo && !busy
  const canRedo = !!state?.canRedo && !busy

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.altKey ||
        isTyping(event.target) ||
        document.querySelector('dialog[open]')
      )
        return
      const key = event.key.toLowerCase()
      const wantsRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)
      const wantsUndo = key === 'z' && !event.shiftKey
      if (!wantsUndo && !wantsRedo) return
      event.preventDefault()
      if (wantsUndo && canUndo) undo.mutate()
      if (wantsRedo && canRedo) redo.mutate()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [canUndo, canRedo, undo, redo])

  const undoText = state?.undoLabel ? `Undo ${state.undoLabel}` : 'Nothing to undo'
  const redoText = state?.redoLabel ? `Redo ${state.redoLabel}` : 'Nothing to redo'
  return (
    <div className="undo-controls" role="group" aria-label="Undo and redo backlog edits">
      <button
        type="button"
        onClick={() => undo.mutate()}
        disabled={!canUndo}
        title={`${undoText} (Ctrl+Z)`}
        aria-keyshortcuts="Control+Z"
      >
        <span aria-hidden="true">↶ </span>
        <span className="undo-label">{undoText}</span>
      </button>
      <button
        type="button"
        onClick={() => redo.mutate()}
        disabled={!canRedo}
        title={`${redoText} (Ctrl+Shift+Z)`}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        <span aria-hidden="true">↷ </span>
        <span className="undo-label">{redoText}</span>
      </button>
    </div>
  )
}
