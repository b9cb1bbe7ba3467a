/// <reference lib="webworker" />
import { runTask, type ForecastTask, type WorkerMessage } from '@shared/domain/flow'

// A forecast Web Worker: runs the tasks the page's pool gives it, one at a time, until terminated.
self.onmessage = (event: MessageEvent<ForecastTask>) =>
  runTask(event.data, (message: WorkerMessage) => self.postMessage(message))
