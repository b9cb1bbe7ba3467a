import { useState } from 'react'
import type { EmpathyMap, Persona } from '@shared/api/methods/personas'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'
import { notify } from '@renderer/ui/toastStore'
import { useCustomersWrite } from '../queries'
import { PersonaAvatar } from './PersonaAvatar'

const BOXES: readonly { field: keyof EmpathyMap; label: string; hint: string }[] = [
  { field: 'says', label: 'Says', hint: 'Words they use, out loud.' },
  { field: 'thinks', label: 'Thinks', hint: 'What occupies them, but they might not say.' },
  { field: 'does', label: 'Does', hint: 'Actions and behaviour you can observe.' },
  { field: 'feels', label: 'Feels', hint: 'Emotions: what worries or excites them.' },
  { field: 'pains', label: 'Pains', hint: 'Fears, frustrations, obstacles.' },
  { field: 'gains', label: 'Gains', hint: 'Wants, needs, measures of success.' }
]

/** The classic empathy map: four quadrants around the persona, pains and gains underneath. */
export function EmpathyMapEditor({ productId, persona }: { productId: number; persona: Persona }) {
  const [map, setMap] = useState(persona.empathy)
  const update = useCustomersWrite(productId, 'personas.update')
  const dirty = JSON.stringify(map) !== JSON.stringify(persona.empathy)
  return (
    <section className="stack" aria-labelledby={`empathy-${persona.id}`}>
      <h3 id={`empathy-${persona.id}`}>Empathy map of {persona.name}</h3>
      <div className="empathy-map">
        {BOXES.map(({ field, label, hint }) => (
          <TextField
            key={field}
            className={`empathy-box empathy-${field}`}
            label={label}
            hint={hint}
            rows={4}
            value={map[field]}
            onChange={(value) => setMap((m) => ({ ...m, [field]: value }))}
          />
        ))}
        <div className="empathy-centre" aria-hidden="true">
          <PersonaAvatar persona={persona} size="large" />
        </div>
      </div>
      <ErrorMessage error={update.error} />
      <div className="row-actions">
        <button
          type="button"
          className="primary"
          disabled={!dirty || update.isPending}
          onClick={() =>
            update.mutate(
              { id: persona.id, patch: { empathy: map } },
              { onSuccess: () => notify(`Saved the empathy map of ${persona.name}.`) }
            )
          }
        >
          Save empathy map
        </button>
        <button type="button" disabled={!dirty} onClick={() => setMap(persona.empathy)}>
          Discard changes
        </button>
      </div>
    </section>
  )
}
