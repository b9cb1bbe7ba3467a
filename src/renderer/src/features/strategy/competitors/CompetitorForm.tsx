import type { Competitor } from '@shared/api/methods/strategy'
import { Dialog } from '@renderer/ui/Dialog'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'
import { useDraft } from '@renderer/ui/useDraft'
import { useStrategyWrite } from '../queries'

const FIELDS = [
  { key: 'offer', label: 'What they offer', hint: 'The product or service, and to whom.', rows: 3 },
  { key: 'strengths', label: 'Strengths', hint: 'Why customers choose them; one per line.', rows: 3 },
  { key: 'weaknesses', label: 'Weaknesses', hint: 'Where they fall short; one per line.', rows: 3 },
  {
    key: 'positioning',
    label: 'Price and positioning',
    hint: 'What they charge, and where they place themselves in the market.',
    rows: 2
  }
] as const

type Draft = Pick<Competitor, 'name' | (typeof FIELDS)[number]['key']>

interface CompetitorFormProps {
  productId: number
  /** The competitor to edit; none to add one. */
  competitor: Competitor | null
  onClose: () => void
}

export function CompetitorForm({ productId, competitor, onClose }: CompetitorFormProps) {
  const { draft, set } = useDraft<Draft>({
    name: competitor?.name ?? '',
    offer: competitor?.offer ?? '',
    strengths: competitor?.strengths ?? '',
    weaknesses: competitor?.weaknesses ?? '',
    positioning: competitor?.positioning ?? ''
  })
  const create = useStrategyWrite(productId, 'strategy.competitors.create')
  const update = useStrategyWrite(productId, 'strategy.competitors.update')
  const write = competitor ? update : create
  return (
    <Dialog open title={competitor ? `Edit ${competitor.name}` : 'Add a competitor'} onClose={onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          if (competitor) update.mutate({ id: competitor.id, patch: draft }, { onSuccess: onClose })
          else create.mutate({ productId, ...draft }, { onSuccess: onClose })
        }}
      >
        <TextField
          label="Name"
          hint="A product, a company, or the way people manage without one."
          value={draft.name}
          onChange={set('name')}
          required
        />
        {FIELDS.map((field) => (
          <TextField
            key={field.key}
            label={field.label}
            hint={field.hint}
            rows={field.rows}
            value={draft[field.key]}
            onChange={set(field.key)}
          />
        ))}
        <FormActions
          error={write.error}
          pending={write.isPending}
          submitLabel={competitor ? 'Save' : 'Add competitor'}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  )
}
