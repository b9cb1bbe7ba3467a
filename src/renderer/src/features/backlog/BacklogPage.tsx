import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import type { BacklogListItem, Product } from '@shared/api'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { requestFocus } from '@renderer/ui/focusRequests'
import { useCurrentProduct } from '@renderer/features/products/currentProduct'
import { NoProducts } from '@renderer/features/products/NoProducts'
import { BacklogFilterBar } from '@renderer/features/search/BacklogFilterBar'
import { useTeams } from '@renderer/features/teams/queries'
import { teamNamer } from '@renderer/features/teams/shape'
import { AddItemForm } from './AddItemForm'
import { BacklogList, type BacklogListHandle, type MoveTarget } from './BacklogList'
import { ItemDetail } from './ItemDetail'
import { applyMove, planMove } from './moves'
import { useBacklog, useDeleteItem, useLatestItems, useMoveItem, useWorkflow } from './queries'
import { useItemFromAddress } from './useItemFromAddress'
import { Splitter } from '@renderer/ui/Splitter'
import { usePreference } from '@renderer/ui/storage'
import { formatCount, formatNumber } from '@shared/domain/format'

/** The detail panel's width in pixels, kept between visits; the list keeps the rest. */
const DETAIL_WIDTH_KEY = 'po-studio.detail-width'
const DETAIL_DEFAULT = 400
const DETAIL_MIN = 320
const DETAIL_MAX = 760

export function BacklogPage() {
  const { product, isPending, error } = useCurrentProduct()
  if (isPending) return <PageFrame title="Product Backlog">Loading…</PageFrame>
  if (error)
    return (
      <PageFrame title="Product Backlog">
        <ErrorMessage error={error} />
      </PageFrame>
    )
  if (!product)
    return (
      <PageFrame title="Product Backlog">
        <NoProducts />
      </PageFrame>
    )
  return <BacklogView key={product.id} product={product} />
}

function PageFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <div className="page-body">{children}</div>
    </div>
  )
}

function BacklogView({ product }: { product: Product }) {
  const backlog = useBacklog(product.id)
  const workflow = useWorkflow(product.id)
  const teams = useTeams(product.id).data
  const move = useMoveItem(product.id)
  const latestItems = useLatestItems(product.id)
  const remove = useDeleteItem(product.id)
  const [matches, setMatches] = useState<ReadonlySet<number> | null>(null)
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const listRef = useRef<BacklogListHandle>(null)

  const items = backlog.data
  const allIds = useMemo(() => (items ?? []).map((i) => i.id), [items])
  const positions = useMemo(() => new Map(allIds.map((id, index) => [id, index + 1])), [allIds])
  const visible = useMemo(
    () => (matches ? (items ?? []).filter((i) => matches.has(i.id)) : (items ?? [])),
    [items, matches]
  )
  const states = useMemo(() => new Map((workflow.data ?? []).map((s) => [s.id, s])), [workflow.data])
  // The Team column shows once the product has teams; without them it works as one team.
  const teamName = useMemo(() => (teams && teams.length > 0 ? teamNamer(teams) : undefined), [teams])
  const selected = selectedId === null ? undefined : items?.find((i) => i.id === selectedId)
  const isEmpty = items?.length === 0

  useEffect(() => {
    if (isEmpty) requestFocus('add-item')
  }, [isEmpty])

  const openFromAddress = useCallback((id: number) => {
    setSelectedId(id)
    listRef.current?.revealItem(id)
  }, [])
  useItemFromAddress(items, openFromAddress)

  // Reads the cache, not this render's props: with a key held down, the next move arrives before
  // React has re-rendered, and it must start from the order the previous move left.
  const onMove = (id: number, target: MoveTarget): number | null => {
    const latest = latestItems()
    const latestVisible = latest.filter((i) => !matches || matches.has(i.id)).map((i) => i.id)
    const from = latestVisible.indexOf(id)
    const to = 'delta' in target ? from + target.delta : latestVisible.indexOf(target.overId)
    const plan = planMove(
      latest.map((i) => i.id),
      latestVisible,
      from,
      to
    )
    if (!plan) return null
    move.mutate(plan)
    const newPosition = applyMove(latest, plan).findIndex((i) => i.id === id) + 1
    const title = latest.find((i) => i.id === id)?.title ?? ''
    setAnnouncement(`Moved “${title}” to position ${formatNumber(newPosition)} of ${formatNumber(latest.length)}.`)
    return to
  }

  // Focus goes to the row that takes the deleted one's place, so keyboard work can go on.
  const onDelete = (item: BacklogListItem) => {
    const index = visible.findIndex((i) => i.id === item.id)
    const next = visible[index + 1] ?? visible[index - 1]
    if (item.id === selectedId) setSelectedId(null)
    remove.mutate(item)
    if (next) listRef.current?.focusItem(next.id)
  }

  const closeDetail = () => {
    if (selectedId !== null) listRef.current?.focusItem(selectedId)
    setSelectedId(null)
  }

  const [storedWidth, storeWidth] = usePreference(DETAIL_WIDTH_KEY)
  const detailWidth = Number(storedWidth) || DETAIL_DEFAULT
  const setDetailWidth = (width: number) => storeWidth(String(width))

  return (
    <div className="page backlog-page">
      <header className="page-header">
        <h1>
          Product Backlog <span className="muted">· {product.name}</span>
        </h1>
        {items && (
          <p className="muted small" aria-live="polite">
            {matches
              ? `${formatNumber(visible.length)} of ${formatCount(items.length, 'item')}`
              : formatCount(items.length, 'item')}
          </p>
        )}
      </header>
      <div className="backlog-toolbar">
        <AddItemForm productId={product.id} onAdded={(item) => listRef.current?.revealItem(item.id)} />
      </div>
      <BacklogFilterBar
        productId={product.id}
        items={items ?? []}
        states={workflow.data ?? []}
        teams={teams ?? []}
        onMatches={setMatches}
      />
      <div className="backlog-main" style={{ '--detail-width': `${detailWidth}px` } as CSSProperties}>
        <section className={`backlog-list-area${teamName ? ' with-teams' : ''}`} aria-label="Backlog items">
          {backlog.isPending && <p className="muted pad">Loading the backlog…</p>}
          {backlog.error && <ErrorMessage error={backlog.error} />}
          {workflow.error && <ErrorMessage error={workflow.error} />}
          {isEmpty && (
            <div className="empty-state">
              <h2>The backlog is empty</h2>
              <p>
                Add the first item above: type a title and press Enter. Items keep the order you give them; drag them by
                the handle or move the focused row with Alt+↑ and Alt+↓.
              </p>
            </div>
          )}
          {items && !isEmpty && visible.length === 0 && (
            <p className="muted pad">No item matches the search and filters.</p>
          )}
          {items && visible.length > 0 && (
            <>
              <div className="backlog-columns" aria-hidden="true">
                <span />
                <span>#</span>
                <span className="column-type">Type</span>
                <span>Title</span>
                {teamName && <span className="column-team">Team</span>}
                <span>Estimate</span>
                <span>Status</span>
              </div>
              <BacklogList
                ref={listRef}
                productId={product.id}
                items={visible}
                positions={positions}
                total={items.length}
                states={states}
                teamName={teamName}
                selectedId={selectedId}
                onOpen={setSelectedId}
                onDelete={onDelete}
                onMove={onMove}
              />
            </>
          )}
        </section>
        {selected && (
          <Splitter
            label="Resize the item details"
            width={detailWidth}
            min={DETAIL_MIN}
            max={DETAIL_MAX}
            onChange={setDetailWidth}
          />
        )}
        {selected && (
          <ItemDetail
            key={selected.id}
            item={selected}
            states={workflow.data ?? []}
            teams={teams ?? []}
            position={positions.get(selected.id) ?? 0}
            onClose={closeDetail}
            onDelete={onDelete}
          />
        )}
      </div>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </div>
  )
}
