import type { Area } from './areas'

/** An honest placeholder: what the area is for, and that it is not built yet. */
export function PlaceholderArea({ area }: { area: Area }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>{area.label}</h1>
      </header>
      <div className="page-body">
        <div className="empty-state card">
          <p>{area.purpose}</p>
          <p className="muted">Not built yet.</p>
        </div>
      </div>
    </div>
  )
}
