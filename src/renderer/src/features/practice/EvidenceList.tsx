import { Link } from 'wouter'
import type { Product } from '@shared/api'
import type { Evidence } from '@shared/api/methods/practice'
import { EVIDENCE_KIND_LABELS, formatBytes } from '@shared/domain/practice'
import { api } from '@renderer/api'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notifyError } from '@renderer/ui/toastStore'
import { usePracticeWrite } from './queries'
import { formatDateTime } from '@shared/domain/format'

async function download(evidence: Evidence): Promise<void> {
  const file = await api.call('practice.evidence.file', { id: evidence.id })
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.type }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = file.name
  anchor.click()
  URL.revokeObjectURL(url)
}

export function EvidenceList({ product, evidence }: { product: Product; evidence: readonly Evidence[] }) {
  const remove = usePracticeWrite(product.id, 'practice.evidence.delete')
  if (evidence.length === 0)
    return <p className="muted">No evidence yet. Link something from the app, write a note or attach a file below.</p>
  return (
    <>
      <ul className="practice-evidence-list">
        {evidence.map((item) => (
          <li
            key={item.id}
            className="practice-evidence"
            aria-label={`${EVIDENCE_KIND_LABELS[item.kind]}: ${item.title}`}
          >
            <div className="practice-evidence-head">
              <span className="badge">{EVIDENCE_KIND_LABELS[item.kind]}</span>
              <strong>{item.title}</strong>
              <span className="muted small">added {formatDateTime(item.addedAt)}</span>
              <button
                type="button"
                className="link-button"
                aria-label={`Remove evidence ${item.title}`}
                onClick={() => remove.mutate({ id: item.id })}
              >
                Remove
              </button>
            </div>
            {item.text && <p className="practice-evidence-text">{item.text}</p>}
            {item.snapshot && (
              <details className="practice-snapshot" open>
                <summary>Snapshot taken {formatDateTime(item.snapshot.takenAt)}</summary>
                {item.snapshot.lines.length === 0 ? (
                  <p className="muted small">It was empty when linked.</p>
                ) : (
                  <dl>
                    {item.snapshot.lines.map((line, i) => (
                      <div key={i}>
                        <dt>{line.label}</dt>
                        <dd>{line.value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </details>
            )}
            {item.snapshot &&
              (item.liveRoute ? (
                <p className="small">
                  <Link href={`~${item.liveRoute}`}>Open the current version</Link>
                </p>
              ) : (
                <p className="small muted">It no longer exists in the app; the snapshot above is what was linked.</p>
              ))}
            {item.file && (
              <p className="small">
                <button
                  type="button"
                  onClick={() => download(item).catch(() => notifyError(`Could not open ${item.file?.name}.`))}
                >
                  Download {item.file.name}
                </button>{' '}
                <span className="muted">({formatBytes(item.file.sizeBytes)})</span>
              </p>
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage error={remove.error} />
    </>
  )
}
