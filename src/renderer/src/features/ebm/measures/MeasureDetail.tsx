import { useMemo, useState, type FormEvent } from 'react'
import { Link, useLocation } from 'wouter'
import type { Product } from '@shared/api'
import type { MeasureSummary, MeasureValue } from '@shared/api/methods/ebm'
import { AREA_LABELS } from '@shared/domain/ebm/vocabulary'
import { formatValue } from '@shared/domain/ebm/format'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useEbmWrite, useExperiments, useGoals, useValues } from '../queries'
import { CATEGORY_LABELS, DIRECTION_LABELS, INDICATOR_HINTS, INDICATOR_LABELS } from '../shape/labels'
import { formatDay, freshnessText, serverToday } from '../shape/format'
import { goalsOnMeasure } from '../shape/goalTree'
import { shapeTrend } from '../shape/trend'
import { CsvImport } from './CsvImport'
import { MeasureForm, draftOf } from './MeasureForm'
import { TrendChart } from './TrendChart'

export function MeasureDetail({ product, measureId }: { product: Product; measureId: number }) {
  const series = useValues(product.id, measureId)
  const goals = useGoals(product.id)
  const experiments = useExperiments(product.id)
  const chart = useMemo(() => {
    if (!series.data) return null
    const m = series.data.measure
    return shapeTrend({
      measureId: m.id,
      unit: m.unit,
      values: series.data.values,
      targetValue: m.targetValue,
      goals: goalsOnMeasure(goals.data ?? [], m.id),
      experiments: experiments.data ?? []
    })
  }, [series.data, goals.data, experiments.data])

  if (series.isPending) return <p className="muted">Loading the measure…</p>
  if (series.error || !chart) {
    return (
      <div className="stack">
        <ErrorMessage error={series.error} />
        <p>
          <Link href="/measures">Back to the measures</Link>
        </p>
      </div>
    )
  }
  const { measure, values } = series.data
  const automatic = measure.automaticSource !== null

  return (
    <div className="ebm-measure">
      <p className="small">
        <Link href="/measures">← All measures</Link>
      </p>
      <header className="ebm-measure-header">
        <h2>{measure.name}</h2>
        <p className="ebm-tags">
          <span className="ebm-chip">{AREA_LABELS[measure.area]}</span>
          {measure.unit && <span className="ebm-chip">{measure.unit}</span>}
          <span className="ebm-chip">{DIRECTION_LABELS[measure.direction]}</span>
          <span className="ebm-chip" title={INDICATOR_HINTS[measure.indicator]}>
            {INDICATOR_LABELS[measure.indicator]}
          </span>
          <span className="ebm-chip">{CATEGORY_LABELS[measure.category]}</span>
          {automatic && <span className="ebm-chip auto">computed from your backlog</span>}
        </p>
        {measure.description && <p>{measure.description}</p>}
        {measure.howMeasured && (
          <p>
            <span className="muted">How it is measured:</span> {measure.howMeasured}
          </p>
        )}
        <p className="muted small">
          {measure.latest
            ? `Latest ${formatValue(measure.latest.value, measure.unit)} on ${formatDay(measure.latest.date)}, `
            : ''}
          {freshnessText(measure.daysSinceLatest)}.
        </p>
      </header>

      <TrendChart title={measure.name} unit={measure.unit} chart={chart} />

      <div className="ebm-measure-columns">
        <div className="stack">
          {automatic ? (
            <section className="card" aria-labelledby="ebm-automatic-note">
              <h2 id="ebm-automatic-note">Computed from your backlog</h2>
              <p>
                The app works these values out from the backlog’s own history every time you look, week by week, so they
                are read-only: finish items on the backlog and the line moves.
              </p>
            </section>
          ) : (
            <>
              <section className="card" aria-labelledby="ebm-add-value-title">
                <h2 id="ebm-add-value-title">Record a value</h2>
                <ValueEntryForm productId={product.id} measure={measure} />
              </section>
              <section className="card" aria-labelledby="ebm-measure-import-title">
                <h2 id="ebm-measure-import-title">Import values from CSV</h2>
                <CsvImport productId={product.id} measureId={measure.id} idPrefix="ebm-measure-import" />
              </section>
            </>
          )}
          <EditMeasure productId={product.id} measure={measure} />
        </div>
        <ValuesTable productId={product.id} measure={measure} values={values} readOnly={automatic} />
      </div>
    </div>
  )
}

function ValueEntryForm({ productId, measure }: { productId: number; measure: MeasureSummary }) {
  const [date, setDate] = useState(() => serverToday(new Date()))
  const [value, setValue] = useState('')
  const [note, setNote] = useState('')
  const [saved, setSaved] = useState('')
  const add = useEbmWrite(productId, 'ebm.values.add')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    add.mutate(
      // An empty or half-typed number reaches the server as NaN, which it refuses with the field's name.
      { measureId: measure.id, date, value: value.trim() === '' ? Number.NaN : Number(value), note },
      {
        onSuccess: (v) => {
          setValue('')
          setNote('')
          setSaved(`Recorded ${formatValue(v.value, measure.unit)} on ${formatDay(v.date)}.`)
        }
      }
    )
  }

  return (
    <form
      className="ebm-form"
      aria-label={`Record a value of ${measure.name}`}
      onSubmit={submit}
      onChange={() => {
        setSaved('')
        if (add.error) add.reset()
      }}
    >
      <div className="field-row">
        <div className="field">
          <label htmlFor="ebm-value-date">Date</label>
          <input id="ebm-value-date" type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ebm-value">Value{measure.unit ? ` (${measure.unit})` : ''}</label>
          <input id="ebm-value" type="number" step="any" value={value} onChange={(e) => setValue(e.target.value)} />
        </div>
        <div className="field grow">
          <label htmlFor="ebm-value-note">Note (optional)</label>
          <input id="ebm-value-note" value={note} autoComplete="off" onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      <ErrorMessage error={add.error} />
      <div>
        <button type="submit" className="primary" disabled={add.isPending}>
          Record value
        </button>
      </div>
      <p role="status" className="ebm-announcement">
        {saved}
      </p>
    </form>
  )
}

function ValuesTable({
  productId,
  measure,
  values,
  readOnly
}: {
  productId: number
  measure: MeasureSummary
  values: readonly MeasureValue[]
  readOnly: boolean
}) {
  const remove = useEbmWrite(productId, 'ebm.values.delete', { inline: false })
  const newestFirst = [...values].reverse()
  return (
    <section className="card ebm-values" aria-labelledby="ebm-values-title">
      <h2 id="ebm-values-title">Values</h2>
      {values.length === 0 ? (
        <p className="muted">
          {readOnly ? 'Nothing to compute yet: no items have been finished.' : 'No values recorded yet.'}
        </p>
      ) : (
        <div className="ebm-scroll ebm-values-scroll" tabIndex={0} role="region" aria-label="Values, newest first">
          <table className="ebm-table">
            <caption className="visually-hidden">Values of {measure.name}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col">Note</th>
                {!readOnly && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((v) => (
                <tr key={v.id ?? v.date}>
                  <td>{formatDay(v.date)}</td>
                  <td className="num">{formatValue(v.value, measure.unit)}</td>
                  <td>{v.note}</td>
                  {!readOnly && (
                    <td>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`Delete the value of ${v.date}`}
                        disabled={remove.isPending || v.id === null}
                        onClick={() => v.id !== null && remove.mutate({ id: v.id })}
                      >
                        ×
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function EditMeasure({ productId, measure }: { productId: number; measure: MeasureSummary }) {
  const update = useEbmWrite(productId, 'ebm.measures.update')
  const remove = useEbmWrite(productId, 'ebm.measures.delete', { inline: false })
  const [confirming, setConfirming] = useState(false)
  const [saved, setSaved] = useState(false)
  const [, navigate] = useLocation()
  return (
    <section className="card" aria-labelledby="ebm-edit-measure-title">
      <details>
        <summary>
          <h2 id="ebm-edit-measure-title" className="ebm-summary-heading">
            Edit or delete the measure
          </h2>
        </summary>
        <MeasureForm
          key={measure.updatedAt}
          idPrefix="ebm-edit-measure"
          initial={draftOf(measure)}
          submitLabel="Save changes"
          pending={update.isPending}
          error={update.error}
          onEdit={() => {
            setSaved(false)
            if (update.error) update.reset()
          }}
          onSubmit={(patch) => update.mutate({ id: measure.id, patch }, { onSuccess: () => setSaved(true) })}
        />
        <p role="status" className="ebm-announcement">
          {saved ? 'Saved.' : ''}
        </p>
        <p>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete measure
          </button>
        </p>
      </details>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${measure.name}”?`}
        message="Its values go with it, and goal targets on it are removed. Experiments that read it must be changed or deleted first."
        confirmLabel="Delete measure"
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(
            { id: measure.id },
            {
              onSuccess: () => {
                notify(`Deleted “${measure.name}”.`)
                navigate('/measures')
              }
            }
          )
        }
      />
    </section>
  )
}
