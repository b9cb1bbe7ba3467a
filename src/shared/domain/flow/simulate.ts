import type { ChunkResult, ForecastJob, HowManyJob, WhenJob } from './forecastJob'
import { MAX_FORECAST_DAYS } from './limits'
import { UINT32_SCALE, seedState } from './random'
import { chunkSeed, trialsInChunk } from './trialChunks'

/**
 * The hot loops: one chunk of trials of a forecast. The xoshiro128** steps of random.ts are written
 * out inside the loops with the generator's state in local variables, where the JIT keeps it in
 * registers: drawing through the Random object reads and writes four fields per draw and ran at
 * about 0.4 of this speed. The streams are the same draw for draw (tests/unit/flow/simulate.test.ts).
 */

/** Trials between progress reports inside a chunk; a tenth of a full chunk. */
const PROGRESS_EVERY = 5000

/** Called with the trials of the chunk done so far. */
export type ChunkProgress = (trialsDone: number) => void

// Fractional scope growth leaves rounding dust: the work is done when less than a millionth of an item remains.
const DONE = 1e-6

/** Every possible outcome of a trial, from 0: working days up to ten years, or item totals up to every day at the history's best. */
export function histogramLength(job: ForecastJob): number {
  return job.question === 'when' ? MAX_FORECAST_DAYS + 1 : job.days * Math.max(...job.dailyThroughput) + 1
}

export function runChunk(job: ForecastJob, chunk: number, onProgress?: ChunkProgress): ChunkResult {
  const trials = trialsInChunk(job.trials, chunk)
  const seed = chunkSeed(job.seed, chunk)
  const counts = new Int32Array(histogramLength(job))
  if (job.question === 'when') {
    const { unfinished, draws } = simulateWhen(job, trials, seed, counts, onProgress)
    return { chunk, ...occupiedBins(counts), unfinished, draws }
  }
  simulateHowMany(job, trials, seed, counts, onProgress)
  return { chunk, ...occupiedBins(counts), unfinished: 0, draws: trials * job.days }
}

/** The counts from the first to the last non-zero one: a histogram is narrow, its array is not. */
export function occupiedBins(counts: Int32Array): { firstBin: number; counts: Int32Array } {
  const first = counts.findIndex((c) => c > 0)
  if (first < 0) return { firstBin: 0, counts: new Int32Array(0) }
  return { firstBin: first, counts: counts.slice(first, counts.findLastIndex((c) => c > 0) + 1) }
}

/**
 * "When": each trial draws a day of net throughput (the split rate already taken off) until the
 * remaining work reaches zero, and counts the trial on the day it finished.
 */
function simulateWhen(
  job: WhenJob,
  trials: number,
  seed: number,
  finishedOnDay: Int32Array,
  onProgress?: ChunkProgress
) {
  const net = Float64Array.from(job.dailyThroughput, (n) => n * (1 - job.ratePerItemDone))
  const arrivals = Float64Array.from(job.arrivalsPerDay)
  const sampleCount = net.length
  const arrivalCount = arrivals.length
  const items = job.items
  let [s0, s1, s2, s3] = seedState(seed)
  let unfinished = 0
  let draws = 0
  let nextReport = PROGRESS_EVERY

  for (let trial = 1; trial <= trials; trial++) {
    let remaining = items
    let day = 0
    // Two loops rather than a test per simulated day: this is the hot path.
    if (arrivalCount === 0) {
      while (remaining > DONE && day < MAX_FORECAST_DAYS) {
        const product = Math.imul(s1, 5)
        const drawn = Math.imul((product << 7) | (product >>> 25), 9) >>> 0
        const t = s1 << 9
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 11) | (s3 >>> 21)
        remaining -= net[Math.floor(drawn * sampleCount * UINT32_SCALE)]!
        day++
      }
    } else {
      while (remaining > DONE && day < MAX_FORECAST_DAYS) {
        // Two draws a day, throughput first, as `net[nextInt(n)] - arrivals[nextInt(m)]` evaluates.
        let product = Math.imul(s1, 5)
        const drawnDone = Math.imul((product << 7) | (product >>> 25), 9) >>> 0
        let t = s1 << 9
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 11) | (s3 >>> 21)
        product = Math.imul(s1, 5)
        const drawnArrived = Math.imul((product << 7) | (product >>> 25), 9) >>> 0
        t = s1 << 9
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 11) | (s3 >>> 21)
        remaining -=
          net[Math.floor(drawnDone * sampleCount * UINT32_SCALE)]! -
          arrivals[Math.floor(drawnArrived * arrivalCount * UINT32_SCALE)]!
        day++
      }
    }
    draws += day
    if (remaining > DONE) unfinished++
    else finishedOnDay[day]!++
    if (trial === nextReport || trial === trials) {
      onProgress?.(trial)
      nextReport += PROGRESS_EVERY
    }
  }
  return { unfinished, draws }
}

/** "How many": each trial adds up `days` drawn days of throughput and counts the total. */
function simulateHowMany(
  job: HowManyJob,
  trials: number,
  seed: number,
  totals: Int32Array,
  onProgress?: ChunkProgress
): void {
  const samples = Int32Array.from(job.dailyThroughput)
  const sampleCount = samples.length
  const days = job.days
  let [s0, s1, s2, s3] = seedState(seed)
  let nextReport = PROGRESS_EVERY

  for (let trial = 1; trial <= trials; trial++) {
    let total = 0
    for (let day = 0; day < days; day++) {
      const product = Math.imul(s1, 5)
      const drawn = Math.imul((product << 7) | (product >>> 25), 9) >>> 0
      const t = s1 << 9
      s2 ^= s0
      s3 ^= s1
      s1 ^= s2
      s0 ^= s3
      s2 ^= t
      s3 = (s3 << 11) | (s3 >>> 21)
      total += samples[Math.floor(drawn * sampleCount * UINT32_SCALE)]!
    }
    totals[total]!++
    if (trial === nextReport || trial === trials) {
      onProgress?.(trial)
      nextReport += PROGRESS_EVERY
    }
  }
}
