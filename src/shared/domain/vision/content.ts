/**
 * The parts of a product vision the app keeps: Moore's elevator pitch, Pichler's Product Vision
 * Board, the Product Box and a Lean Canvas. Every field is plain text, so versions can be diffed
 * field by field.
 */

export const VISION_SECTIONS = ['pitch', 'board', 'box', 'canvas'] as const
export type VisionSection = (typeof VISION_SECTIONS)[number]

export const VISION_SECTION_LABELS: Record<VisionSection, string> = {
  pitch: 'Elevator pitch',
  board: 'Product Vision Board',
  box: 'Product Box',
  canvas: 'Lean Canvas'
}

export const PITCH_FIELDS = [
  'targetCustomer',
  'need',
  'productName',
  'category',
  'keyBenefit',
  'alternative',
  'differentiator'
] as const
export const BOARD_FIELDS = ['vision', 'targetGroup', 'needs', 'product', 'businessGoals'] as const
export const BOX_FIELDS = ['name', 'tagline', 'benefit1', 'benefit2', 'benefit3', 'details'] as const
export const CANVAS_FIELDS = [
  'problem',
  'customerSegments',
  'uniqueValueProposition',
  'solution',
  'channels',
  'revenueStreams',
  'costStructure',
  'keyMetrics',
  'unfairAdvantage'
] as const

export const VISION_FIELDS = {
  pitch: PITCH_FIELDS,
  board: BOARD_FIELDS,
  box: BOX_FIELDS,
  canvas: CANVAS_FIELDS
} as const

export type PitchField = (typeof PITCH_FIELDS)[number]
export type BoardField = (typeof BOARD_FIELDS)[number]
export type BoxField = (typeof BOX_FIELDS)[number]
export type CanvasField = (typeof CANVAS_FIELDS)[number]

export interface VisionContent {
  pitch: Record<PitchField, string>
  board: Record<BoardField, string>
  box: Record<BoxField, string>
  canvas: Record<CanvasField, string>
}

export const VISION_FIELD_LABELS: { [S in VisionSection]: Record<(typeof VISION_FIELDS)[S][number], string> } = {
  pitch: {
    targetCustomer: 'Target customer',
    need: 'Need',
    productName: 'Product name',
    category: 'Product category',
    keyBenefit: 'Key benefit',
    alternative: 'Alternative',
    differentiator: 'Differentiator'
  },
  board: {
    vision: 'Vision',
    targetGroup: 'Target group',
    needs: 'Needs',
    product: 'Product',
    businessGoals: 'Business goals'
  },
  box: {
    name: 'Name',
    tagline: 'Tagline',
    benefit1: 'Key benefit 1',
    benefit2: 'Key benefit 2',
    benefit3: 'Key benefit 3',
    details: 'Back of the box'
  },
  canvas: {
    problem: 'Problem',
    customerSegments: 'Customer segments',
    uniqueValueProposition: 'Unique value proposition',
    solution: 'Solution',
    channels: 'Channels',
    revenueStreams: 'Revenue streams',
    costStructure: 'Cost structure',
    keyMetrics: 'Key metrics',
    unfairAdvantage: 'Unfair advantage'
  }
}

/** Longest text a single vision field may hold. */
export const MAX_VISION_FIELD_LENGTH = 4000

function blank<K extends string>(keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>
}

export function emptyVisionContent(): VisionContent {
  return {
    pitch: blank(PITCH_FIELDS),
    board: blank(BOARD_FIELDS),
    box: blank(BOX_FIELDS),
    canvas: blank(CANVAS_FIELDS)
  }
}

export interface VisionFieldRef {
  section: VisionSection
  field: string
  /** `section.field`, e.g. `board.vision`. */
  key: string
  label: string
}

/** Every field in display order. */
export const VISION_FIELD_REFS: readonly VisionFieldRef[] = VISION_SECTIONS.flatMap((section) =>
  VISION_FIELDS[section].map((field) => ({
    section,
    field,
    key: `${section}.${field}`,
    label: `${VISION_SECTION_LABELS[section]}: ${(VISION_FIELD_LABELS[section] as Record<string, string>)[field]}`
  }))
)

export function visionFieldValue(content: VisionContent, ref: VisionFieldRef): string {
  return (content[ref.section] as Record<string, string>)[ref.field] ?? ''
}
