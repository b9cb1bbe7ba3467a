import { useState, type FormEvent } from 'react'
import type { MethodInput, Product } from '@shared/api'
import {
  COURSE_TRACKS,
  REPORT_SECTIONS,
  SECTION_TITLES,
  type CourseTrack,
  type ReportSectionId
} from '@shared/domain/report/sections'
import { api } from '@renderer/api'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { saveFile } from '@renderer/ui/saveFile'

type Format = MethodInput<'reports.build'>['format']
type Busy = Format | 'preview' | null

const FORMAT_LABELS: Record<Format, string> = { html: 'Download HTML', pdf: 'Download PDF', md: 'Download Markdown' }

/** Choose what goes in the report, preview it, and download it as HTML, PDF or Markdown. */
export function ExportTab({ product }: { product: Product }) {
  const [sections, setSections] = useState<ReportSectionId[]>([...REPORT_SECTIONS])
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [author, setAuthor] = useState('')
  const [track, setTrack] = useState<CourseTrack | ''>('')
  const [busy, setBusy] = useState<Busy>(null)
  const [error, setError] = useState<unknown>(null)
  const [preview, setPreview] = useState<string | null>(null)

  const toggle = (id: ReportSectionId, on: boolean) =>
    setSections((list) => (on ? [...list, id] : list.filter((s) => s !== id)))

  const build = (format: Format) =>
    api.call('reports.build', {
      productId: product.id,
      sections,
      ...(from || to ? { from, to } : {}),
      author,
      track: track || null,
      format
    })

  const run = (what: Exclude<Busy, null>) => {
    setBusy(what)
    setError(null)
    build(what === 'preview' ? 'html' : what)
      .then((file) => (what === 'preview' ? setPreview(file.content) : saveFile(file)))
      .catch(setError)
      .finally(() => setBusy(null))
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    run('preview')
  }

  return (
    <div className="reports-export">
      <form className="reports-form" onSubmit={onSubmit} aria-label="Report contents">
        <fieldset>
          <legend>Sections</legend>
          {REPORT_SECTIONS.map((id) => (
            <label key={id} className="check">
              <input type="checkbox" checked={sections.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
              {SECTION_TITLES[id]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Period (optional)</legend>
          <p className="muted small">
            Sprints, decisions, forecasts, actions and evidence dated in the period; leave empty for all.
          </p>
          <div className="row">
            <label>
              From
              <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <label>
              To
              <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>Title page</legend>
          <label>
            Author
            <input value={author} maxLength={120} onChange={(e) => setAuthor(e.target.value)} placeholder="Your name" />
          </label>
          <label>
            Course track
            <select value={track} onChange={(e) => setTrack(e.target.value as CourseTrack | '')}>
              <option value="">None</option>
              {COURSE_TRACKS.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <p className="muted small">With a track, the report shows that course&apos;s assignments only.</p>
        </fieldset>
        <div className="actions" role="group" aria-label="Make the report">
          <button
            type="submit"
            className="primary"
            disabled={busy !== null || sections.length === 0}
            aria-busy={busy === 'preview'}
          >
            {busy === 'preview' ? 'Building…' : 'Preview'}
          </button>
          {(['html', 'pdf', 'md'] as const).map((format) => (
            <button
              key={format}
              type="button"
              disabled={busy !== null || sections.length === 0}
              aria-busy={busy === format}
              onClick={() => run(format)}
            >
              {busy === format ? 'Preparing…' : FORMAT_LABELS[format]}
            </button>
          ))}
        </div>
        {sections.length === 0 && <p className="muted small">Choose at least one section.</p>}
        {error !== null && <ErrorMessage error={error} />}
      </form>
      <section className="reports-preview" aria-label="Preview">
        {preview === null ? (
          <p className="muted empty">Choose the sections and press Preview to see the report as your coach will.</p>
        ) : (
          <iframe title="Report preview" sandbox="" srcDoc={preview} />
        )}
      </section>
    </div>
  )
}
