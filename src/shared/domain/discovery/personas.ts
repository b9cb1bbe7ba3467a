/**
 * Who a persona stands for. The buyer chooses and pays for the product, the user works with it; in
 * many products they are different people with different needs (a club secretary buys, swimmers use).
 */
export const PERSONA_KINDS = ['buyer', 'user', 'both'] as const
export type PersonaKind = (typeof PERSONA_KINDS)[number]

export const PERSONA_KIND_LABELS: Record<PersonaKind, string> = {
  buyer: 'Buyer',
  user: 'User',
  both: 'Buyer and user'
}

/** Longest text a segment's description, needs or size notes may hold. */
export const MAX_SEGMENT_TEXT = 4000

export interface PersonaInSegment {
  segmentId: number | null
  buyerOrUser: PersonaKind
}

/**
 * What a segment lacks for a full picture: nobody described in it, or only buyers or only users.
 * A segment whose buyers are not its users needs both described; "both" covers either side.
 */
export function segmentGaps(
  segmentId: number,
  personas: readonly PersonaInSegment[]
): { personas: number; hasBuyer: boolean; hasUser: boolean } {
  const inSegment = personas.filter((p) => p.segmentId === segmentId)
  return {
    personas: inSegment.length,
    hasBuyer: inSegment.some((p) => p.buyerOrUser !== 'user'),
    hasUser: inSegment.some((p) => p.buyerOrUser !== 'buyer')
  }
}

/** One line on what a segment's personas leave out, or null when buyers and users are both described. */
export function segmentNote(gaps: ReturnType<typeof segmentGaps>): string | null {
  if (gaps.personas === 0) return 'No persona describes this segment yet.'
  if (!gaps.hasBuyer) return 'Only users are described: who decides to buy, and what do they need?'
  if (!gaps.hasUser) return 'Only buyers are described: who uses what they buy, and what do they need?'
  return null
}
