import { useState, type FormEvent } from 'react'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { readPickedText } from '@renderer/ui/readPickedText'
import { useEbmWrite } from '../queries'
import { formatCount } from '../shape/format'

interface CsvImportProps {
  productId: number
  /** Import into this measure (columns date,value[,note]); without it rows name their measure. */
  measureId?: number
  idPrefix: string
}

/** Paste or pick a CSV file; the server takes all rows or none and names the line that stopped it. */
export function CsvImport({ productId, measureId, idPrefix }: CsvImportProps) {
  const [csv, setCsv] = useState('')
  const [result, setResult] = useState('')
  const [readError, setReadError] = useState<unknown>(null)
  const run = useEbmWrite(productId, 'ebm.values.import')
  const header = measureId === undefined ? 'measure,date,value' : 'date,value'

  const edited = () => {
    setResult('')
    setReadError(null)
    if (run.error) run.reset()
  }

  const readFile = async (file: File | undefined) => {
    if (!file) return
    edited()
    await readPickedText(file).then(setCsv, setReadError)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    run.mutate(
      { productId, csv, ...(measureId === undefined ? {} : { measureId }) },
      {
        onSuccess: (r) => {
          setCsv('')
          const replaced = r.replaced > 0 ? `, ${formatCount(r.replaced, 'value')} replaced` : ''
          setResult(
            `Imported ${formatCount(r.added, 'new value')}${replaced}${r.measures.length > 1 ? ` into ${r.measures.join(', ')}` : ''}.`
          )
        }
      }
    )
  }

  return (
    <form className="ebm-form ebm-csv" onSubmit={submit} aria-label="Import values from CSV">
      <p className="muted small">
        A header row <code>{header}</code> (a <code>note</code> column may follow), then one row per value with its date
        as YYYY-MM-DD. Either every row goes in or none does; a value on a day that already has one replaces it.
      </p>
      <div className="field">
        <label htmlFor={`${idPrefix}-csv`}>CSV text</label>
        <textarea
          id={`${idPrefix}-csv`}
          rows={5}
          value={csv}
          spellCheck={false}
          placeholder={`${header}\n${measureId === undefined ? 'Customer satisfaction,' : ''}2026-01-31,7.4`}
          onChange={(e) => {
            edited()
            setCsv(e.target.value)
          }}
        />
      </div>
      <div className="field-row ebm-csv-actions">
        <div className="field">
          <label htmlFor={`${idPrefix}-csv-file`}>Or read a file</label>
          <input
            id={`${idPrefix}-csv-file`}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </div>
        <button type="submit" className="primary" disabled={run.isPending || csv.trim() === ''}>
          {run.isPending ? 'Importing…' : 'Import values'}
        </button>
      </div>
      {readError !== null && <ErrorMessage error={readError} />}
      <ErrorMessage error={run.error} />
      <p role="status" className="ebm-announcement">
        {result}
      </p>
    </form>
  )
}
