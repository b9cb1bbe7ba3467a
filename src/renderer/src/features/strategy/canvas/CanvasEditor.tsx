import { useState } from 'react'
import type { Canvas, CanvasContent, CanvasState } from '@shared/api/methods/strategy'
import { CANVAS_KIND_LABELS, canvasFieldRefs } from '@shared/domain/strategy/canvases'
import { TabList, panelId, tabId } from '@renderer/ui/Tabs'
import { SaveBar } from '@renderer/ui/versions/SaveBar'
import { SaveVersionDialog } from '@renderer/ui/versions/SaveVersionDialog'
import { VersionComparison } from '@renderer/ui/versions/VersionComparison'
import { VersionHistory, type VersionPair } from '@renderer/ui/versions/VersionHistory'
import { useCanvasComparison, useCanvasVersions, useStrategyWrite } from '../queries'
import { CanvasBlocks } from './CanvasBlocks'
import { ValueFitNote } from './ValueFitNote'

const PARTS = [
  { id: 'blocks', label: 'Canvas' },
  { id: 'history', label: 'Versions' }
] as const
type PartId = (typeof PARTS)[number]['id']

interface CanvasEditorProps {
  productId: number
  state: CanvasState
  part: PartId
  onPart: (part: PartId) => void
}

/** The draft of one canvas, saved as a new version with a reason; its versions compare side by side. */
export function CanvasEditor({ productId, state, part, onPart }: CanvasEditorProps) {
  const { canvas } = state
  const [draft, setDraft] = useState<CanvasContent>(state.content)
  const [saving, setSaving] = useState(false)
  const save = useStrategyWrite(productId, 'strategy.canvases.save')
  const dirty = JSON.stringify(draft) !== JSON.stringify(state.content)
  const prefix = `canvas-${canvas.id}-part`
  const what = CANVAS_KIND_LABELS[canvas.kind]

  return (
    <div className="stack">
      <SaveBar
        dirty={dirty}
        latest={canvas.latest}
        onDiscard={() => setDraft(state.content)}
        onSave={() => setSaving(true)}
      />
      <TabList
        label={`Parts of the ${what}`}
        idPrefix={prefix}
        tabs={PARTS}
        selected={part}
        onSelect={(id) => onPart(id as PartId)}
      />
      <div role="tabpanel" id={panelId(prefix, part)} aria-labelledby={tabId(prefix, part)} className="tab-panel stack">
        {part === 'blocks' && (
          <>
            <CanvasBlocks content={draft} onChange={(block, value) => setDraft((d) => ({ ...d, [block]: value }))} />
            {draft.kind === 'vpc' && <ValueFitNote content={draft} />}
          </>
        )}
        {part === 'history' && <CanvasHistory productId={productId} canvas={canvas} />}
      </div>
      <SaveVersionDialog
        title={`Save the ${what}`}
        placeholder="Interviews showed that clubs pay per lane, not per swimmer"
        open={saving}
        onClose={() => setSaving(false)}
        pending={save.isPending}
        error={save.error}
        reset={save.reset}
        onSave={(reason, saved) =>
          save.mutate(
            { canvasId: canvas.id, content: draft, reason },
            { onSuccess: (version) => saved(version.number) }
          )
        }
      />
    </div>
  )
}

function CanvasHistory({ productId, canvas }: { productId: number; canvas: Canvas }) {
  return (
    <VersionHistory
      versions={useCanvasVersions(productId, canvas.id)}
      fieldLabels={new Map(canvasFieldRefs(canvas.kind).map((ref) => [ref.key, ref.label]))}
      emptyText={`Fill a block of the ${CANVAS_KIND_LABELS[canvas.kind]}, then save: each save is kept here with its date and reason.`}
      renderComparison={(pair) => <CanvasComparison productId={productId} pair={pair} />}
    />
  )
}

function CanvasComparison({ productId, pair }: { productId: number; pair: VersionPair }) {
  return <VersionComparison comparison={useCanvasComparison(productId, pair)} />
}
