import { useMemo, useState, type ReactNode } from 'react'
import { Redirect, Route, Switch } from 'wouter'
import type { Product } from '@shared/api'
import { newSeed } from '@shared/domain/flow'
import type { TeamChoice } from '@shared/domain/teams'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useCurrentProduct } from '@renderer/features/products/currentProduct'
import { NoProducts } from '@renderer/features/products/NoProducts'
import { PathTabList, PathTabPanel } from '@renderer/ui/Tabs'
import { BacktestView } from './backtest/BacktestView'
import { BoardView } from './board/BoardView'
import { ForecastView, type ForecastSession } from './forecast/ForecastView'
import { TeamMetricsView } from './metrics/TeamMetricsView'
import { ReleaseView } from './release/ReleaseView'
import { SavedView } from './saved/SavedView'
import { defaultFormValues, type ForecastFormValues } from './shape/forecastForm'
import { openItems } from './shape/release'
import { useFlowData } from './queries'
import { useForecastRun } from './worker/useForecastRun'
import './flow.css'

const TABS = [
  { path: '/metrics', label: 'Metrics' },
  { path: '/board', label: 'Board' },
  { path: '/forecast', label: 'Forecast' },
  { path: '/release', label: 'Release' },
  { path: '/backtest', label: 'Backtest' },
  { path: '/saved', label: 'Saved forecasts' }
] as const

export function FlowPage() {
  const { product, isPending, error } = useCurrentProduct()
  if (isPending) return <PageFrame>Loading…</PageFrame>
  if (error)
    return (
      <PageFrame>
        <ErrorMessage error={error} />
      </PageFrame>
    )
  if (!product)
    return (
      <PageFrame>
        <NoProducts />
      </PageFrame>
    )
  return <FlowView key={product.id} product={product} />
}

function PageFrame({ children }: { children: ReactNode }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Flow &amp; Forecast</h1>
      </header>
      <div className="page-body">{children}</div>
    </div>
  )
}

function FlowView({ product }: { product: Product }) {
  const flow = useFlowData(product.id)
  const runner = useForecastRun()
  const [values, setValues] = useState<ForecastFormValues | null>(null)
  const [ran, setRan] = useState<ForecastSession['ran']>(null)
  const [seed] = useState(newSeed)
  // The Metrics and Board tabs narrow to the same team, so switching tabs keeps the choice.
  const [team, setTeam] = useState<TeamChoice>('all')
  const data = flow.data
  const open = useMemo(() => (data ? openItems(data.items) : []), [data])

  let body: ReactNode
  if (flow.isPending) body = <p className="muted">Loading the flow history…</p>
  else if (flow.error) body = <ErrorMessage error={flow.error} />
  else if (data) {
    const session: ForecastSession = {
      values: values ?? defaultFormValues(data.today, seed),
      setValues,
      runner,
      ran,
      setRan
    }
    body = (
      <Switch>
        <Route path="/metrics">
          <TeamMetricsView productId={product.id} data={data} team={team} onTeam={setTeam} />
        </Route>
        <Route path="/board">
          <BoardView productId={product.id} data={data} team={team} onTeam={setTeam} />
        </Route>
        <Route path="/forecast">
          <ForecastView productId={product.id} data={data} openItems={open} session={session} />
        </Route>
        <Route path="/release">
          <ReleaseView data={data} openItems={open} />
        </Route>
        <Route path="/backtest">
          <BacktestView data={data} />
        </Route>
        <Route path="/saved">
          <SavedView productId={product.id} />
        </Route>
        <Route>
          <Redirect to="/metrics" replace />
        </Route>
      </Switch>
    )
  }

  return (
    <div className="page flow-page">
      <header className="page-header">
        <h1>
          Flow &amp; Forecast <span className="muted">· {product.name}</span>
        </h1>
      </header>
      <div className="flow-tabs">
        <PathTabList label="Flow and forecast views" idPrefix="flow" tabs={TABS} />
      </div>
      <PathTabPanel idPrefix="flow" tabs={TABS}>
        <div className="page-body">{body}</div>
      </PathTabPanel>
    </div>
  )
}
