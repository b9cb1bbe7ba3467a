import { useEffect, type RefObject } from 'react'

/**
 * Shortcuts such as `n` may fire on another page: the request waits until the target field
 * is mounted, then focuses it once.
 */
export type FocusTarget = 'add-item' | 'filter' | 'create-product'

let pending: FocusTarget | null = null
const listeners = new Set<() => void>()

export function requestFocus(target: FocusTarget): void {
  pending = target
  listeners.forEach((l) => l())
}

export function useFocusRequest(target: FocusTarget, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const check = (): void => {
      if (pending === target && ref.current) {
        pending = null
        ref.current.focus()
      }
    }
    check()
    listeners.add(check)
    return () => {
      listeners.delete(check)
    }
  }, [target, ref])
}
