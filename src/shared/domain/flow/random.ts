/**
 * A small, fast, seeded random generator: xoshiro128** (Blackman and Vigna), seeded through
 * splitmix32 so that any uint32 seed, including 0, gives a good state. The seed is something a
 * Product Owner can see and type back in to re-run a forecast exactly.
 */

export const MAX_SEED = 0xffff_ffff

/** 2^-32: scales a uint32 to [0, 1). */
export const UINT32_SCALE = 2.3283064365386963e-10

/** splitmix32's step, the golden ratio in 32 bits. */
export const GOLDEN_GAMMA = 0x9e3779b9

/** splitmix32's output function: a bijection on 32 bits, so distinct inputs always give distinct outputs. */
export function mix32(value: number): number {
  let z = Math.imul(value ^ (value >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return (z ^ (z >>> 16)) | 0
}

/**
 * The four xoshiro128** state words for a seed, from splitmix32. Exported for the forecast's hot
 * loops, which keep the state in local variables (see simulate.ts).
 */
export function seedState(seed: number): [number, number, number, number] {
  if (!isSeed(seed)) throw new RangeError(`A seed is a whole number from 0 to ${MAX_SEED}, got ${seed}`)
  let state = seed
  const next = () => mix32((state = (state + GOLDEN_GAMMA) | 0))
  return [next(), next(), next(), next()]
}

/**
 * The reference implementation of the generator. The forecast engine inlines the same steps in its
 * loops for speed; a test checks that the two give the same stream, draw for draw.
 */
export class Random {
  private s0: number
  private s1: number
  private s2: number
  private s3: number

  constructor(seed: number) {
    ;[this.s0, this.s1, this.s2, this.s3] = seedState(seed)
  }

  /** A uniformly distributed whole number from 0 to 2^32 - 1. */
  nextUint32(): number {
    const s1 = this.s1
    const product = Math.imul(s1, 5)
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0
    const t = s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21)
    return result
  }

  /**
   * A whole number from 0 to n - 1 by multiply-and-shift (Lemire, without the rejection step). The
   * bias is below n / 2^32, a millionth for a 4,000-day history: far below Monte Carlo noise, and
   * it keeps the draw to one multiplication.
   */
  nextInt(n: number): number {
    // u * n < 2^53 for n < 2^21, so the product is exact and the result is always below n.
    return Math.floor(this.nextUint32() * n * UINT32_SCALE)
  }
}

export function isSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_SEED
}

/**
 * A fresh seed for a new forecast. The only non-deterministic function of the engine: the forecast
 * itself is deterministic given the seed this returns. Web Crypto is global in browsers and Node.
 */
export function newSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!
}
