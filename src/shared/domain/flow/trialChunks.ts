import { GOLDEN_GAMMA, mix32 } from './random'

/**
 * A run is cut into fixed-size chunks of trials, each with its own random stream seeded from the
 * run's seed and the chunk's index. Chunks can run on any worker in any order and their histograms
 * add up to the same totals, so a seed gives the same answer on any machine with any number of
 * cores: the answer depends on the seed and the number of trials only.
 */
export const TRIALS_PER_CHUNK = 50_000

/** More workers than this gain little on a million trials (20 chunks) and cost memory and start-up time. */
export const MAX_FORECAST_WORKERS = 8

export function chunkCount(trials: number): number {
  return Math.ceil(trials / TRIALS_PER_CHUNK)
}

export function trialsInChunk(trials: number, chunk: number): number {
  return Math.min(TRIALS_PER_CHUNK, trials - chunk * TRIALS_PER_CHUNK)
}

/**
 * The seed of a chunk's stream. Chunk 0 keeps the run's seed, so a run of up to one chunk (the app's
 * default 10,000 trials) repeats what earlier versions answered for that seed. Later chunks mix the
 * seed and the index splitmix-style; mix32 is a bijection and the steps k * GOLDEN_GAMMA differ for
 * every k below 2^32, so the chunks of one run never share a seed.
 */
export function chunkSeed(seed: number, chunk: number): number {
  if (chunk === 0) return seed
  return mix32((mix32(seed) + Math.imul(chunk, GOLDEN_GAMMA)) | 0) >>> 0
}

/** Workers worth starting: one per core, no more than there are tasks, within the cap. */
export function workerCount(cores: number, tasks: number): number {
  return Math.max(1, Math.min(Math.floor(cores) || 1, tasks, MAX_FORECAST_WORKERS))
}
