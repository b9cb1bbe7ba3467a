import { useState } from 'react'

/** A form's draft with a setter per field, so each input writes its own field: `set('name')(value)`. */
export function useDraft<D extends object>(initial: D) {
  const [draft, setDraft] = useState<D>(initial)
  const set =
    <K extends keyof D>(key: K) =>
    (value: D[K]) =>
      setDraft((d) => ({ ...d, [key]: value }))
  return { draft, set, setDraft }
}
