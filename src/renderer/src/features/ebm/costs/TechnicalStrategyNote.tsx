import { Link } from 'wouter'
import { formatDay } from '@shared/domain/format'
import { CANVAS_ROUTES } from '@shared/domain/strategy/canvases'
import { useCanvases } from '@renderer/features/strategy/queries'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'

/** The technical strategy that keeps these costs in check, kept in the Strategy area, named here so the two are read together. */
export function TechnicalStrategyNote({ productId }: { productId: number }) {
  const canvases = useCanvases(productId, 'tech')
  if (canvases.isPending) return null
  if (canvases.error) return <ErrorMessage error={canvases.error} />
  const href = `~${CANVAS_ROUTES.tech}`
  return (
    <section className="stack tco-strategy" aria-labelledby="tco-strategy-title">
      <h3 id="tco-strategy-title">Technical strategy</h3>
      {canvases.data.length === 0 ? (
        <p className="small">
          No technical strategy yet. <Link href={href}>Describe how these costs are kept in check</Link>: what drives
          them, how each is held, the debt you carry and what you will retire.
        </p>
      ) : (
        <ul className="small">
          {canvases.data.map((canvas) => (
            <li key={canvas.id}>
              <Link href={href}>{canvas.title}</Link>
              {canvas.latest
                ? `: version ${canvas.latest.number} of ${formatDay(canvas.latest.savedAt.slice(0, 10))}, “${canvas.latest.reason}”`
                : ': not saved yet'}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
