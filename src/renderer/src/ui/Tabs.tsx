import { useRef, type ComponentType, type KeyboardEvent, type ReactNode } from 'react'
import { Redirect, Route, Switch, useLocation } from 'wouter'
import '@renderer/styles/tabs.css'

export interface TabSpec {
  id: string
  label: string
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`

interface TabListProps {
  /** Names the tab list for screen readers. */
  label: string
  /** Prefixes the element ids, so several tab lists can share a page. */
  idPrefix: string
  tabs: readonly TabSpec[]
  selected: string
  onSelect: (id: string) => void
}

/** The ARIA tabs pattern: one tab stop; arrows, Home and End move between tabs and select them. */
export function TabList({ label, idPrefix, tabs, selected, onSelect }: TabListProps) {
  const refs = useRef(new Map<string, HTMLButtonElement>())

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    const tab = target === null ? undefined : tabs[target]
    if (!tab) return
    event.preventDefault()
    onSelect(tab.id)
    refs.current.get(tab.id)?.focus()
  }

  return (
    <div role="tablist" aria-label={label} className="tabs">
      {tabs.map((tab, index) => {
        const isSelected = tab.id === selected
        return (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el)
              else refs.current.delete(tab.id)
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.id)}
            aria-selected={isSelected}
            aria-controls={panelId(idPrefix, tab.id)}
            tabIndex={isSelected ? 0 : -1}
            className={isSelected ? 'tab active' : 'tab'}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {tab.label}
          </button>
        )
      })}
    </div>
  )
}

export interface RouteTab<P> extends TabSpec {
  panel: ComponentType<P>
}

interface RouteTabsProps<P> {
  label: string
  idPrefix: string
  tabs: readonly RouteTab<P>[]
  panelProps: P
}

/** Tabs that are sub-routes of the page (#/vision/goals), so a tab can be linked to and survives a reload. */
export function RouteTabs<P extends object>({ label, idPrefix, tabs, panelProps }: RouteTabsProps<P>) {
  const [location, navigate] = useLocation()
  const selected = tabs.find((tab) => location === `/${tab.id}`)
  const first = tabs[0]
  return (
    <>
      <TabList
        label={label}
        idPrefix={idPrefix}
        tabs={tabs}
        selected={selected?.id ?? ''}
        onSelect={(id) => navigate(`/${id}`)}
      />
      <Switch>
        {tabs.map((tab) => (
          <Route key={tab.id} path={`/${tab.id}`}>
            <section
              role="tabpanel"
              id={panelId(idPrefix, tab.id)}
              aria-labelledby={tabId(idPrefix, tab.id)}
              className="tab-panel"
            >
              <tab.panel {...panelProps} />
            </section>
          </Route>
        ))}
        {first && (
          <Route>
            <Redirect to={`/${first.id}`} replace />
          </Route>
        )}
      </Switch>
    </>
  )
}

export interface PathTab {
  /** The view's sub-route; '/' is the area's index view. */
  path: string
  label: string
}

interface PathTabsProps {
  label: string
  idPrefix: string
  tabs: readonly PathTab[]
}

const pathTabId = (tab: PathTab) => (tab.path === '/' ? 'index' : tab.path.slice(1))

/** The tab whose view is open, deeper routes included (…/journal/4 is the Journal's); the index view otherwise. */
function usePathTab(tabs: readonly PathTab[]): PathTab | undefined {
  const [location] = useLocation()
  return (
    tabs.find((tab) => tab.path !== '/' && (location === tab.path || location.startsWith(`${tab.path}/`))) ??
    tabs.find((tab) => tab.path === '/')
  )
}

/**
 * Tabs over views that have sub-routes of their own, which a Switch beside them renders inside
 * PathTabPanel. The tab list and the panel are separate so an area can put other controls beside its tabs.
 */
export function PathTabList({ label, idPrefix, tabs }: PathTabsProps) {
  const [, navigate] = useLocation()
  const current = usePathTab(tabs)
  return (
    <TabList
      label={label}
      idPrefix={idPrefix}
      tabs={tabs.map((tab) => ({ id: pathTabId(tab), label: tab.label }))}
      selected={current ? pathTabId(current) : ''}
      onSelect={(id) => {
        const tab = tabs.find((t) => pathTabId(t) === id)
        if (tab) navigate(tab.path)
      }}
    />
  )
}

export function PathTabPanel({ idPrefix, tabs, children }: Omit<PathTabsProps, 'label'> & { children: ReactNode }) {
  const current = usePathTab(tabs)
  if (!current) return <>{children}</>
  return (
    <section
      role="tabpanel"
      id={panelId(idPrefix, pathTabId(current))}
      aria-labelledby={tabId(idPrefix, pathTabId(current))}
      className="tab-panel path-tab-panel"
    >
      {children}
    </section>
  )
}
