import { useEffect, useSyncExternalStore } from 'react'
import { usePreference } from '@renderer/ui/storage'

export type Theme = 'light' | 'dark'
const THEME_KEY = 'po-studio.theme'
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)')

function subscribeToSystem(listener: () => void): () => void {
  darkQuery.addEventListener('change', listener)
  return () => darkQuery.removeEventListener('change', listener)
}

/** The stored choice wins; without one the theme follows the system setting. */
export function useTheme(): [Theme, () => void] {
  const [stored, setStored] = usePreference(THEME_KEY)
  const systemDark = useSyncExternalStore(subscribeToSystem, () => darkQuery.matches)
  const theme: Theme = stored === 'light' || stored === 'dark' ? stored : systemDark ? 'dark' : 'light'
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  return [theme, () => setStored(theme === 'dark' ? 'light' : 'dark')]
}
