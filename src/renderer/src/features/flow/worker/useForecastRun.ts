import { useCallback, useEffect, useRef, useState } from 'react'
import type { ForecastJob, JobResult, WorkerMessage } from './jobs'

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; fraction: number }
  | { status: 'done'; result: JobResult }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }

/**
 * Runs forecast jobs off the UI thread, one at a time. Starting a run while one is going replaces
 * it; cancelling terminates the worker, so a million-trial run stops at once.
 */
export function useForecastRun() {
  const [state, setState] = useState<RunState>({ status: 'idle' })
  const workerRef = useRef<Worker | null>(null)

  const stop = useCallback(() => {
    workerRef.current?.terminate()
    workerRef.current = null
  }, [])

  useEffect(() => stop, [stop])

  const run = useCallback(
    (job: ForecastJob) => {
      stop()
      const worker = new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' })
      workerRef.current = worker
      setState({ status: 'running', fraction: 0 })
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data
        if (message.type === 'progress') {
          setState((current) => (current.status === 'running' ? { status: 'running', fraction: message.fraction } : current))
          return
        }
        stop()
        setState(message.type === 'done' ? { status: 'done', result: message.result } : { status: 'failed', message: message.message })
      }
      worker.onerror = (event) => {
        stop()
        setState({ status: 'failed', message: event.message || 'The forecast worker stopped unexpectedly.' })
      }
      worker.postMessage(job)
    },
    [stop]
  )

  const cancel = useCallback(() => {
    stop()
    setState({ status: 'cancelled' })
  }, [stop])

  return { state, run, cancel }
}
