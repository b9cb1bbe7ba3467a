import { useState } from 'react'
import { WIP_LIMIT_MAX } from '@shared/domain/flow'

/**
 * A WIP limit as typed: empty means no limit, anything else goes to the service as typed (on leaving
 * the field or Enter), so its refusal names the field. Keyed by its saved value, it starts afresh
 * after a save.
 */
export function WipLimitInput({
  label,
  limit,
  onSave
}: {
  label: string
  limit: number | null
  onSave: (wipLimit: number | null) => void
}) {
  const [text, setText] = useState(limit === null ? '' : String(limit))
  const save = () => {
    const wipLimit = text.trim() === '' ? null : Number(text)
    if (wipLimit !== limit) onSave(wipLimit)
  }
  return (
    <input
      className="wip-limit-input"
      type="number"
      inputMode="numeric"
      min={1}
      max={WIP_LIMIT_MAX}
      aria-label={label}
      placeholder="None"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save()
      }}
    />
  )
}
