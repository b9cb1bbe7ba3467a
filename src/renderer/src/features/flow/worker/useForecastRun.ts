import { useCallback, useEffect, useRef, useState } from 'react'
import { runForecastPool, type PoolRun, type StartWorker } from '@shared/domain/flow'
import { planJob, type FlowJob, type JobResult } from './jobs'

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; fraction: number }
  | { status: 'done'; result: JobResult }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }

const startWebWorker: StartWorker = (listen, fail) => {
  const worker = new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event) => listen(event.data)
  worker.onerror = (event) => fail(new Error(event.message || 'The forecast worker stopped unexpectedly.'))
  return { run: (task) => worker.postMessage(task), terminate: () => worker.terminate() }
}

/**
 * Runs forecast jobs off the UI thread on a Web Worker per core, one job at a time. Starting a run
 * while one is going replaces it; cancelling terminates the workers, so a million-trial run stops
 * at once.
 */
export function useForecastRun() {
  const [state, setState] = useState<RunState>({ status: 'idle' })
  const poolRef = useRef<PoolRun | null>(null)

  const stop = useCallback(() => {
    poolRef.current?.cancel()
    poolRef.current = null
  }, [])

  useEffect(() => stop, [stop])

  const run = useCallback(
    (job: FlowJob) => {
      stop()
      const planned = planJob(job)
      if (!('requests' in planned)) {
        setState({ status: 'done', result: planned })
        return
      }
      setState({ status: 'running', fraction: 0 })
      const pool = runForecastPool(planned.requests, {
        cores: navigator.hardwareConcurrency || 1,
        start: startWebWorker,
        onProgress: (done, total) => {
          if (poolRef.current === pool) setState({ status: 'running', fraction: done / total })
        }
      })
      poolRef.current = pool
      // A replaced or cancelled run's answer, or its cancellation, changes nothing.
      pool.outcomes.then(
        (outcomes) => {
          if (poolRef.current !== pool) return
          poolRef.current = null
          setState({ status: 'done', result: planned.finish(outcomes) })
        },
        (error: Error) => {
          if (poolRef.current !== pool) return
          poolRef.current = null
          setState({ status: 'failed', message: error.message })
        }
      )
    },
    [stop]
  )

  const cancel = useCallback(() => {
    stop()
    setState({ status: 'cancelled' })
  }, [stop])

  return { state, run, cancel }
}
