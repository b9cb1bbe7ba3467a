import { Dialog } from '@renderer/ui/Dialog'
import { SHORTCUTS } from './shortcuts'

/** The help: keyboard shortcuts, and the way to the glossary of the terms the app uses. */
export function ShortcutHelp({
  open,
  onClose,
  onGlossary
}: {
  open: boolean
  onClose: () => void
  onGlossary: () => void
}) {
  return (
    <Dialog open={open} title="Help" onClose={onClose}>
      <p>
        Not sure what a term means?{' '}
        <button type="button" onClick={onGlossary}>
          Open the glossary
        </button>{' '}
        (each term in one line, with the guide it comes from).
      </p>
      <h3>Keyboard shortcuts</h3>
      <dl className="shortcut-list">
        {SHORTCUTS.map((s) => (
          <div key={s.keys} className="shortcut">
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  )
}
