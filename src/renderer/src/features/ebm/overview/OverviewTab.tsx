import { Link } from 'wouter'
import type { Product } from '@shared/api'
import type { AreaCoverage, BlindSpot, MeasureSummary } from '@shared/api/methods/ebm'
import { AREA_LABELS, AREA_QUESTIONS, type BlindSpotRule } from '@shared/domain/ebm/vocabulary'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useMeasures, useOverview } from '../queries'
import { CATEGORY_LABELS, INDICATOR_LABELS } from '../shape/labels'
import { formatValue } from '@shared/domain/ebm/format'
import { freshnessText, formatCount } from '../shape/format'
import { catalogueLink, measureLink } from '../links'

export function OverviewTab({ product }: { product: Product }) {
  const overview = useOverview(product.id)
  const measures = useMeasures(product.id)
  if (overview.isPending || measures.isPending) return <p className="muted">Loading the overview…</p>
  if (overview.error) return <ErrorMessage error={overview.error} />
  if (measures.error) return <ErrorMessage error={measures.error} />
  const { areas, blindSpots, automatic, staleAfterDays } = overview.data
  const byId = new Map(measures.data.map((m) => [m.id, m]))
  const noMeasures = areas.every((a) => a.measureCount === 0)

  return (
    <div className="ebm-overview">
      {noMeasures && (
        <div className="empty-state card ebm-empty">
          <h2>No measures yet</h2>
          <p>
            Evidence-Based Management starts with a few measures in each of the four Key Value Areas. Pick them from the
            catalogue of examples in one click, or describe your own, then record values as they come in.
          </p>
          <p>
            <Link href="/measures" className="button-like primary">
              Browse the catalogue
            </Link>
          </p>
        </div>
      )}
      <div className="ebm-areas">
        {areas.map((area) => (
          <AreaPanel key={area.area} area={area} byId={byId} />
        ))}
      </div>
      <BlindSpots spots={blindSpots} byId={byId} staleAfterDays={staleAfterDays} />
      {automatic.length > 0 && (
        <section className="card ebm-automatic" aria-labelledby="ebm-automatic-title">
          <h2 id="ebm-automatic-title">Computed from your backlog</h2>
          <p className="muted small">
            These measures read the backlog’s own history and update themselves; there is nothing to enter.
          </p>
          <ul className="ebm-plain-list">
            {automatic.map((m) => (
              <li key={m.id}>
                <Link href={measureLink(m.id)}>{m.name}</Link>:{' '}
                {m.latest ? (
                  <strong>{formatValue(m.latest.value, m.unit)}</strong>
                ) : (
                  <span className="muted">not enough finished items yet</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

function AreaPanel({ area, byId }: { area: AreaCoverage; byId: ReadonlyMap<number, MeasureSummary> }) {
  const titleId = `ebm-area-${area.area}`
  return (
    <section className={`card ebm-area ebm-area-${area.area}`} aria-labelledby={titleId}>
      <header>
        <h2 id={titleId}>{area.label}</h2>
        <p className="muted small">{AREA_QUESTIONS[area.area]}</p>
      </header>
      <p className="ebm-area-stats">
        <strong>{formatCount(area.measureCount, 'measure')}</strong>
        {area.measureCount > 0 && ` · ${freshnessText(area.daysSinceLatest)}`}
        {area.staleCount > 0 && <span className="ebm-chip warn">{area.staleCount} stale</span>}
      </p>
      {area.measures.length === 0 ? (
        <p>
          <Link href={catalogueLink(area.area)}>Adopt a measure for {area.label}</Link>
        </p>
      ) : (
        <ul className="ebm-area-measures">
          {area.measures.map((m) => {
            const unit = byId.get(m.id)?.unit ?? ''
            return (
              <li key={m.id}>
                <Link href={measureLink(m.id)}>{m.name}</Link>
                <span className="ebm-area-value">{m.latest ? formatValue(m.latest.value, unit) : '—'}</span>
                <span className="muted small">
                  {CATEGORY_LABELS[m.category]} · {INDICATOR_LABELS[m.indicator]}
                  {m.automatic ? ' · automatic' : ''} · {freshnessText(m.daysSinceLatest)}
                  {m.stale && <span className="ebm-chip warn">stale</span>}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

function BlindSpots({
  spots,
  byId,
  staleAfterDays
}: {
  spots: readonly BlindSpot[]
  byId: ReadonlyMap<number, MeasureSummary>
  staleAfterDays: number
}) {
  return (
    <section className="card ebm-blind-spots" aria-labelledby="ebm-blind-spots-title">
      <h2 id="ebm-blind-spots-title">Blind spots</h2>
      {spots.length === 0 ? (
        <p>
          None found: every area has measures with recent values (within {staleAfterDays} days), including outcomes and
          leading indicators.
        </p>
      ) : (
        <ul aria-label="Blind spots" className="ebm-spot-list">
          {spots.map((spot) => (
            <li key={`${spot.rule}:${spot.area ?? 'all'}:${spot.measureIds.join(',')}`} className="ebm-spot">
              <h3>{spot.title}</h3>
              <p>{spot.reason}</p>
              <SpotActions spot={spot} byId={byId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Where to go to fix the finding: the catalogue for a missing kind of measure, the measure itself for old data. */
/** What the catalogue link offers for a blind spot about the kind of measures. */
const CATALOGUE_ACTIONS: Partial<Record<BlindSpotRule, string>> = {
  'no-outcome': 'an outcome measure',
  'no-leading': 'a leading indicator',
  'single-measure': 'a second measure'
}

function SpotActions({ spot, byId }: { spot: BlindSpot; byId: ReadonlyMap<number, MeasureSummary> }) {
  if (spot.rule === 'no-values' || spot.rule === 'stale') {
    const measures = spot.measureIds.map((id) => byId.get(id)).filter((m): m is MeasureSummary => m !== undefined)
    return (
      <p className="ebm-spot-actions">
        {measures.map((m) => (
          <Link key={m.id} href={measureLink(m.id)}>
            Record a value for {m.name}
          </Link>
        ))}
      </p>
    )
  }
  const what = CATALOGUE_ACTIONS[spot.rule] ?? 'a measure'
  // The area in the link text keeps several such links on one page distinguishable when read out of context.
  const where = spot.area ? ` for ${AREA_LABELS[spot.area]}` : ''
  return (
    <p className="ebm-spot-actions">
      <Link href={catalogueLink(spot.area)}>
        Find {what}
        {where} in the catalogue
      </Link>
    </p>
  )
}
