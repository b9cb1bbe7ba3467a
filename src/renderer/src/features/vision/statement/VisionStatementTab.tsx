import { useState } from 'react'
import type { Product } from '@shared/api'
import type { VisionContent, VisionState } from '@shared/api/methods/vision'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TabList, panelId, tabId } from '@renderer/ui/Tabs'
import { useVision, useVisionComparison, useVisionVersions, useVisionWrite } from '../queries'
import { BoardEditor } from './BoardEditor'
import { BoxEditor } from './BoxEditor'
import { CanvasEditor } from './CanvasEditor'
import { PitchEditor } from './PitchEditor'
import { SaveBar } from '@renderer/ui/versions/SaveBar'
import { SaveVersionDialog } from '@renderer/ui/versions/SaveVersionDialog'
import { VersionComparison } from '@renderer/ui/versions/VersionComparison'
import { VersionHistory, type VersionPair } from '@renderer/ui/versions/VersionHistory'
import { VISION_FIELD_REFS } from '@shared/domain/vision/content'

const PARTS = [
  { id: 'pitch', label: 'Elevator pitch' },
  { id: 'board', label: 'Vision Board' },
  { id: 'box', label: 'Product Box' },
  { id: 'canvas', label: 'Lean Canvas' },
  { id: 'history', label: 'Versions' }
] as const
type PartId = (typeof PARTS)[number]['id']
const PREFIX = 'vision-part'
const FIELD_LABELS = new Map(VISION_FIELD_REFS.map((ref) => [ref.key, ref.label]))

export function VisionStatementTab({ product }: { product: Product }) {
  const vision = useVision(product.id)
  // Kept here so the chosen part survives the editor's reset after a save.
  const [part, setPart] = useState<PartId>('pitch')
  if (vision.isPending) return <p className="muted">Loading the vision…</p>
  if (vision.error) return <ErrorMessage error={vision.error} />
  // A new saved version resets the draft to what was saved.
  return (
    <VisionEditor
      key={vision.data.latest?.id ?? 0}
      productId={product.id}
      state={vision.data}
      part={part}
      onPart={setPart}
    />
  )
}

interface VisionEditorProps {
  productId: number
  state: VisionState
  part: PartId
  onPart: (part: PartId) => void
}

function VisionEditor({ productId, state, part, onPart }: VisionEditorProps) {
  const [draft, setDraft] = useState<VisionContent>(state.content)
  const [saving, setSaving] = useState(false)
  const save = useVisionWrite(productId, 'vision.save')
  const dirty = JSON.stringify(draft) !== JSON.stringify(state.content)

  const edit =
    <S extends keyof VisionContent>(section: S) =>
    (field: keyof VisionContent[S], value: string) =>
      setDraft((d) => ({ ...d, [section]: { ...d[section], [field]: value } }))

  return (
    <div className="stack">
      <SaveBar
        dirty={dirty}
        latest={state.latest}
        onDiscard={() => setDraft(state.content)}
        onSave={() => setSaving(true)}
      />
      <TabList
        label="Parts of the vision"
        idPrefix={PREFIX}
        tabs={PARTS}
        selected={part}
        onSelect={(id) => onPart(id as PartId)}
      />
      <div role="tabpanel" id={panelId(PREFIX, part)} aria-labelledby={tabId(PREFIX, part)} className="tab-panel">
        {part === 'pitch' && <PitchEditor pitch={draft.pitch} onChange={edit('pitch')} />}
        {part === 'board' && <BoardEditor board={draft.board} onChange={edit('board')} />}
        {part === 'box' && <BoxEditor box={draft.box} onChange={edit('box')} />}
        {part === 'canvas' && <CanvasEditor canvas={draft.canvas} onChange={edit('canvas')} />}
        {part === 'history' && <VisionHistory productId={productId} />}
      </div>
      <SaveVersionDialog
        title="Save the vision"
        placeholder="Interviews showed that parents book, not swimmers"
        open={saving}
        onClose={() => setSaving(false)}
        pending={save.isPending}
        error={save.error}
        reset={save.reset}
        onSave={(reason, saved) =>
          save.mutate({ productId, content: draft, reason }, { onSuccess: (version) => saved(version.number) })
        }
      />
    </div>
  )
}

function VisionHistory({ productId }: { productId: number }) {
  return (
    <VersionHistory
      versions={useVisionVersions(productId)}
      fieldLabels={FIELD_LABELS}
      emptyText="Write the elevator pitch or fill the vision board, then save: each save is kept here with its date and reason."
      renderComparison={(pair) => <VisionComparison productId={productId} pair={pair} />}
    />
  )
}

function VisionComparison({ productId, pair }: { productId: number; pair: VersionPair }) {
  return <VersionComparison comparison={useVisionComparison(productId, pair)} />
}
