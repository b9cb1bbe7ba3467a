import type { Influence } from '@shared/api/methods/strategy'
import { QUADRANT_INFO, influenceGrid, type Quadrant } from '@shared/domain/strategy/influences'

/** The grid's rows: predictable on top; in our control on the left. */
const ROWS: ReadonlyArray<{ axis: string; quadrants: readonly [Quadrant, Quadrant] }> = [
  { axis: 'Predictable', quadrants: ['plan', 'watch'] },
  { axis: 'Unpredictable', quadrants: ['steer', 'adapt'] }
]

/**
 * The factors on two axes. Each quadrant names its place in its heading, so the axis labels are
 * only for the eye.
 */
export function InfluenceGrid({ influences }: { influences: readonly Influence[] }) {
  const grid = influenceGrid(influences)
  return (
    <div className="influence-grid">
      <span aria-hidden="true" />
      <span className="influence-axis" aria-hidden="true">
        In our control
      </span>
      <span className="influence-axis" aria-hidden="true">
        Outside our control
      </span>
      {ROWS.map((row) => [
        <span key={row.axis} className="influence-axis influence-axis-side" aria-hidden="true">
          {row.axis}
        </span>,
        ...row.quadrants.map((quadrant) => {
          const info = QUADRANT_INFO[quadrant]
          const factors = grid[quadrant]
          const headingId = `influence-quadrant-${quadrant}`
          return (
            <section
              key={quadrant}
              className={`influence-quadrant influence-quadrant-${quadrant}`}
              aria-labelledby={headingId}
              data-quadrant={quadrant}
            >
              <h3 id={headingId}>
                {info.title} <span className="muted small">({info.place})</span>
              </h3>
              {factors.length === 0 ? (
                <p className="muted small">No factor here.</p>
              ) : (
                <ul aria-label={`Factors: ${info.title}`}>
                  {factors.map((f) => (
                    <li key={f.id}>{f.name}</li>
                  ))}
                </ul>
              )}
              <p className="small">{info.advice}</p>
            </section>
          )
        })
      ])}
    </div>
  )
}
