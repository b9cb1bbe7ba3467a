import { useState } from 'react'
import type { Canvas } from '@shared/api/methods/strategy'
import { CANVAS_KIND_LABELS, type CanvasKind } from '@shared/domain/strategy/canvases'
import { usePersonas } from '@renderer/features/customers/queries'
import { Dialog } from '@renderer/ui/Dialog'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'
import { useStrategyWrite } from '../queries'

interface CanvasFormProps {
  productId: number
  kind: CanvasKind
  /** The canvas to rename; none to start a new one. */
  canvas: Canvas | null
  open: boolean
  onClose: () => void
  onDone: (canvas: Canvas) => void
}

/** Names a canvas and, for a Value Proposition Canvas, the persona it is written for. */
export function CanvasForm({ productId, kind, canvas, open, onClose, onDone }: CanvasFormProps) {
  const [title, setTitle] = useState(canvas?.title ?? '')
  const [personaId, setPersonaId] = useState<number | null>(canvas?.personaId ?? null)
  const create = useStrategyWrite(productId, 'strategy.canvases.create')
  const update = useStrategyWrite(productId, 'strategy.canvases.update')
  const write = canvas ? update : create
  const what = CANVAS_KIND_LABELS[kind]
  const close = () => {
    write.reset()
    onClose()
  }
  const submit = () => {
    const done = { onSuccess: (saved: Canvas) => (onDone(saved), close()) }
    if (canvas) update.mutate({ id: canvas.id, title, ...(kind === 'vpc' ? { personaId } : {}) }, done)
    else create.mutate({ productId, kind, title, personaId: kind === 'vpc' ? personaId : null }, done)
  }
  return (
    <Dialog open={open} title={canvas ? `Rename the ${what}` : `New ${what}`} onClose={close}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <TextField
          label="Title"
          hint="Tell canvases apart: a market, a segment or a date."
          value={title}
          onChange={setTitle}
          required
        />
        {kind === 'vpc' && <PersonaSelect productId={productId} value={personaId} onChange={setPersonaId} />}
        <FormActions
          error={write.error}
          pending={write.isPending}
          submitLabel={canvas ? 'Save' : 'Start the canvas'}
          onCancel={close}
        />
      </form>
    </Dialog>
  )
}

function PersonaSelect({
  productId,
  value,
  onChange
}: {
  productId: number
  value: number | null
  onChange: (id: number | null) => void
}) {
  const personas = usePersonas(productId)
  return (
    <div className="field">
      <label htmlFor="canvas-persona">Persona</label>
      <select
        id="canvas-persona"
        aria-describedby="canvas-persona-hint"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">No persona</option>
        {(personas.data ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.role ? ` (${p.role})` : ''}
          </option>
        ))}
      </select>
      <span id="canvas-persona-hint" className="muted small">
        The persona the customer profile describes; add personas under Customers &amp; Stakeholders.
      </span>
    </div>
  )
}
