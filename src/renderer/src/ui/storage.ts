import { useCallback, useSyncExternalStore } from 'react'

/** Preferences kept in localStorage, shared by every component that reads the same key. */
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

export function readPreference(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

export function writePreference(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // Storage can be unavailable (private mode, quota); the preference then lasts the session only.
  }
  listeners.forEach((l) => l())
}

export function usePreference(key: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(subscribe, () => readPreference(key))
  const set = useCallback((next: string | null) => writePreference(key, next), [key])
  return [value, set]
}
