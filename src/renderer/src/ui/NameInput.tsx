import { useState } from 'react'

interface NameInputProps {
  label: string
  name: string
  maxLength: number
  /** Called with the new name when the field is left or Enter is pressed, if it changed and is not blank. */
  onRename: (name: string) => void
}

/** A name edited in place, in a table row: saved when the field is left or on Enter. */
export function NameInput({ label, name, maxLength, onRename }: NameInputProps) {
  const [draft, setDraft] = useState(name)
  const save = () => {
    if (draft.trim() && draft.trim() !== name) onRename(draft)
  }
  return (
    <input
      aria-label={label}
      value={draft}
      maxLength={maxLength}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save()
      }}
    />
  )
}
