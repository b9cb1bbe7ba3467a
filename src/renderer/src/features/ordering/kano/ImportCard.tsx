import { useState, type ChangeEvent, type FormEvent } from 'react'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { readPickedText } from '@renderer/ui/readPickedText'
import { useKanoImport } from '../queries'
import { formatCount } from '@shared/domain/format'

const EXAMPLE = `feature,functional,dysfunctional,respondent
Waiting list,like,dislike,R1
Waiting list,expect,dislike,R2`

/** Paste or pick a CSV; the import is all or nothing, and a refusal names the line. */
export function ImportCard({ productId }: { productId: number }) {
  const importCsv = useKanoImport(productId)
  const [csv, setCsv] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const [readError, setReadError] = useState<unknown>(null)

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    setReadError(null)
    if (file) await readPickedText(file).then(setCsv, setReadError)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setDone(null)
    importCsv.mutate(csv, {
      onSuccess: ({ featuresCreated, answersAdded }) => {
        setCsv('')
        setDone(
          `Imported ${formatCount(answersAdded, 'answer')}` +
            (featuresCreated > 0 ? ` and ${formatCount(featuresCreated, 'new feature')}.` : '.')
        )
      }
    })
  }

  return (
    <section className="card" aria-labelledby="kano-import-heading">
      <h2 id="kano-import-heading">Import answers from CSV</h2>
      <p className="muted small">
        Columns <code>feature,functional,dysfunctional</code> and optionally <code>respondent</code>; answers are like,
        expect, neutral, live-with or dislike. Features not surveyed yet are added. If any line is wrong, nothing is
        imported.
      </p>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="kano-csv">CSV text</label>
          <textarea
            id="kano-csv"
            className="csv-input"
            value={csv}
            placeholder={EXAMPLE}
            onChange={(e) => setCsv(e.target.value)}
          />
        </div>
        <div className="undo-bar">
          <input
            type="file"
            aria-label="Read a CSV file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => void readFile(e)}
          />
          <button type="submit" className="primary" disabled={importCsv.isPending || csv.trim() === ''}>
            {importCsv.isPending ? 'Importing…' : 'Import'}
          </button>
        </div>
        {readError !== null && <ErrorMessage error={readError} />}
        {importCsv.error && <ErrorMessage error={importCsv.error} />}
        {done && <p role="status">{done}</p>}
      </form>
    </section>
  )
}
