import { parentPort } from 'node:worker_threads'
import { runTask, type ForecastTask } from '@shared/domain/flow'

/**
 * A forecast worker thread (built as its own entry, `out/main/forecast-worker.js`): runs the tasks it
 * is given, one at a time, until the pool terminates it.
 */
const port = parentPort!
port.on('message', (task: ForecastTask) => runTask(task, (message) => port.postMessage(message)))
