import { setDisplayLocale } from '@shared/domain/format'
import { usePreference } from '@renderer/ui/storage'

const LOCALE_KEY = 'po-studio.locale'

/**
 * The chosen locale (null: the system's). The formatter is set during render, before any child
 * formats; the shell remounts the page on a change, so memoised rows format again too.
 */
export function useDisplayLocale(): [string | null, (tag: string | null) => void] {
  const [stored, setStored] = usePreference(LOCALE_KEY)
  setDisplayLocale(stored ?? undefined)
  return [stored, setStored]
}
