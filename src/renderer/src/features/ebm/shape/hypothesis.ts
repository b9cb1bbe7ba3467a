import { formatValue } from '@shared/domain/ebm/format'

export interface HypothesisDraft {
  change: string
  outcome: string
  measureName: string
  unit: string
  /** The text typed into the expected-value field; it may not be a number yet. */
  expectedValue: string
  byDate: string
}

/** One piece of the sentence: fixed wording, or a slot that shows the field or its placeholder. */
export type HypothesisPart = { kind: 'text'; text: string } | { kind: 'slot'; text: string; filled: boolean }

const slot = (value: string, placeholder: string): HypothesisPart =>
  value.trim() ? { kind: 'slot', text: value.trim(), filled: true } : { kind: 'slot', text: placeholder, filled: false }

/**
 * The hypothesis in the sentence shape the server stores ("We believe <change> will result in
 * <outcome>; we will know when <measure> reaches <value> by <date>."), with empty slots shown as
 * their placeholders, so the preview reads exactly like the saved experiment.
 */
export function hypothesisParts(draft: HypothesisDraft): HypothesisPart[] {
  const expected = draft.expectedValue.trim()
  const number = expected === '' ? NaN : Number(expected)
  const value = Number.isFinite(number) ? formatValue(number, draft.unit) : ''
  return [
    { kind: 'text', text: 'We believe ' },
    slot(trimEnd(draft.change), '<change>'),
    { kind: 'text', text: ' will result in ' },
    slot(trimEnd(draft.outcome), '<outcome>'),
    { kind: 'text', text: '; we will know when ' },
    slot(draft.measureName, '<measure>'),
    { kind: 'text', text: ' reaches ' },
    slot(value, '<value>'),
    { kind: 'text', text: ' by ' },
    slot(draft.byDate, '<date>'),
    { kind: 'text', text: '.' }
  ]
}

export function isComplete(parts: readonly HypothesisPart[]): boolean {
  return parts.every((p) => p.kind === 'text' || p.filled)
}

/** People often end a clause with a full stop; the sentence brings its own punctuation. */
function trimEnd(text: string): string {
  return text.trim().replace(/[.;\s]+$/, '')
}
