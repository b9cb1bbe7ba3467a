import { useEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
import type { Product } from '@shared/api'
import type { MeasureSummary } from '@shared/api/methods/ebm'
import { AREA_LABELS, KEY_VALUE_AREAS, type KeyValueArea } from '@shared/domain/ebm/vocabulary'
import { formatValue } from '@shared/domain/ebm/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useEbmWrite, useMeasures } from '../queries'
import { CATEGORY_LABELS, INDICATOR_LABELS } from '../shape/labels'
import { freshnessText } from '../shape/format'
import { measureLink } from '../links'
import { CostsPanel } from '../costs/CostsPanel'
import { Catalogue } from './Catalogue'
import { CsvImport } from './CsvImport'
import { EMPTY_MEASURE, MeasureForm } from './MeasureForm'

/** `focusArea` comes from a link such as a blind spot's "find a measure in the catalogue". */
export function MeasuresTab({ product, focusArea }: { product: Product; focusArea?: KeyValueArea | 'all' }) {
  const measures = useMeasures(product.id)
  const catalogueRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focusArea) catalogueRef.current?.scrollIntoView({ block: 'start' })
  }, [focusArea])

  if (measures.isPending) return <p className="muted">Loading the measures…</p>
  if (measures.error) return <ErrorMessage error={measures.error} />
  const list = measures.data

  return (
    <div className="ebm-measures">
      <section className="card" aria-labelledby="ebm-my-measures-title">
        <h2 id="ebm-my-measures-title">Measures of {product.name}</h2>
        {list.length === 0 ? (
          <p>No measures yet. Adopt an example from the catalogue below or describe your own.</p>
        ) : (
          <MeasureTable measures={list} />
        )}
      </section>
      <CostsPanel product={product} />
      <div className="ebm-measures-add">
        <div ref={catalogueRef}>
          <Catalogue key={focusArea ?? 'all'} product={product} measures={list} initialArea={focusArea ?? 'all'} />
        </div>
        <div className="stack">
          <CustomMeasure product={product} />
          <section className="card" aria-labelledby="ebm-import-title">
            <h2 id="ebm-import-title">Import values for several measures</h2>
            <CsvImport productId={product.id} idPrefix="ebm-product-import" />
          </section>
        </div>
      </div>
    </div>
  )
}

function MeasureTable({ measures }: { measures: readonly MeasureSummary[] }) {
  return (
    <div className="ebm-scroll">
      <table className="ebm-table">
        <caption className="visually-hidden">Measures by Key Value Area</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Area</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Latest value
            </th>
            <th scope="col">Freshness</th>
          </tr>
        </thead>
        <tbody>
          {KEY_VALUE_AREAS.flatMap((area) =>
            measures
              .filter((m) => m.area === area)
              .map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link href={measureLink(m.id)}>{m.name}</Link>
                    {m.automaticSource && <span className="ebm-chip auto">automatic</span>}
                  </th>
                  <td>{AREA_LABELS[m.area]}</td>
                  <td>
                    {CATEGORY_LABELS[m.category]} · {INDICATOR_LABELS[m.indicator]}
                  </td>
                  <td className="num">{m.latest ? formatValue(m.latest.value, m.unit) : '—'}</td>
                  <td>{freshnessText(m.daysSinceLatest)}</td>
                </tr>
              ))
          )}
        </tbody>
      </table>
    </div>
  )
}

function CustomMeasure({ product }: { product: Product }) {
  const create = useEbmWrite(product.id, 'ebm.measures.create')
  const [formKey, setFormKey] = useState(0)
  const [created, setCreated] = useState<MeasureSummary | null>(null)
  return (
    <section className="card" aria-labelledby="ebm-custom-title">
      <h2 id="ebm-custom-title">Describe your own measure</h2>
      <MeasureForm
        key={formKey}
        idPrefix="ebm-new-measure"
        initial={EMPTY_MEASURE}
        submitLabel="Add measure"
        pending={create.isPending}
        error={create.error}
        onEdit={() => {
          setCreated(null)
          if (create.error) create.reset()
        }}
        onSubmit={(draft) =>
          create.mutate(
            { productId: product.id, ...draft },
            {
              onSuccess: (m) => {
                setCreated(m)
                setFormKey((k) => k + 1)
              }
            }
          )
        }
      />
      <p role="status" className="ebm-announcement">
        {created && (
          <>
            Added <Link href={measureLink(created.id)}>{created.name}</Link> to {AREA_LABELS[created.area]}.
          </>
        )}
      </p>
    </section>
  )
}
