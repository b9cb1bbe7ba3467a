import type { KeyboardEvent, PointerEvent } from 'react'

interface SplitterProps {
  /** Names what the splitter resizes, e.g. "Resize the item details". */
  label: string
  /** The width of the panel to the splitter's right, in pixels. */
  width: number
  min: number
  max: number
  onChange: (width: number) => void
}

/** Keyboard steps: an arrow moves by STEP pixels, with Shift by four times as much. */
const STEP = 24

/**
 * The ARIA window splitter between a list and the panel to its right: drag it, or focus it and use
 * the arrows (← widens the panel), Home and End.
 */
export function Splitter({ label, width, min, max, onChange }: SplitterProps) {
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)))
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? STEP * 4 : STEP
    const next =
      event.key === 'ArrowLeft'
        ? width + step
        : event.key === 'ArrowRight'
          ? width - step
          : event.key === 'Home'
            ? max
            : event.key === 'End'
              ? min
              : null
    if (next === null) return
    event.preventDefault()
    onChange(clamp(next))
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const splitter = event.currentTarget
    const right = splitter.parentElement?.getBoundingClientRect().right ?? window.innerWidth
    splitter.setPointerCapture(event.pointerId)
    const move = (e: globalThis.PointerEvent) => onChange(clamp(right - e.clientX))
    const stop = () => {
      splitter.removeEventListener('pointermove', move)
      splitter.removeEventListener('pointerup', stop)
    }
    splitter.addEventListener('pointermove', move)
    splitter.addEventListener('pointerup', stop)
  }
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(width)}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`${Math.round(width)} pixels wide`}
      tabIndex={0}
      className="splitter"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  )
}
