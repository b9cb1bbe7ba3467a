import { useState } from 'react'
import { Link } from 'wouter'
import type { Product } from '@shared/api'
import type { CatalogueMeasure, MeasureSummary } from '@shared/api/methods/ebm'
import { AREA_LABELS, KEY_VALUE_AREAS, type KeyValueArea } from '@shared/domain/ebm/vocabulary'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useCatalogue, useEbmWrite } from '../queries'
import { CATEGORY_LABELS, DIRECTION_LABELS, INDICATOR_LABELS } from '../shape/labels'
import { measureLink } from '../links'

type AreaFilter = KeyValueArea | 'all'

/** The example Key Value Measures, one click to adopt; adopted ones link to their page instead. */
export function Catalogue({
  product,
  measures,
  initialArea
}: {
  product: Product
  measures: readonly MeasureSummary[]
  initialArea: AreaFilter
}) {
  const catalogue = useCatalogue()
  const adopt = useEbmWrite(product.id, 'ebm.measures.adopt')
  const [area, setArea] = useState<AreaFilter>(initialArea)
  const [announcement, setAnnouncement] = useState('')
  const adopted = new Map(measures.filter((m) => m.catalogueKey).map((m) => [m.catalogueKey, m]))

  const onAdopt = (entry: CatalogueMeasure) => {
    adopt.mutate(
      { productId: product.id, key: entry.key },
      { onSuccess: (m) => setAnnouncement(`Adopted “${m.name}”: ${AREA_LABELS[m.area]} now counts it.`) }
    )
  }

  return (
    <section className="card ebm-catalogue" aria-labelledby="ebm-catalogue-title">
      <h2 id="ebm-catalogue-title">Catalogue of example measures</h2>
      <p className="muted small">
        Examples of Key Value Measures for each area. Adopt the ones that would change a decision you make; a measure
        nobody acts on is noise.
      </p>
      <fieldset className="ebm-segmented">
        <legend className="visually-hidden">Show the area</legend>
        {(['all', ...KEY_VALUE_AREAS] as const).map((a) => (
          <label key={a} className={area === a ? 'checked' : undefined}>
            <input type="radio" name="ebm-catalogue-area" value={a} checked={area === a} onChange={() => setArea(a)} />
            {a === 'all' ? 'All areas' : AREA_LABELS[a]}
          </label>
        ))}
      </fieldset>
      <div role="status" className="ebm-announcement">
        {announcement}
      </div>
      <ErrorMessage error={adopt.error} />
      {catalogue.isPending && <p className="muted">Loading the catalogue…</p>}
      {catalogue.error && <ErrorMessage error={catalogue.error} />}
      {catalogue.data
        ?.filter((group) => area === 'all' || group.area === area)
        .map((group) => (
          <section key={group.area} className="ebm-catalogue-area" aria-labelledby={`ebm-catalogue-${group.area}`}>
            <h3 id={`ebm-catalogue-${group.area}`}>{group.label}</h3>
            <p className="muted small">{group.question}</p>
            <ul className="ebm-catalogue-list">
              {group.measures.map((entry) => {
                const mine = adopted.get(entry.key)
                return (
                  <li key={entry.key} className="ebm-catalogue-entry">
                    <div>
                      <h4>{entry.name}</h4>
                      <p>{entry.description}</p>
                      <p className="muted small">
                        {CATEGORY_LABELS[entry.category]}: {entry.why}
                      </p>
                      <p className="ebm-tags">
                        {entry.unit && <span className="ebm-chip">{entry.unit}</span>}
                        <span className="ebm-chip">{DIRECTION_LABELS[entry.direction]}</span>
                        <span className="ebm-chip">{INDICATOR_LABELS[entry.indicator]}</span>
                        <span className="ebm-chip">{CATEGORY_LABELS[entry.category]}</span>
                        {entry.automaticSource && <span className="ebm-chip auto">computed from your backlog</span>}
                      </p>
                    </div>
                    {mine ? (
                      <Link
                        href={measureLink(mine.id)}
                        className="ebm-adopted"
                        aria-label={`${entry.name}: adopted, open it`}
                      >
                        Adopted ✓
                      </Link>
                    ) : (
                      <button
                        type="button"
                        aria-label={`Adopt ${entry.name}`}
                        disabled={adopt.isPending}
                        onClick={() => onAdopt(entry)}
                      >
                        Adopt
                      </button>
                    )}
                  </li>
                )
              })}
            </ul>
          </section>
        ))}
    </section>
  )
}
