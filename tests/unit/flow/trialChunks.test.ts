import { describe, expect, it } from 'vitest'
import {
  MAX_SEED,
  TRIALS_PER_CHUNK,
  chunkCount,
  chunkSeed,
  isSeed,
  trialsInChunk,
  workerCount
} from '@shared/domain/flow'

describe('trial chunks', () => {
  it('cut a run into full chunks and one remainder that add up to its trials', () => {
    for (const trials of [1, TRIALS_PER_CHUNK - 1, TRIALS_PER_CHUNK, TRIALS_PER_CHUNK + 1, 1_000_000]) {
      const sizes = Array.from({ length: chunkCount(trials) }, (_, chunk) => trialsInChunk(trials, chunk))
      expect(sizes.reduce((a, b) => a + b)).toBe(trials)
      expect(sizes.slice(0, -1).every((size) => size === TRIALS_PER_CHUNK)).toBe(true)
      expect(sizes.at(-1)).toBeGreaterThan(0)
    }
    expect(chunkCount(1_000_000)).toBe(20)
  })

  it('seed each chunk of a run differently, from the run seed and the index only', () => {
    for (const seed of [0, 1, 12345, MAX_SEED]) {
      const seeds = Array.from({ length: 20 }, (_, chunk) => chunkSeed(seed, chunk))
      expect(new Set(seeds).size).toBe(20)
      expect(seeds.every(isSeed)).toBe(true)
      expect(seeds[0]).toBe(seed)
      expect(Array.from({ length: 20 }, (_, chunk) => chunkSeed(seed, chunk))).toEqual(seeds)
    }
    // Neighbouring seeds do not share chunks.
    expect(chunkSeed(1, 1)).not.toBe(chunkSeed(2, 1))
    expect(chunkSeed(1, 2)).not.toBe(chunkSeed(2, 1))
  })

  it('start a worker per core, no more than there are tasks, within the cap', () => {
    expect(workerCount(2, 21)).toBe(2)
    expect(workerCount(16, 21)).toBe(8)
    expect(workerCount(4, 1)).toBe(1)
    expect(workerCount(0, 5)).toBe(1)
    expect(workerCount(Number.NaN, 5)).toBe(1)
  })
})
