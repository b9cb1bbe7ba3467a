import type { Persona } from '@shared/api/methods/personas'

/** The persona's picture, or its initials on a tinted disc. */
export function PersonaAvatar({
  persona,
  size = 'medium'
}: {
  persona: Pick<Persona, 'name' | 'initials' | 'picture'>
  size?: 'medium' | 'large'
}) {
  return persona.picture ? (
    <img className={`persona-avatar ${size}`} src={persona.picture} alt={`Picture of ${persona.name}`} />
  ) : (
    <span className={`persona-avatar initials ${size}`} role="img" aria-label={`Initials of ${persona.name}`}>
      {persona.initials}
    </span>
  )
}
