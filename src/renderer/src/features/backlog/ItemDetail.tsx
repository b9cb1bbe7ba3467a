import { useState } from 'react'
import type { BacklogListItem, WorkflowState } from '@shared/api'
import type { Team } from '@shared/api/methods/teams'
import { formatNumber } from '@shared/domain/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useItemDetail } from './detail-queries'
import { ItemEditor } from './ItemEditor'
import '@renderer/styles/backlog-items.css'

interface ItemDetailProps {
  item: BacklogListItem
  states: readonly WorkflowState[]
  teams: readonly Team[]
  position: number
  onClose: () => void
  onDelete: (item: BacklogListItem) => void
}

/** Mount with `key={item.id}`. */
export function ItemDetail({ item, states, teams, position, onClose, onDelete }: ItemDetailProps) {
  const detail = useItemDetail(item.id)
  const [saved, setSaved] = useState(false)
  const [focusAtOpen] = useState(() => document.activeElement)
  return (
    <aside
      className="detail-panel item-detail"
      aria-labelledby="detail-heading"
      onKeyDown={(e) => {
        // Escape inside the Done dialog closes the dialog, not the panel.
        if (e.key === 'Escape' && !(e.target as HTMLElement).closest('dialog')) {
          e.preventDefault()
          onClose()
        }
      }}
    >
      <header className="detail-header">
        <h2 id="detail-heading">
          Item {item.key} <span className="muted">· position {formatNumber(position)}</span>
        </h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      <ErrorMessage error={detail.error} />
      {detail.data ? (
        // A save (or an undo) changes updatedAt: the form then starts again from what the server holds.
        <ItemEditor
          key={detail.data.item.updatedAt}
          detail={detail.data}
          states={states}
          teams={teams}
          saved={saved}
          focusAtOpen={focusAtOpen}
          onSaved={setSaved}
          onDelete={onDelete}
        />
      ) : (
        !detail.error && <p className="muted">Loading the item…</p>
      )}
    </aside>
  )
}
