import type { ComponentType } from 'react'
import { Route, Switch } from 'wouter'
import { HealthPage } from '@renderer/features/health/HealthPage'
import { ImportPage } from '@renderer/features/import/ImportPage'
import { useCurrentProduct } from '@renderer/features/products/currentProduct'
import { RefinementPage } from '@renderer/features/refinement/RefinementPage'
import { ProductSettingsPage } from '@renderer/features/settings/ProductSettingsPage'
import { StoryMapPage } from '@renderer/features/storymap/StoryMapPage'
import { BacklogPage } from './BacklogPage'
import { PathTabList, PathTabPanel } from '@renderer/ui/Tabs'
import { UndoControls } from './undo/UndoControls'
import '@renderer/styles/refinement.css'
import '@renderer/styles/tabs.css'

/** The views of the Backlog area, each a sub-route (#/backlog/map); one line per view. */
const VIEWS: ReadonlyArray<{ path: string; label: string; page: ComponentType }> = [
  { path: '/', label: 'Items', page: BacklogPage },
  { path: '/map', label: 'Story map', page: StoryMapPage },
  { path: '/refinement', label: 'Refinement', page: RefinementPage },
  { path: '/health', label: 'Health', page: HealthPage },
  { path: '/import', label: 'Import', page: ImportPage },
  { path: '/settings', label: 'Product settings', page: ProductSettingsPage }
]

/** The Backlog area: tabs for its views, undo and redo for every view, and the chosen view. */
export function BacklogArea() {
  const { product } = useCurrentProduct()
  return (
    <div className="backlog-area">
      <div className="backlog-area-bar">
        <PathTabList label="Backlog views" idPrefix="backlog" tabs={VIEWS} />
        {product && <UndoControls key={product.id} productId={product.id} />}
      </div>
      <PathTabPanel idPrefix="backlog" tabs={VIEWS}>
        <Switch>
          {VIEWS.map((view) => (
            <Route key={view.path} path={view.path} component={view.page} />
          ))}
          <Route component={BacklogPage} />
        </Switch>
      </PathTabPanel>
    </div>
  )
}
