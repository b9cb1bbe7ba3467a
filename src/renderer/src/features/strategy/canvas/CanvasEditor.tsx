import { useState } from 'react'
import type { Canvas, CanvasContent, CanvasState } from '@shared/api/methods/strategy'
import { CANVAS_KIND_LABELS, canvasFieldRefs } from '@shared/domain/strategy/canvases'
import { api } from '@renderer/api'
import { TabList, panelId, tabId } from '@renderer/ui/Tabs'
import { SaveBar } from '@renderer/ui/versions/SaveBar'
import { SaveVersionDialog } from '@renderer/ui/versions/SaveVersionDialog'
import { VersionHistory, type VersionPair } from '@renderer/ui/versions/VersionHistory'
import { strategyKeys, useCanvasVersions, useStrategyWrite } from '../queries'
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
        placeholder="Interviews showed that parents book, not swimmers"
        save={save}
        input={(reason) => ({ canvasId: canvas.id, content: draft, reason })}
        open={saving}
        onClose={() => setSaving(false)}
      />
    </div>
  )
}

function CanvasHistory({ productId, canvas }: { productId: number; canvas: Canvas }) {
  return (
    <VersionHistory
      versions={useCanvasVersions(productId, canvas.id)}
      fieldLabels={new Map(canvasFieldRefs(canvas.kind).map((ref) => [ref.key, ref.label]))}
      emptyHint={`Fill a block of the ${CANVAS_KIND_LABELS[canvas.kind]}, then save.`}
      comparison={{
        key: (pair: VersionPair) => strategyKeys.comparison(productId, pair.from, pair.to),
        load: (pair: VersionPair) =>
          api.call('strategy.canvases.compare', { fromVersionId: pair.from, toVersionId: pair.to })
      }}
    />
  )
}
