import { PITCH_FIELDS, VISION_FIELD_LABELS, type PitchField } from './content'

/**
 * Moore's elevator pitch: "For <target customer> who <need>, the <product name> is a <category> that
 * <key benefit>. Unlike <alternative>, our product <differentiator>." Missing parts show as
 * placeholders in the preview, so the sentence always reads whole.
 */

export type PitchParts = Record<PitchField, string>

export interface PitchSegment {
  /** The part this text fills, or null for the template's own words. */
  field: PitchField | null
  text: string
  /** True when the part is empty and the text is a placeholder such as "<need>". */
  missing: boolean
}

export interface PitchCheck {
  field: PitchField | null
  message: string
}

export interface AssembledPitch {
  /** The full sentence, with "<part>" placeholders for missing parts. */
  sentence: string
  /** The same sentence in pieces, so a preview can style the filled and missing parts. */
  segments: PitchSegment[]
  missing: PitchField[]
  /** Gentle checks: missing parts, and parts that repeat the template's words. */
  checks: PitchCheck[]
}

const PLACEHOLDERS: Record<PitchField, string> = {
  targetCustomer: '<target customer>',
  need: '<need>',
  productName: '<product name>',
  category: '<product category>',
  keyBenefit: '<key benefit>',
  alternative: '<alternative>',
  differentiator: '<differentiator>'
}

type TemplatePiece = string | PitchField

const TEMPLATE: readonly TemplatePiece[] = [
  'For ',
  'targetCustomer',
  ' who ',
  'need',
  ', the ',
  'productName',
  ' is ',
  'category',
  ' that ',
  'keyBenefit',
  '. Unlike ',
  'alternative',
  ', our product ',
  'differentiator',
  '.'
]

/** Words people often type again although the template already has them, e.g. "who" in the need. */
const LEADING_TEMPLATE_WORDS: Partial<Record<PitchField, RegExp>> = {
  targetCustomer: /^for\b/i,
  need: /^who\b/i,
  productName: /^the\b/i,
  keyBenefit: /^that\b/i,
  alternative: /^unlike\b/i,
  differentiator: /^our product\b/i
}

const isField = (piece: TemplatePiece): piece is PitchField => (PITCH_FIELDS as readonly string[]).includes(piece)

/** "a" or "an" before the category, chosen from its first letter (a vowel sound guess). */
function withArticle(category: string): string {
  if (/^(a|an|the)\s/i.test(category)) return category
  return `${/^[aeiou]/i.test(category) ? 'an' : 'a'} ${category}`
}

/** Trailing full stops would double the template's own. */
const tidy = (text: string) =>
  text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')

export function assemblePitch(parts: Partial<PitchParts>): AssembledPitch {
  const missing: PitchField[] = []
  const wording: PitchCheck[] = []
  const segments: PitchSegment[] = TEMPLATE.map((piece) => {
    if (!isField(piece)) return { field: null, text: piece, missing: false }
    const value = tidy(parts[piece] ?? '')
    if (!value) {
      missing.push(piece)
      const placeholder = piece === 'category' ? `a ${PLACEHOLDERS.category}` : PLACEHOLDERS[piece]
      return { field: piece, text: placeholder, missing: true }
    }
    if (LEADING_TEMPLATE_WORDS[piece]?.test(value)) {
      wording.push({
        field: piece,
        message: `${VISION_FIELD_LABELS.pitch[piece]} starts with words the template already has; drop them so the sentence reads once.`
      })
    }
    return { field: piece, text: piece === 'category' ? withArticle(value) : value, missing: false }
  })
  const checks: PitchCheck[] = [
    ...missing.map((field) => ({
      field,
      message: `Add the ${VISION_FIELD_LABELS.pitch[field].toLowerCase()} to complete the pitch.`
    })),
    ...wording
  ]
  if (checks.length === 0) {
    checks.push({ field: null, message: 'The pitch is complete. Read it aloud: does it fit in one breath?' })
  }
  return { sentence: segments.map((s) => s.text).join(''), segments, missing, checks }
}
