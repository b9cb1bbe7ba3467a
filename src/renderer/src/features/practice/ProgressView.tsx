import { Link } from 'wouter'
import type { Product } from '@shared/api'
import { findTrack } from '@shared/domain/practice'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ProgressBar } from '@renderer/features/vision/ProgressBar'
import { useProgress } from './queries'

export function ProgressView({ product }: { product: Product }) {
  const progress = useProgress(product.id)
  if (progress.isPending) return <p className="muted">Loading progress…</p>
  if (progress.error) return <ErrorMessage error={progress.error} />
  return (
    <div className="practice-progress">
      <p className="muted">
        An assignment or outcome counts as evidenced once one of its journal entries holds at least one piece of
        evidence (a link, a note or a file).
      </p>
      {progress.data.map((track) => {
        const spec = findTrack(track.trackId)
        const has = track.targets.filter((t) => t.hasEvidence)
        const lacks = track.targets.filter((t) => !t.hasEvidence)
        return (
          <section
            key={track.trackId}
            aria-labelledby={`progress-${track.trackId}`}
            className="card practice-progress-track"
          >
            <h2 id={`progress-${track.trackId}`}>{spec.name}</h2>
            <div className="practice-progress-bar">
              <ProgressBar value={track.share} label={`${spec.shortName}: ${track.summary}`} />
              <span>
                {track.summary} ({Math.round(track.share * 100)}%){track.done > 0 && `, ${track.done} marked done`}
              </span>
            </div>
            <div className="practice-progress-lists">
              <div>
                <h3>With evidence ({has.length})</h3>
                {has.length === 0 ? (
                  <p className="muted small">None yet.</p>
                ) : (
                  <ul>
                    {has.map((t) => (
                      <li key={t.key}>
                        {t.title} <span className="muted small">({t.evidenceCount} evidence)</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div>
                <h3>Still without evidence ({lacks.length})</h3>
                {lacks.length === 0 ? (
                  <p className="muted small">Every one has evidence.</p>
                ) : (
                  <ul>
                    {lacks.map((t) => (
                      <li key={t.key}>
                        {t.title}
                        {t.entryCount > 0 && <span className="muted small"> (entry started, no evidence yet)</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
            <p className="small">
              <Link href={`/tracks/${track.trackId}`}>See the {spec.shortName} track</Link>
            </p>
          </section>
        )
      })}
    </div>
  )
}
