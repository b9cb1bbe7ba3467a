import { useMemo, useState } from 'react'
import type { FlowData } from '@shared/api/methods/flow'
import { finishDates, isIsoDay, longIdle } from '@shared/domain/flow'
import { formatDay, formatCount } from '../shape/format'
import {
  DEFAULT_WINDOW_DAYS,
  METRICS_WINDOWS,
  agingChart,
  arrivalsChart,
  cumulativeFlowChart,
  cycleTimeScatter,
  finishedInWindow,
  metricsWindow,
  throughputRun,
  type Granularity
} from '../shape/metricsCharts'
import { AgingWipChart } from './AgingWipChart'
import { ArrivalsChart } from './ArrivalsChart'
import { CumulativeFlowChart } from './CumulativeFlowChart'
import { CycleTimeChart } from './CycleTimeChart'
import { SleEditor } from './SleEditor'
import { ThroughputChart } from './ThroughputChart'

/** `sleOwner`: the team whose SLE the charts and the editor show; null for the product's own. */
export function MetricsView({
  productId,
  data,
  sleOwner
}: {
  productId: number
  data: FlowData
  sleOwner: { id: number; name: string } | null
}) {
  const [windowDays, setWindowDays] = useState(DEFAULT_WINDOW_DAYS)
  const [asOf, setAsOf] = useState(data.today)
  const [granularity, setGranularity] = useState<Granularity>('week')
  const window = useMemo(
    () => metricsWindow(isIsoDay(asOf) ? asOf : data.today, windowDays),
    [asOf, data.today, windowDays]
  )
  const finished = finishedInWindow(data.items, window)
  // An imported history often stopped long ago: say so, and offer its last finish as the window's end.
  const idle = useMemo(
    () => longIdle(finishDates(data.items), window.to, windowDays),
    [data.items, window.to, windowDays]
  )
  const charts = useMemo(() => {
    const inProgress = data.states.filter((s) => s.category === 'in_progress').map((s) => s.name)
    return {
      scatter: cycleTimeScatter(data.items, window, data.sle),
      aging: agingChart(data.items, inProgress, data.today, window, data.sle),
      cfd: cumulativeFlowChart(data, window),
      arrivals: arrivalsChart(data.items, window, 'week')
    }
  }, [data, window])
  const throughput = useMemo(() => throughputRun(data.items, window, granularity), [data.items, window, granularity])

  return (
    <section aria-label="Flow metrics" className="flow-section">
      <div className="flow-toolbar">
        <div className="field">
          <label htmlFor="metrics-window">History window</label>
          <select id="metrics-window" value={windowDays} onChange={(e) => setWindowDays(Number(e.target.value))}>
            {METRICS_WINDOWS.map((days) => (
              <option key={days} value={days}>
                Last {days} days
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="metrics-asOf">As of (the window ends here)</label>
          <input
            id="metrics-asOf"
            type="date"
            value={asOf}
            max={data.today}
            onChange={(e) => setAsOf(e.target.value)}
          />
        </div>
        <p className="muted small">
          {formatDay(window.from)} to {formatDay(window.to)}: {formatCount(finished, 'item')} finished.
        </p>
      </div>
      {idle && (
        <div className="notice stack" role="status">
          <p>
            The last item finished on {formatDay(idle.lastFinish)}, {formatCount(idle.idleDays, 'day')} before{' '}
            {formatDay(window.to)}: the charts read as if the team stopped working.
          </p>
          <button type="button" onClick={() => setAsOf(idle.lastFinish)}>
            Show the window up to {formatDay(idle.lastFinish)}
          </button>
        </div>
      )}
      <SleEditor
        key={`${sleOwner?.id}:${data.sle?.percentile}:${data.sle?.days}`}
        productId={productId}
        owner={sleOwner}
        team={data.sle}
        history={charts.scatter.history}
      />
      {finished === 0 ? (
        <div className="empty-state card">
          <h2>No finished work in this window yet</h2>
          <p>
            The charts read the status history of your backlog items: when each one started and when it was done. Finish
            a few items (move them through the workflow to a done state on the Backlog page) and the charts appear here.
            A longer window may already hold some history.
          </p>
        </div>
      ) : (
        <div className="chart-grid">
          <ThroughputChart points={throughput} granularity={granularity} onGranularity={setGranularity} />
          <CycleTimeChart scatter={charts.scatter} window={window} />
          <AgingWipChart chart={charts.aging} />
          <ArrivalsChart chart={charts.arrivals} />
          <CumulativeFlowChart chart={charts.cfd} />
        </div>
      )}
    </section>
  )
}
