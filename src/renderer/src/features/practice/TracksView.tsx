import { Link, useLocation } from 'wouter'
import type { Product } from '@shared/api'
import type { PracticeEntry } from '@shared/api/methods/practice'
import { STATUS_LABELS, TRACKS, type PracticeTarget } from '@shared/domain/practice'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useEntries, usePracticeWrite } from './queries'

export function TracksView({ product, trackId }: { product: Product; trackId: string | undefined }) {
  const track = TRACKS.find((t) => t.id === trackId) ?? TRACKS[0]!
  const entries = useEntries(product.id)
  return (
    <div className="practice-tracks">
      <nav aria-label="Course tracks" className="practice-track-nav">
        {TRACKS.map((t) => (
          <Link
            key={t.id}
            href={`/tracks/${t.id}`}
            className={t.id === track.id ? 'pill active' : 'pill'}
            aria-current={t.id === track.id ? 'page' : undefined}
          >
            {t.shortName}
          </Link>
        ))}
      </nav>
      <header className="practice-track-header">
        <h2>{track.name}</h2>
        <p className="muted">{track.summary}</p>
      </header>
      {entries.error && <ErrorMessage error={entries.error} />}
      <ul className="practice-targets" aria-label={`${track.shortName} ${track.targetNoun}s`}>
        {track.targets.map((target) => (
          <TargetCard
            key={target.key}
            product={product}
            target={target}
            entries={(entries.data ?? []).filter((e) => e.targetKey === target.key)}
          />
        ))}
      </ul>
    </div>
  )
}

function TargetCard({
  product,
  target,
  entries
}: {
  product: Product
  target: PracticeTarget
  entries: PracticeEntry[]
}) {
  const create = usePracticeWrite(product.id, 'practice.entries.create')
  const [, navigate] = useLocation()
  const headingId = `target-${target.key.replace('/', '-')}`
  return (
    <li className="card practice-target" aria-labelledby={headingId}>
      <p className="practice-target-group small muted">{target.group}</p>
      <h3 id={headingId}>{target.title}</h3>
      {target.summary && <p>{target.summary}</p>}
      <div className="practice-places">
        <span className="small muted">Practise it here:</span>
        <ul>
          {target.places.map((place) => (
            <li key={place.route}>
              <Link href={`~${place.route}`}>{place.label}</Link>
            </li>
          ))}
        </ul>
      </div>
      {target.gap && <p className="small muted">Only partly here: {target.gap}</p>}
      {target.experiments.length > 0 && (
        <details className="practice-experiments">
          <summary>Possible experiments ({target.experiments.length})</summary>
          <ul>
            {target.experiments.map((e) => (
              <li key={e.key}>
                {e.text}{' '}
                {e.place ? (
                  <Link href={`~${e.place.route}`}>{e.place.label}</Link>
                ) : (
                  <span className="small muted">
                    {e.conversation
                      ? '(a conversation or reflection: keep it in the journal)'
                      : '(no tool in the app for this yet)'}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="row-actions">
        {entries.map((entry) => (
          <Link key={entry.id} href={`/journal/${entry.id}`} className="button-link">
            Open journal entry ({STATUS_LABELS[entry.status].toLowerCase()}, {entry.evidenceCount} evidence)
          </Link>
        ))}
        <button
          type="button"
          className={entries.length === 0 ? 'primary' : undefined}
          disabled={create.isPending}
          onClick={() =>
            create.mutate(
              { productId: product.id, targetKey: target.key },
              { onSuccess: (entry) => navigate(`/journal/${entry.id}`) }
            )
          }
        >
          {entries.length === 0 ? 'Start a journal entry' : 'Start another entry'}
        </button>
      </div>
      <ErrorMessage error={create.error} />
    </li>
  )
}
