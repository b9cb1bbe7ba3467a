import { formatPercent } from '../format'
import { ProgressBar } from '../ProgressBar'

/** A share as a big number with a bar under it. */
export function ShareBar({ title, share, detail }: { title: string; share: number | null; detail: string }) {
  return (
    <div className="share-figure card">
      <p className="share-title">{title}</p>
      <p className="share-value">{formatPercent(share)}</p>
      <ProgressBar value={share} label={title} />
      <p className="muted small">{detail}</p>
    </div>
  )
}
