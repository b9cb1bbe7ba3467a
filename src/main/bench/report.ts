import { performance } from 'node:perf_hooks'

/** What the bench entry tells every suite. */
export interface BenchContext {
  /** The built forecast worker script, beside the bench entry. */
  forecastWorker: string
  /** The built command line, beside the bench entry. */
  cli: string
  /** The built import worker, beside the bench entry: the import is timed as the app runs it. */
  importWorker: string
}

export interface Figure {
  name: string
  value: number
  unit: string
  baseline?: number
  ratio?: number
}

export function report(figure: Figure): void {
  const rounded = { ...figure, value: round(figure.value) }
  if (figure.baseline !== undefined)
    Object.assign(rounded, { baseline: round(figure.baseline), ratio: round(figure.value / figure.baseline, 4) })
  console.log(JSON.stringify(rounded))
}

export const round = (n: number, digits = 3) => Number(n.toFixed(digits))

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export async function timeIt(runs: number, work: (run: number) => Promise<unknown> | unknown): Promise<number> {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await work(run)
    samples.push(performance.now() - start)
  }
  return median(samples)
}
