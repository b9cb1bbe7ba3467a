import { FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type ImportField } from '@shared/domain/import/formats'

/** The column each field comes from: every format's own names to start from, any of them changed here. */
export function MappingStep({
  headers,
  mapping,
  open,
  onChange
}: {
  headers: string[]
  mapping: ColumnMapping
  open: boolean
  onChange: (mapping: ColumnMapping) => void
}) {
  const distinct = [...new Set(headers.filter(Boolean))]
  return (
    <details className="import-step" open={open}>
      <summary>
        <h2 id="import-mapping-heading">Columns</h2>
      </summary>
      <p className="muted">
        The column each field comes from. Only the title is required; a header in another language is mapped here.
      </p>
      <div className="mapping-grid" role="group" aria-labelledby="import-mapping-heading">
        {IMPORT_FIELDS.map((field: ImportField) => (
          <div className="field" key={field}>
            <label htmlFor={`map-${field}`}>{FIELD_LABELS[field]}</label>
            <select
              id={`map-${field}`}
              value={mapping[field] ?? ''}
              onChange={(e) => onChange({ ...mapping, [field]: e.target.value })}
            >
              <option value="">(not imported)</option>
              {distinct.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </details>
  )
}
