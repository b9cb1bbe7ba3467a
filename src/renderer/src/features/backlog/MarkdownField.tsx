import { useState } from 'react'
import Markdown, { type Components } from 'react-markdown'
import { safeHref } from './safeLink'

/**
 * Links open outside the app. react-markdown already blanks `javascript:` addresses; a blank or
 * relative one would open the app's own pages, so those are shown as their text.
 */
const components: Components = {
  a: ({ href, children }) => {
    const safe = safeHref(href)
    if (!safe)
      return (
        <span className="unsafe-link" title="PO Studio opens only web and e-mail links">
          {children}
        </span>
      )
    return (
      <a href={safe} target="_blank" rel="noreferrer">
        {children}
      </a>
    )
  }
}

/** A Markdown text area with a preview; react-markdown renders no raw HTML, so the preview is safe. */
export function MarkdownField({
  id,
  label,
  value,
  onChange,
  rows = 8
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  rows?: number
}) {
  const [preview, setPreview] = useState(false)
  return (
    <div className="field markdown-field">
      <div className="markdown-field-head">
        <label htmlFor={id}>{label}</label>
        <div className="segmented" role="group" aria-label={`${label}: write or preview`}>
          <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
            Write
          </button>
          <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
            Preview
          </button>
        </div>
      </div>
      {preview ? (
        <div className="markdown-preview" id={id} tabIndex={0} aria-label={`${label} preview`}>
          {value.trim() ? (
            <Markdown components={components}>{value}</Markdown>
          ) : (
            <p className="muted">Nothing written yet.</p>
          )}
        </div>
      ) : (
        <textarea
          id={id}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder="Markdown: **bold**, lists with -, headings with #"
        />
      )}
    </div>
  )
}
