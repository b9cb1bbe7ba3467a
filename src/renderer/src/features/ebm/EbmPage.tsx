import { Redirect, Route, Switch } from 'wouter'
import type { Product } from '@shared/api'
import { KEY_VALUE_AREAS, type KeyValueArea } from '@shared/domain/ebm/vocabulary'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useCurrentProduct } from '@renderer/features/products/currentProduct'
import { NoProducts } from '@renderer/features/products/NoProducts'
import { PathTabList, PathTabPanel } from '@renderer/ui/Tabs'
import { OverviewTab } from './overview/OverviewTab'
import { MeasuresTab } from './measures/MeasuresTab'
import { MeasureDetail } from './measures/MeasureDetail'
import { GoalsTab } from './goals/GoalsTab'
import { ExperimentsTab } from './experiments/ExperimentsTab'
import '@renderer/styles/ebm.css'

const SECTIONS = [
  { path: '/overview', label: 'Overview' },
  { path: '/measures', label: 'Measures' },
  { path: '/goals', label: 'Goals' },
  { path: '/experiments', label: 'Experiments' }
] as const

export function EbmPage() {
  const { product, isPending, error } = useCurrentProduct()
  return (
    <div className="page ebm-page">
      <header className="page-header">
        <h1>Evidence-Based Management {product && <span className="muted">· {product.name}</span>}</h1>
      </header>
      <div className="page-body">
        {isPending && <p className="muted">Loading…</p>}
        {error && <ErrorMessage error={error} />}
        {!isPending && !error && !product && <NoProducts />}
        {product && <EbmSections key={product.id} product={product} />}
      </div>
    </div>
  )
}

/** The catalogue opened from a link: one area when the link names a real one, otherwise all. */
const adoptArea = (area: string | undefined): KeyValueArea | 'all' => KEY_VALUE_AREAS.find((a) => a === area) ?? 'all'

/** Each section is a sub-route (#/ebm/goals), so it can be linked to and survives a reload. */
function EbmSections({ product }: { product: Product }) {
  return (
    <>
      <PathTabList label="Evidence-Based Management sections" idPrefix="ebm" tabs={SECTIONS} />
      <PathTabPanel idPrefix="ebm" tabs={SECTIONS}>
        <Switch>
          <Route path="/overview">
            <OverviewTab product={product} />
          </Route>
          <Route path="/measures">
            <MeasuresTab product={product} />
          </Route>
          <Route path="/measures/adopt/:area?">
            {(params) => <MeasuresTab product={product} focusArea={adoptArea(params.area)} />}
          </Route>
          <Route path="/measures/:id">
            {(params) => <MeasureDetail key={params.id} product={product} measureId={Number(params.id)} />}
          </Route>
          <Route path="/goals">
            <GoalsTab product={product} />
          </Route>
          <Route path="/experiments">
            <ExperimentsTab product={product} />
          </Route>
          <Route>
            <Redirect to="/overview" replace />
          </Route>
        </Switch>
      </PathTabPanel>
    </>
  )
}
