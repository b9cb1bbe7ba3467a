import { useState } from 'react'
import { Link, useLocation } from 'wouter'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MethodInput, Product } from '@shared/api'
import type { ImportPreview } from '@shared/api/methods/import-export'
import { FIELD_LABELS, IMPORT_FORMAT_LABELS, IMPORT_FORMATS, MAPPABLE_FIELDS, type ImportFormat, type MappableField } from '@shared/domain/import/formats'
import { api } from '@renderer/api'
import { useCurrentProduct } from '@renderer/features/products/currentProduct'
import { NoProducts } from '@renderer/features/products/NoProducts'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { detectFormat } from './detectFormat'
import { PreviewTable } from './PreviewTable'
import '@renderer/styles/import.css'

type Mapping = Partial<Record<MappableField, string>>
type ImportInput = MethodInput<'import.preview'>

/** Import a Jira, Azure DevOps or any CSV export: pick the file, map columns, check the preview, then commit. */
export function ImportPage() {
  const { product, isPending, error } = useCurrentProduct()
  return (
    <div className="page import-page">
      <header className="page-header">
        <h1>
          Import a backlog{product && <span className="muted"> · {product.name}</span>}
        </h1>
        <Link href="/" className="button-link">
          Back to the backlog
        </Link>
      </header>
      <div className="page-body">
        {isPending && <p>Loading…</p>}
        {error && <ErrorMessage error={error} />}
        {!isPending && !product && <NoProducts />}
        {product && <ImportFlow key={product.id} product={product} />}
      </div>
    </div>
  )
}

function ImportFlow({ product }: { product: Product }) {
  const client = useQueryClient()
  const [, navigate] = useLocation()
  const [fileName, setFileName] = useState('')
  const [csv, setCsv] = useState('')
  const [format, setFormat] = useState<ImportFormat>('jira')
  const [target, setTarget] = useState<'this' | 'new'>('this')
  const [newName, setNewName] = useState('')
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined)
  const [states, setStates] = useState<Record<string, string>>({})

  const input = (overrides: Partial<ImportInput> = {}): ImportInput => ({
    ...(target === 'this' ? { productId: product.id } : { newProductName: newName }),
    format,
    csv,
    ...(format === 'csv' && mapping && { mapping }),
    ...(Object.keys(states).length > 0 && { states }),
    ...overrides
  })
  const preview = useMutation({ mutationFn: (i: ImportInput) => api.call('import.preview', i), meta: { inlineErrors: true } })
  const commit = useMutation({
    mutationFn: (i: ImportInput) => api.call('import.commit', i),
    meta: { inlineErrors: true },
    onSuccess: (result) => {
      void client.invalidateQueries()
      notify(`Imported ${fileName}: ${result.created} added, ${result.updated} updated.`)
      if (result.productId === product.id) navigate('/')
    }
  })

  const onFile = async (file: File | undefined) => {
    if (!file) return
    const text = await file.text()
    const detected = detectFormat(text)
    setFileName(file.name)
    setCsv(text)
    setFormat(detected)
    setMapping(undefined)
    setStates({})
    preview.reset()
    commit.reset()
    if (target === 'this' || newName.trim()) preview.mutate(input({ csv: text, format: detected, mapping: undefined, states: undefined }))
  }

  const data = preview.data
  const canPreview = csv !== '' && (target === 'this' || newName.trim() !== '')
  const repreview = (overrides: Partial<ImportInput>) => canPreview && preview.mutate(input(overrides))

  return (
    <div className="import-flow">
      <section className="import-step" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">1. File and destination</h2>
        <div className="import-grid">
          <div className="field">
            <label htmlFor="import-file">CSV file</label>
            <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e.target.files?.[0])} />
          </div>
          <fieldset className="field">
            <legend>Exported from</legend>
            {IMPORT_FORMATS.map((f) => (
              <label key={f} className="radio">
                <input
                  type="radio"
                  name="import-format"
                  value={f}
                  checked={format === f}
                  onChange={() => {
                    setFormat(f)
                    repreview({ format: f, mapping: undefined })
                  }}
                />
                {IMPORT_FORMAT_LABELS[f]}
              </label>
            ))}
          </fieldset>
          <fieldset className="field">
            <legend>Import into</legend>
            <label className="radio">
              <input type="radio" name="import-target" checked={target === 'this'} onChange={() => setTarget('this')} />
              This product ({product.name})
            </label>
            <label className="radio">
              <input type="radio" name="import-target" checked={target === 'new'} onChange={() => setTarget('new')} />
              A new product named
            </label>
            <label htmlFor="import-new-name" className="visually-hidden">
              Name of the new product
            </label>
            <input id="import-new-name" value={newName} disabled={target !== 'new'} onChange={(e) => setNewName(e.target.value)} />
          </fieldset>
        </div>
        <button type="button" disabled={!canPreview || preview.isPending} onClick={() => repreview({})}>
          {preview.isPending ? 'Reading the file…' : 'Preview'}
        </button>
      </section>

      {preview.error && <ErrorMessage error={preview.error} />}

      {data && format === 'csv' && (
        <MappingStep
          headers={data.headers}
          mapping={mapping ?? (data.mapping as Mapping)}
          onChange={(next) => {
            setMapping(next)
            repreview({ mapping: next })
          }}
        />
      )}

      {data && (data.unknownStates.length > 0 || Object.keys(states).length > 0) && (
        <StatesStep
          preview={data}
          chosen={states}
          onChange={(next) => {
            setStates(next)
            repreview({ states: next })
          }}
        />
      )}

      {data && (
        <section className="import-step" aria-labelledby="import-preview-heading">
          <h2 id="import-preview-heading">{format === 'csv' ? '4' : '2'}. Preview</h2>
          <p role="status" className="import-summary">
            {data.rows.length} {data.rows.length === 1 ? 'row' : 'rows'}: {data.counts.create} to add, {data.counts.update} to update
            {data.counts.errors > 0 && <strong className="import-errors-count"> · {data.counts.errors} {data.counts.errors === 1 ? 'error' : 'errors'}</strong>}
            {data.counts.warnings > 0 && ` · ${data.counts.warnings} ${data.counts.warnings === 1 ? 'warning' : 'warnings'}`}
          </p>
          <PreviewTable preview={data} />
          {commit.error && <ErrorMessage error={commit.error} />}
          <div className="import-actions">
            <button
              type="button"
              className="primary"
              disabled={data.counts.errors > 0 || data.rows.length === 0 || commit.isPending}
              onClick={() => commit.mutate(input())}
            >
              {commit.isPending ? 'Importing…' : `Import ${data.rows.length} ${data.rows.length === 1 ? 'item' : 'items'}`}
            </button>
            {data.counts.errors > 0 && <span className="muted">Fix the errors in the file (or the mapping) first: an import is all or nothing.</span>}
          </div>
        </section>
      )}
    </div>
  )
}

function MappingStep({ headers, mapping, onChange }: { headers: string[]; mapping: Mapping; onChange: (mapping: Mapping) => void }) {
  return (
    <section className="import-step" aria-labelledby="import-mapping-heading">
      <h2 id="import-mapping-heading">2. Columns</h2>
      <p className="muted">Choose the column each field comes from. Only the title is required.</p>
      <div className="mapping-grid">
        {MAPPABLE_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`map-${field}`}>{FIELD_LABELS[field]}</label>
            <select
              id={`map-${field}`}
              value={mapping[field] ?? ''}
              onChange={(e) => {
                const { [field]: _dropped, ...rest } = mapping
                onChange(e.target.value ? { ...rest, [field]: e.target.value } : rest)
              }}
            >
              <option value="">(not imported)</option>
              {headers.map((header, index) => (
                <option key={`${header}-${index}`} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </section>
  )
}

function StatesStep({ preview, chosen, onChange }: { preview: ImportPreview; chosen: Record<string, string>; onChange: (states: Record<string, string>) => void }) {
  return (
    <section className="import-step" aria-labelledby="import-states-heading">
      <h2 id="import-states-heading">3. Statuses</h2>
      <p className="muted">These statuses match no state of the product. Choose where their items go.</p>
      <div className="mapping-grid">
        {[...new Set([...preview.unknownStates, ...Object.keys(chosen)])].map((status) => (
          <div className="field" key={status}>
            <label htmlFor={`state-${status}`}>“{status}”</label>
            <select id={`state-${status}`} value={chosen[status] ?? ''} onChange={(e) => onChange({ ...chosen, [status]: e.target.value })}>
              <option value="">{preview.stateNames[0]} (first state)</option>
              {preview.stateNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </section>
  )
}
