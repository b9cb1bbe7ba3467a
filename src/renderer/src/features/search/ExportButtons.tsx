import { useState } from 'react'
import { api } from '@renderer/api'
import { errorText } from '@renderer/api/errors'
import { saveFile } from '@renderer/ui/saveFile'
import { notifyError } from '@renderer/ui/toastStore'

type Format = 'csv' | 'json' | 'markdown'

async function exportFile(productId: number, format: Format) {
  if (format === 'csv') return api.call('export.csv', { productId })
  if (format === 'markdown') return api.call('export.markdown', { productId })
  const document = await api.call('products.export', { productId })
  const name =
    document.product.name
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'product'
  return { fileName: `${name}.json`, mimeType: 'application/json', text: `${JSON.stringify(document, null, 2)}\n` }
}

/** Export the backlog as CSV (for spreadsheets), JSON (the whole product) or Markdown (to read). */
export function ExportButtons({ productId }: { productId: number }) {
  const [busy, setBusy] = useState<Format | null>(null)
  const run = (format: Format) => {
    setBusy(format)
    exportFile(productId, format)
      .then((file) =>
        saveFile({
          content: file.text,
          encoding: 'utf8',
          fileName: file.fileName,
          mimeType: `${file.mimeType};charset=utf-8`
        })
      )
      .catch((error: unknown) => notifyError(`Could not export: ${errorText(error)}`))
      .finally(() => setBusy(null))
  }
  return (
    <div className="export-buttons" role="group" aria-label="Export the backlog">
      <span className="muted small">Export</span>
      {(
        [
          ['csv', 'CSV'],
          ['json', 'JSON'],
          ['markdown', 'Markdown']
        ] as const
      ).map(([format, label]) => (
        <button
          key={format}
          type="button"
          disabled={busy !== null}
          aria-busy={busy === format}
          onClick={() => run(format)}
        >
          {label}
        </button>
      ))}
    </div>
  )
}
