import { useState } from 'react'
import { errorText } from '@renderer/api/errors'
import { fileNameFor, htmlDocument, textDataUrl } from './markup'
import { downloadUrl, markupToPng } from './rasterize'

interface ExportButtonsProps {
  /** Names the document and the files. */
  title: string
  /** Builds the markup when a button is pressed, so it reflects what is on screen then. */
  markup: () => string
  /** Width of the PNG in CSS pixels. */
  width: number
}

/** Saves a view as a self-contained HTML file or as a PNG picture. */
export function ExportButtons({ title, markup, width }: ExportButtonsProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const exportHtml = () => {
    setError(null)
    downloadUrl(textDataUrl(htmlDocument(title, markup()), 'text/html'), fileNameFor(title, 'html'))
  }

  const exportPng = async () => {
    setError(null)
    setBusy(true)
    try {
      downloadUrl(await markupToPng(markup(), width), fileNameFor(title, 'png'))
    } catch (e) {
      setError(`Could not draw the picture: ${errorText(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="export-buttons" role="group" aria-label={`Export ${title}`}>
      <button type="button" onClick={exportHtml}>
        Export HTML
      </button>
      <button type="button" onClick={() => void exportPng()} disabled={busy} aria-busy={busy}>
        {busy ? 'Drawing…' : 'Export PNG'}
      </button>
      {error && (
        <p role="alert" className="form-error small">
          {error}
        </p>
      )}
    </div>
  )
}
