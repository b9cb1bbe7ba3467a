import type { Influence } from '@shared/api/methods/strategy'
import { CONTROL_LABELS, PREDICTABILITY_LABELS, RATINGS } from '@shared/domain/strategy/influences'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'
import { useDraft } from '@renderer/ui/useDraft'
import { useStrategyWrite } from '../queries'

type Draft = Pick<Influence, 'name' | 'note' | 'predictability' | 'control'>
const EMPTY: Draft = { name: '', note: '', predictability: 3, control: 3 }

interface InfluenceFormProps {
  productId: number
  /** The factor to change; none to add one. */
  influence: Influence | null
  onDone?: () => void
}

/** Adds a factor, or changes `influence`; both ratings are chosen from labelled lists. */
export function InfluenceForm({ productId, influence, onDone }: InfluenceFormProps) {
  const { draft, set, setDraft } = useDraft<Draft>(
    influence
      ? {
          name: influence.name,
          note: influence.note,
          predictability: influence.predictability,
          control: influence.control
        }
      : EMPTY
  )
  const create = useStrategyWrite(productId, 'strategy.influences.create')
  const update = useStrategyWrite(productId, 'strategy.influences.update')
  const write = influence ? update : create
  return (
    <form
      className="toolbar"
      aria-label={influence ? `Change the factor ${influence.name}` : 'Add a factor'}
      onSubmit={(e) => {
        e.preventDefault()
        if (influence) update.mutate({ id: influence.id, patch: draft }, { onSuccess: onDone })
        else create.mutate({ productId, ...draft }, { onSuccess: () => setDraft(EMPTY) })
      }}
    >
      <TextField
        label="Factor"
        placeholder="e.g. Council budget decisions"
        value={draft.name}
        onChange={set('name')}
        required
      />
      <SelectField
        label="Predictability"
        options={RATINGS}
        labels={PREDICTABILITY_LABELS}
        value={draft.predictability}
        onChange={set('predictability')}
      />
      <SelectField
        label="Control"
        options={RATINGS}
        labels={CONTROL_LABELS}
        value={draft.control}
        onChange={set('control')}
      />
      <TextField label="Note" placeholder="What you have seen of it so far" value={draft.note} onChange={set('note')} />
      <button type="submit" className={influence ? 'primary' : undefined} disabled={write.isPending}>
        {influence ? 'Save factor' : 'Add factor'}
      </button>
      <ErrorMessage error={write.error} />
    </form>
  )
}
