/** Planning Poker's modified Fibonacci scale, the default estimate scale of a product. */
export const FIBONACCI_POINTS = [0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40, 100] as const

export function isOnFibonacciScale(value: number): boolean {
  return (FIBONACCI_POINTS as readonly number[]).includes(value)
}
