/** The modified Fibonacci scale SAFe uses for relative WSJF scoring; value and effort use it too. */
export const WSJF_SCALE = [1, 2, 3, 5, 8, 13, 20] as const
export type WsjfValue = (typeof WSJF_SCALE)[number]

export const SCALE_MESSAGE = `Use a value on the scale: ${WSJF_SCALE.join(', ')}`

export function isOnWsjfScale(value: number): value is WsjfValue {
  return (WSJF_SCALE as readonly number[]).includes(value)
}

export const ORDERING_MODELS = ['wsjf', 'cd3', 'value-effort'] as const
export type OrderingModel = (typeof ORDERING_MODELS)[number]

export const MODEL_LABELS: Record<OrderingModel, string> = {
  wsjf: 'WSJF',
  cd3: 'CD3',
  'value-effort': 'value / effort'
}

export const MOSCOW = ['must', 'should', 'could', 'wont'] as const
export type Moscow = (typeof MOSCOW)[number]

export const MOSCOW_LABELS: Record<Moscow, string> = {
  must: 'Must',
  should: 'Should',
  could: 'Could',
  wont: 'Won’t (this time)'
}

export const QUADRANTS = ['quick-win', 'big-bet', 'fill-in', 'money-pit'] as const
export type Quadrant = (typeof QUADRANTS)[number]

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  'quick-win': 'Quick Wins',
  'big-bet': 'Big Bets',
  'fill-in': 'Fill-ins',
  'money-pit': 'Money Pits'
}

/**
 * Where value and effort split into low and high: the middle step of the scale (5) still counts as
 * low, 8 and above as high. The line sits between 5 and 8, so no score ever lies on it.
 */
export const QUADRANT_SPLIT = 6.5

export const KANO_ANSWERS = ['like', 'expect', 'neutral', 'live-with', 'dislike'] as const
export type KanoAnswer = (typeof KANO_ANSWERS)[number]

export const KANO_ANSWER_LABELS: Record<KanoAnswer, string> = {
  like: 'I like it',
  expect: 'I expect it',
  neutral: 'I am neutral',
  'live-with': 'I can live with it',
  dislike: 'I dislike it'
}

/** Attractive, One-dimensional (performance), Must-be, Indifferent, Reverse, Questionable. */
export const KANO_CATEGORIES = ['A', 'O', 'M', 'I', 'R', 'Q'] as const
export type KanoCategory = (typeof KANO_CATEGORIES)[number]

export const KANO_CATEGORY_LABELS: Record<KanoCategory, string> = {
  A: 'Attractive',
  O: 'One-dimensional',
  M: 'Must-be',
  I: 'Indifferent',
  R: 'Reverse',
  Q: 'Questionable'
}

/** Musts above this share of a release's effort leave too little room to absorb surprises. */
export const MUST_SHARE_LIMIT = 0.6
