import { useState } from 'react'
import { Link, useLocation } from 'wouter'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { fileSizeProblem, type Product } from '@shared/api'
import type { CsvSeparator } from '@shared/domain/csv'
import type { ColumnMapping, ImportFormat } from '@shared/domain/import/formats'
import { api } from '@renderer/api'
import { useCurrentProduct } from '@renderer/features/products/currentProduct'
import { NoProducts } from '@renderer/features/products/NoProducts'
import { ErrorMessage, FormError } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { ImportProgressBar } from './ImportProgressBar'
import { canPreview, importedMessage, importInput, type Answers, type ImportInput } from './importInput'
import { MappingStep } from './MappingStep'
import { PreviewStep } from './PreviewStep'
import { ReadingChoices } from './ReadingChoices'
import { FormatChoice, TargetChoice } from './SourceChoices'
import { hasQuestions, QuestionsStep } from './QuestionsStep'
import { newProgressToken } from './progress'
import { formatOf, loadBytes, type LoadedFile } from './readFile'
import '@renderer/styles/import.css'

/** Import a Jira, Azure DevOps, ActionableAgile or any CSV export: pick the file, answer what it leaves open, check the preview, then commit. */
export function ImportPage() {
  const { product, isPending, error } = useCurrentProduct()
  return (
    <div className="page import-page">
      <header className="page-header">
        <h1>Import a backlog{product && <span className="muted"> · {product.name}</span>}</h1>
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

const NO_ANSWERS: Answers = { states: {}, types: {} }

function ImportFlow({ product }: { product: Product }) {
  const client = useQueryClient()
  const [, navigate] = useLocation()
  const [file, setFile] = useState<LoadedFile | null>(null)
  const [separator, setSeparator] = useState<CsvSeparator | undefined>(undefined)
  const [format, setFormat] = useState<ImportFormat>('jira')
  const [target, setTarget] = useState<'this' | 'new'>('this')
  const [newName, setNewName] = useState('')
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined)
  const [answers, setAnswers] = useState<Answers>(NO_ANSWERS)
  const [tooLarge, setTooLarge] = useState<string | null>(null)
  // Names the latest preview or commit, to show how far a large file has come.
  const [progressToken, setProgressToken] = useState('')
  const tracked = (i: ImportInput): ImportInput => {
    const token = newProgressToken()
    setProgressToken(token)
    return { ...i, progressToken: token }
  }

  const text = file?.decoded.ok ? file.decoded.decoded.text : ''
  const input = (overrides: Partial<ImportInput> = {}) =>
    importInput({ productId: product.id, target, newName, format, csv: text, separator, mapping, answers }, overrides)
  const preview = useMutation({
    mutationFn: (i: ImportInput) => api.call('import.preview', i),
    meta: { inlineErrors: true }
  })
  const commit = useMutation({
    mutationFn: (i: ImportInput) => api.call('import.commit', i),
    meta: { inlineErrors: true },
    onSuccess: (result) => {
      void client.invalidateQueries()
      notify(importedMessage(file?.name ?? 'the file', result))
      if (result.productId === product.id) navigate('/')
    }
  })

  const repreview = (overrides: Partial<ImportInput>) => {
    const next = input(overrides)
    if (canPreview(next)) preview.mutate(tracked(next))
  }

  const load = (loaded: LoadedFile) => {
    setFile(loaded)
    setSeparator(undefined)
    setFormat(loaded.format)
    setMapping(undefined)
    setAnswers(NO_ANSWERS)
    preview.reset()
    commit.reset()
    const csv = loaded.decoded.ok ? loaded.decoded.decoded.text : ''
    repreview({
      csv,
      format: loaded.format,
      separator: undefined,
      mapping: undefined,
      dateOrder: undefined,
      states: undefined,
      types: undefined
    })
  }
  const onFile = async (chosen: File | undefined) => {
    if (!chosen) return
    // Refused by its size, before a byte of it is read.
    const problem = fileSizeProblem(chosen.size)
    setTooLarge(problem && `${chosen.name}: ${problem}.`)
    if (problem) {
      setFile(null)
      preview.reset()
      commit.reset()
      return
    }
    load(loadBytes(chosen.name, new Uint8Array(await chosen.arrayBuffer())))
  }

  const data = preview.data
  const answer = (next: Answers) => {
    setAnswers(next)
    repreview({ dateOrder: next.dateOrder, states: next.states, types: next.types })
  }

  return (
    <div className="import-flow">
      <section className="import-step" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">File and destination</h2>
        <div className="import-grid">
          <div className="field">
            <label htmlFor="import-file">CSV file</label>
            <input
              id="import-file"
              type="file"
              accept=".csv,.tsv,.txt,text/csv"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
            {tooLarge && <FormError>{tooLarge}</FormError>}
            {file && (
              <ReadingChoices
                file={file}
                separator={separator ?? data?.separator}
                onEncoding={(encoding) => load(loadBytes(file.name, file.bytes, encoding))}
                onSeparator={(next) => {
                  setSeparator(next)
                  const nextFormat = file.decoded.ok ? formatOf(file.decoded, next) : format
                  setFormat(nextFormat)
                  repreview({ separator: next, format: nextFormat })
                }}
              />
            )}
          </div>
          <FormatChoice
            format={format}
            onChange={(f) => {
              setFormat(f)
              setMapping(undefined)
              repreview({ format: f, mapping: undefined })
            }}
          />
          <TargetChoice
            productName={product.name}
            target={target}
            newName={newName}
            onTarget={setTarget}
            onNewName={setNewName}
          />
        </div>
        <button type="button" disabled={!canPreview(input()) || preview.isPending} onClick={() => repreview({})}>
          {preview.isPending ? 'Reading the file…' : 'Preview'}
        </button>
        {preview.isPending && <ImportProgressBar key={progressToken} token={progressToken} />}
      </section>

      {preview.error && <ErrorMessage error={preview.error} />}

      {data && hasQuestions(data, answers) && <QuestionsStep preview={data} answers={answers} onChange={answer} />}

      {data && (
        <MappingStep
          headers={data.headers}
          mapping={mapping ?? data.mapping}
          open={format === 'csv'}
          onChange={(next) => {
            setMapping(next)
            repreview({ mapping: next })
          }}
        />
      )}

      {data && (
        <PreviewStep
          preview={data}
          commitError={commit.error}
          committing={commit.isPending}
          progressToken={progressToken}
          onCommit={() => commit.mutate(tracked(input()))}
        />
      )}
    </div>
  )
}
