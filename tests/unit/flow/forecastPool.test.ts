import { describe, expect, it } from 'vitest'
import {
  Random,
  planHowMany,
  planWhen,
  runForecastPool,
  runTask,
  simulateHere,
  startInProcessWorker,
  type ForecastJob,
  type ForecastRequest,
  type StartWorker
} from '@shared/domain/flow'

function job<J extends ForecastJob>(planned: J | { ok: false; reason: string }): J {
  if ('ok' in planned) throw new Error(planned.reason)
  return planned
}

/** In-process workers that take a random while over each task, so that chunks finish out of order. */
function shuffledWorkers(seed: number): StartWorker {
  const random = new Random(seed)
  return (listen) => {
    let stopped = false
    return {
      run: (task) => void setTimeout(() => stopped || runTask(task, listen), random.nextInt(5)),
      terminate: () => void (stopped = true)
    }
  }
}

const history = [0, 1, 2, 0, 3, 1, 0, 0, 2, 5]
// Eight chunks, the last one short.
const when = job(planWhen({ dailyThroughput: history, items: 8, trials: 370_000, seed: 99 }))
const howMany = job(planHowMany({ dailyThroughput: history, days: 6, trials: 170_000, seed: 4_000_000_000 }))

describe('the forecast pool', () => {
  it.each([1, 2, 3, 7])(
    'gives exactly the same histograms with %i workers, whatever order the chunks finish in',
    async (cores) => {
      const run = runForecastPool(
        [
          { job: when, exact: false },
          { job: howMany, exact: false }
        ],
        { cores, start: shuffledWorkers(cores) }
      )
      expect(run.workers).toBe(cores)
      const [a, b] = await run.outcomes
      expect(a!.forecast).toEqual(simulateHere(when))
      expect(b!.forecast).toEqual(simulateHere(howMany))
    }
  )

  it('reports progress over all requests, never backwards, ending on the total', async () => {
    const seen: [number, number][] = []
    const requests: ForecastRequest[] = [
      { job: when, exact: true },
      { job: howMany, exact: true }
    ]
    const [a, b] = await runForecastPool(requests, {
      cores: 3,
      start: startInProcessWorker,
      onProgress: (done, total) => seen.push([done, total])
    }).outcomes
    expect(seen.every(([, total]) => total === 540_000)).toBe(true)
    expect(seen.map(([done]) => done)).toEqual(seen.map(([done]) => done).sort((x, y) => x - y))
    expect(seen.at(-1)).toEqual([540_000, 540_000])
    expect(a!.exact).toMatchObject({ computed: true })
    expect(b!.exact).toMatchObject({ computed: true })
  })

  it('answers no requests at once, without starting a worker (a backtest with every past date refused)', async () => {
    const run = runForecastPool([], { cores: 2, start: () => expect.unreachable('no worker is needed') })
    expect(run.workers).toBe(0)
    await expect(run.outcomes).resolves.toEqual([])
  })

  it('stops every worker and rejects when one fails', async () => {
    let terminated = 0
    const failing: StartWorker = (listen) => ({
      run: (task) => void setTimeout(() => listen({ type: 'failed', id: task.id, message: 'out of memory' })),
      terminate: () => void terminated++
    })
    await expect(runForecastPool([{ job: when, exact: false }], { cores: 2, start: failing }).outcomes).rejects.toThrow(
      'out of memory'
    )
    expect(terminated).toBe(2)
  })

  it('stops at once when cancelled', async () => {
    let terminated = 0
    const idle: StartWorker = () => ({ run: () => {}, terminate: () => void terminated++ })
    const run = runForecastPool([{ job: when, exact: false }], { cores: 2, start: idle })
    run.cancel()
    await expect(run.outcomes).rejects.toThrow('cancelled')
    expect(terminated).toBe(2)
  })
})
