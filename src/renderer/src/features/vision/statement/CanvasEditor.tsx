import { VISION_FIELD_LABELS, type CanvasField, type VisionContent } from '@shared/domain/vision/content'
import { TextField } from '@renderer/ui/TextField'

/** Reading order of Maurya's Lean Canvas; the grid areas in CSS put each box in its classic place. */
const BOXES: readonly { field: CanvasField; hint: string }[] = [
  { field: 'problem', hint: 'The top three problems, and how they are solved today.' },
  { field: 'customerSegments', hint: 'Target customers and users; who adopts first?' },
  { field: 'uniqueValueProposition', hint: 'One clear message why you are different and worth attention.' },
  { field: 'solution', hint: 'The top three features that answer the problems.' },
  { field: 'channels', hint: 'How you reach customers.' },
  { field: 'revenueStreams', hint: 'How it earns money: model, lifetime value, margin.' },
  { field: 'costStructure', hint: 'Costs of acquiring customers, running it, people.' },
  { field: 'keyMetrics', hint: 'The few numbers that tell how the business is doing.' },
  { field: 'unfairAdvantage', hint: 'What cannot easily be copied or bought.' }
]

interface CanvasEditorProps {
  canvas: VisionContent['canvas']
  onChange: (field: CanvasField, value: string) => void
}

export function CanvasEditor({ canvas, onChange }: CanvasEditorProps) {
  return (
    <div className="lean-canvas">
      {BOXES.map(({ field, hint }) => (
        <TextField
          key={field}
          className={`canvas-box canvas-${field}`}
          label={VISION_FIELD_LABELS.canvas[field]}
          hint={hint}
          value={canvas[field]}
          rows={5}
          onChange={(value) => onChange(field, value)}
        />
      ))}
    </div>
  )
}
