import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useStoryMatches } from '../queries'
import { formatCount } from '@shared/domain/format'

/** Stories written for a role that no persona describes: someone may be served whom nobody has met. */
export function UnmatchedStories({ productId }: { productId: number }) {
  const matches = useStoryMatches(productId)
  if (matches.isPending) return <p className="muted">Matching story roles…</p>
  if (matches.error) return <ErrorMessage error={matches.error} />
  const { checked, matched, unmatched, withoutRole } = matches.data
  return (
    <section className="stack" aria-labelledby="unmatched-title">
      <h2 id="unmatched-title">Stories whose role matches no persona</h2>
      <p className="muted small">
        Of {formatCount(checked, 'open story', 'open stories')} written “As a &lt;role&gt;, …”, {matched.length} match a
        persona and {unmatched.length} do not. {withoutRole > 0 && `${withoutRole} more are not in that form.`}
      </p>
      {unmatched.length === 0 ? (
        <p>Every story’s role matches a persona.</p>
      ) : (
        <ul className="unmatched-list">
          {unmatched.map((story) => (
            <li key={story.itemId}>
              <span className="flag" aria-hidden="true">
                ⚑
              </span>
              <div>
                <p className="unmatched-title">{story.title}</p>
                <p className="small">
                  <strong>No persona for “{story.role}”.</strong> Describe a persona with this role, or rewrite the
                  story for a user you know.
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
