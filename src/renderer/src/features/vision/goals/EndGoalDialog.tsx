import { useState } from 'react'
import type { ProductGoal } from '@shared/api/methods/goals'
import { Dialog } from '@renderer/ui/Dialog'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'
import { notify } from '@renderer/ui/toastStore'
import { useVisionWrite } from '../queries'

type Ending = 'achieved' | 'abandoned'

interface EndGoalDialogProps {
  productId: number
  goal: ProductGoal | null
  onClose: () => void
}

/** A goal ends as achieved or abandoned, always with a reason: ended goals stay in the history. */
export function EndGoalDialog({ productId, goal, onClose }: EndGoalDialogProps) {
  const canAchieve = goal?.status === 'active'
  const [ending, setEnding] = useState<Ending>(canAchieve ? 'achieved' : 'abandoned')
  const [reason, setReason] = useState('')
  const achieve = useVisionWrite(productId, 'goals.achieve')
  const abandon = useVisionWrite(productId, 'goals.abandon')
  const write = ending === 'achieved' ? achieve : abandon
  if (!goal) return null
  const close = () => {
    achieve.reset()
    abandon.reset()
    onClose()
  }
  return (
    <Dialog open title="End the Product Goal" onClose={close}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          write.mutate(
            { id: goal.id, reason },
            {
              onSuccess: () => {
                notify(`“${goal.title}” ended as ${ending}.`)
                close()
              }
            }
          )
        }}
      >
        <p>
          <strong>{goal.title}</strong>
        </p>
        <fieldset className="choice-group">
          <legend>How did it end?</legend>
          <label className="checkbox">
            <input
              type="radio"
              name="ending"
              checked={ending === 'achieved'}
              disabled={!canAchieve}
              onChange={() => setEnding('achieved')}
            />
            Achieved
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name="ending"
              checked={ending === 'abandoned'}
              onChange={() => setEnding('abandoned')}
            />
            Abandoned
          </label>
        </fieldset>
        {!canAchieve && (
          <p className="muted small">Only the active goal can be achieved; a draft can only be abandoned.</p>
        )}
        <TextField
          label={ending === 'achieved' ? 'What showed it was achieved?' : 'Why is it abandoned?'}
          placeholder={
            ending === 'achieved' ? '72% of bookings were made online in March' : 'The council took over bookings'
          }
          value={reason}
          rows={3}
          onChange={setReason}
        />
        <FormActions
          error={write.error}
          pending={write.isPending}
          submitLabel={ending === 'achieved' ? 'End as achieved' : 'End as abandoned'}
          onCancel={close}
        />
      </form>
    </Dialog>
  )
}
