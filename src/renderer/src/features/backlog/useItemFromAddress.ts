import { useEffect } from 'react'
import { useLocation, useSearch } from 'wouter'
import type { BacklogListItem } from '@shared/api'

/**
 * Opens the item named by `?item=<id>` in the address (links from other views, such as backlog
 * health, point here) once the backlog has loaded it, then takes the id out of the address so
 * coming back later does not open it again.
 */
export function useItemFromAddress(items: readonly BacklogListItem[] | undefined, open: (id: number) => void): void {
  const search = useSearch()
  const [, navigate] = useLocation()
  const id = Number(new URLSearchParams(search).get('item'))
  const present = items?.some((item) => item.id === id) ?? false
  useEffect(() => {
    if (!present) return
    open(id)
    navigate('~/backlog?', { replace: true })
  }, [id, present, open, navigate])
}
