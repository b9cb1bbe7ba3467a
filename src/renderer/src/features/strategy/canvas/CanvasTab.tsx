import { useState } from 'react'
import type { Product } from '@shared/api'
import type { Canvas } from '@shared/api/methods/strategy'
import { CANVAS_KIND_LABELS, type CanvasKind } from '@shared/domain/strategy/canvases'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useCanvas, useCanvases, useStrategyWrite } from '../queries'
import { CanvasEditor } from './CanvasEditor'
import { CanvasForm } from './CanvasForm'

/** What each kind is for, in our words, shown above it and in its empty state. */
const PURPOSE: Record<CanvasKind, string> = {
  bmc: 'How the product creates, delivers and captures value, in nine blocks. Each save is a version, so the model’s changes stay visible as you learn.',
  vpc: 'One customer’s jobs, pains and gains beside the products, pain relievers and gain creators that answer them. Write one per persona or segment.',
  swot: 'Strengths and weaknesses inside the product and team; opportunities and threats outside it. Each save is dated, so you can see how the picture moved.',
  tech: 'The technical choices behind the total cost of ownership: what drives each cost, how it is kept in check, the debt you carry and what you will retire. Read it beside the cost items on the EBM measures.'
}

/** The canvases of one kind: pick one, edit it, save versions and compare them. */
export function CanvasTab({ product, kind }: { product: Product; kind: CanvasKind }) {
  const canvases = useCanvases(product.id, kind)
  const [chosen, setChosen] = useState<number | null>(null)
  const [form, setForm] = useState<'new' | 'rename' | null>(null)
  const [removing, setRemoving] = useState(false)
  const remove = useStrategyWrite(product.id, 'strategy.canvases.delete')
  const what = CANVAS_KIND_LABELS[kind]
  if (canvases.isPending) return <p className="muted">Loading…</p>
  if (canvases.error) return <ErrorMessage error={canvases.error} />
  const list = canvases.data
  const current = list.find((c) => c.id === chosen) ?? list[0] ?? null
  const formDialog = form && (
    <CanvasForm
      key={form === 'new' ? 'new' : current?.id}
      productId={product.id}
      kind={kind}
      canvas={form === 'rename' ? current : null}
      open
      onClose={() => setForm(null)}
      onDone={(saved) => setChosen(saved.id)}
    />
  )

  if (!current) {
    return (
      <div className="empty-state">
        <h2>No {what} yet</h2>
        <p>{PURPOSE[kind]}</p>
        <button type="button" className="primary" onClick={() => setForm('new')}>
          Start a {what}…
        </button>
        {formDialog}
      </div>
    )
  }

  return (
    <div className="stack">
      <p className="muted small">{PURPOSE[kind]}</p>
      <div className="toolbar">
        <CanvasPicker canvases={list} value={current.id} label={what} onChange={setChosen} />
        {current.personaName && <p className="small">Written for {current.personaName}</p>}
        <span className="grow" />
        <button type="button" onClick={() => setForm('rename')}>
          Rename…
        </button>
        <button type="button" onClick={() => setRemoving(true)}>
          Delete…
        </button>
        <button type="button" onClick={() => setForm('new')}>
          New {what}…
        </button>
      </div>
      <CanvasLoader key={current.id} productId={product.id} canvasId={current.id} />
      {formDialog}
      <ConfirmDialog
        open={removing}
        title={`Delete “${current.title}”?`}
        message={`The ${what} and its ${current.versionCount} saved versions go. Evidence that links a version keeps its snapshot.`}
        confirmLabel="Delete"
        onConfirm={() => remove.mutate({ id: current.id }, { onSuccess: () => setChosen(null) })}
        onClose={() => setRemoving(false)}
      />
    </div>
  )
}

function CanvasPicker({
  canvases,
  value,
  label,
  onChange
}: {
  canvases: readonly Canvas[]
  value: number
  label: string
  onChange: (id: number) => void
}) {
  return (
    <div className="field">
      <label htmlFor="canvas-picker">{label}</label>
      <select id="canvas-picker" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {canvases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
            {c.latest ? ` · version ${c.latest.number}` : ' · not saved yet'}
          </option>
        ))}
      </select>
    </div>
  )
}

function CanvasLoader({ productId, canvasId }: { productId: number; canvasId: number }) {
  const state = useCanvas(productId, canvasId)
  // Kept here so the chosen part survives the editor's reset after a save.
  const [part, setPart] = useState<'blocks' | 'history'>('blocks')
  if (state.isPending) return <p className="muted">Loading the canvas…</p>
  if (state.error) return <ErrorMessage error={state.error} />
  // A new saved version resets the draft to what was saved.
  return (
    <CanvasEditor
      key={state.data.canvas.latest?.id ?? 0}
      productId={productId}
      state={state.data}
      part={part}
      onPart={setPart}
    />
  )
}
