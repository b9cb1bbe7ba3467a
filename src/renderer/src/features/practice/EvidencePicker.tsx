import { useState, type FormEvent } from 'react'
import type { Product } from '@shared/api'
import {
  EVIDENCE_KINDS,
  EVIDENCE_KIND_LABELS,
  MAX_EVIDENCE_FILE_BYTES,
  fileTooLargeMessage,
  isLinkedKind,
  type EvidenceKind
} from '@shared/domain/practice'
import { ErrorMessage, FormError } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'
import { notify } from '@renderer/ui/toastStore'
import { useEvidenceSources, usePracticeWrite } from './queries'

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'))
    reader.readAsDataURL(file)
  })

/** Choose a kind, then the specific thing (or write a note, or pick a file), and attach it. */
export function EvidencePicker({ product, entryId }: { product: Product; entryId: number }) {
  const [kind, setKind] = useState<EvidenceKind>('vision')
  const linked = isLinkedKind(kind) ? kind : null
  const sources = useEvidenceSources(product.id, linked)
  const [choice, setChoice] = useState('')
  const [text, setText] = useState('')
  const [title, setTitle] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [localError, setLocalError] = useState<string | null>(null)
  const add = usePracticeWrite(product.id, 'practice.evidence.add')

  const options = sources.data ?? []
  const chosen = choice === '' ? (options.length === 1 ? options[0] : undefined) : options[Number(choice)]

  const reset = () => {
    setChoice('')
    setText('')
    setTitle('')
    setFile(null)
  }
  const done = { onSuccess: () => (reset(), notify('Evidence added.')) }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setLocalError(null)
    if (linked) {
      if (!chosen) return setLocalError('Choose what to link.')
      add.mutate(
        { entryId, kind: linked, ref: chosen.ref ?? undefined, refKey: chosen.refKey ?? undefined, text },
        done
      )
    } else if (kind === 'note') {
      add.mutate({ entryId, kind: 'note', title, text }, done)
    } else {
      if (!file) return setLocalError('Choose a file to attach.')
      if (file.size > MAX_EVIDENCE_FILE_BYTES) return setLocalError(fileTooLargeMessage(file.size))
      add.mutate(
        {
          entryId,
          kind: 'file',
          name: file.name,
          type: file.type || 'application/octet-stream',
          dataBase64: await readBase64(file),
          text
        },
        done
      )
    }
  }

  return (
    <form className="stack practice-picker" onSubmit={(e) => void submit(e)} aria-labelledby="picker-heading">
      <h4 id="picker-heading">Add evidence</h4>
      <div className="field-row">
        <div className="field">
          <label htmlFor="evidence-kind">Kind</label>
          <select
            id="evidence-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as EvidenceKind)
              reset()
              setLocalError(null)
            }}
          >
            {EVIDENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {EVIDENCE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {linked && (
          <div className="field grow">
            <label htmlFor="evidence-source">Which one</label>
            {sources.isPending ? (
              <p className="muted small" id="evidence-source">
                Loading…
              </p>
            ) : options.length === 0 ? (
              <p className="muted small" id="evidence-source">
                There is nothing of this kind in {product.name} yet.
              </p>
            ) : (
              <select id="evidence-source" value={choice} onChange={(e) => setChoice(e.target.value)}>
                {options.length > 1 && <option value="">Choose…</option>}
                {options.map((o, i) => (
                  <option key={i} value={String(i)}>
                    {o.label} — {o.detail}
                  </option>
                ))}
              </select>
            )}
          </div>
        )}
        {kind === 'file' && (
          <div className="field grow">
            <label htmlFor="evidence-file">File (up to {Math.round(MAX_EVIDENCE_FILE_BYTES / 1024 / 1024)} MB)</label>
            <input id="evidence-file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
        )}
      </div>
      {kind === 'note' && <TextField label="Note title" value={title} onChange={setTitle} maxLength={200} />}
      <TextField
        label={kind === 'note' ? 'Note' : 'Your comment (optional)'}
        value={text}
        onChange={setText}
        rows={kind === 'note' ? 4 : 2}
        maxLength={kind === 'note' ? 8000 : 2000}
      />
      <div className="row-actions">
        <button type="submit" className="primary" disabled={add.isPending || (linked !== null && options.length === 0)}>
          {linked ? 'Link evidence' : kind === 'note' ? 'Add note' : 'Attach file'}
        </button>
      </div>
      {localError && <FormError>{localError}</FormError>}
      <ErrorMessage error={add.error} />
      {sources.error && <ErrorMessage error={sources.error} />}
    </form>
  )
}
