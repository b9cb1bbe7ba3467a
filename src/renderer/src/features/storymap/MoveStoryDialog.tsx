import { useState, type FormEvent } from 'react'
import type { BacklogListItem } from '@shared/api'
import type { StoryMap } from '@shared/api/methods/storymap'
import { Dialog } from '@renderer/ui/Dialog'
import type { Cell } from './grid'

interface MoveStoryDialogProps {
  item: BacklogListItem
  map: StoryMap
  current: Cell | null
  onMove: (cell: Cell | null) => void
  onClose: () => void
}

/** The keyboard way to move a story: choose its step and slice from lists. */
export function MoveStoryDialog({ item, map, current, onMove, onClose }: MoveStoryDialogProps) {
  const firstStep = map.activities.flatMap((a) => a.steps)[0]?.id ?? null
  const [stepId, setStepId] = useState<number | null>(current?.stepId ?? firstStep)
  const [sliceId, setSliceId] = useState<number | null>(current?.sliceId ?? null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onMove(stepId === null ? null : { stepId, sliceId })
    onClose()
  }
  return (
    <Dialog open title={`Move “${item.title}”`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="move-step">Step</label>
          <select
            id="move-step"
            value={stepId ?? ''}
            onChange={(e) => setStepId(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">Not on the map</option>
            {map.activities.map((activity) => (
              <optgroup key={activity.id} label={activity.name}>
                {activity.steps.map((step) => (
                  <option key={step.id} value={step.id}>
                    {step.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="move-slice">Release slice</label>
          <select
            id="move-slice"
            value={sliceId ?? ''}
            disabled={stepId === null}
            onChange={(e) => setSliceId(e.target.value ? Number(e.target.value) : null)}
          >
            {map.slices.map((slice) => (
              <option key={slice.id} value={slice.id}>
                {slice.name}
              </option>
            ))}
            <option value="">No release yet</option>
          </select>
        </div>
        <div className="toolbar">
          <button type="submit" className="primary">
            Move
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  )
}
