import type { FieldRef } from '../vision/diff'

/**
 * The strategy canvases a product keeps as numbered versions, like the vision: Osterwalder's
 * Business Model Canvas (nine blocks), the Value Proposition Canvas (a customer profile beside the
 * value map that answers it), a SWOT analysis and the technical strategy that keeps the total cost of
 * ownership in check (architecture, what drives the cost, how it is held, debt, what is retired). Every block is plain text, one note per line, so
 * versions compare word by word.
 */

export const CANVAS_KINDS = ['bmc', 'vpc', 'swot', 'tech'] as const
export type CanvasKind = (typeof CANVAS_KINDS)[number]

export const CANVAS_KIND_LABELS: Record<CanvasKind, string> = {
  bmc: 'Business Model Canvas',
  vpc: 'Value Proposition Canvas',
  swot: 'SWOT analysis',
  tech: 'Technical strategy'
}

export const BMC_BLOCKS = [
  'keyPartners',
  'keyActivities',
  'keyResources',
  'valuePropositions',
  'customerRelationships',
  'channels',
  'customerSegments',
  'costStructure',
  'revenueStreams'
] as const
export const VPC_BLOCKS = [
  'customerJobs',
  'pains',
  'gains',
  'productsAndServices',
  'painRelievers',
  'gainCreators'
] as const
export const SWOT_BLOCKS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const
export const TECH_BLOCKS = ['architecture', 'costDrivers', 'costControls', 'technicalDebt', 'retirement'] as const

/** Where each kind is edited in the app (the Strategy area's tabs). */
export const CANVAS_ROUTES: Record<CanvasKind, string> = {
  bmc: '/strategy/bmc',
  vpc: '/strategy/vpc',
  swot: '/strategy/swot',
  tech: '/strategy/technical'
}
export const COMPETITORS_ROUTE = '/strategy/competitors'
export const INFLUENCES_ROUTE = '/strategy/influences'

export const CANVAS_BLOCKS = { bmc: BMC_BLOCKS, vpc: VPC_BLOCKS, swot: SWOT_BLOCKS, tech: TECH_BLOCKS } as const
export type CanvasBlock<K extends CanvasKind = CanvasKind> = (typeof CANVAS_BLOCKS)[K][number]

export const CANVAS_BLOCK_LABELS: { [K in CanvasKind]: Record<CanvasBlock<K>, string> } = {
  bmc: {
    keyPartners: 'Key partners',
    keyActivities: 'Key activities',
    keyResources: 'Key resources',
    valuePropositions: 'Value propositions',
    customerRelationships: 'Customer relationships',
    channels: 'Channels',
    customerSegments: 'Customer segments',
    costStructure: 'Cost structure',
    revenueStreams: 'Revenue streams'
  },
  vpc: {
    customerJobs: 'Customer jobs',
    pains: 'Pains',
    gains: 'Gains',
    productsAndServices: 'Products and services',
    painRelievers: 'Pain relievers',
    gainCreators: 'Gain creators'
  },
  swot: {
    strengths: 'Strengths',
    weaknesses: 'Weaknesses',
    opportunities: 'Opportunities',
    threats: 'Threats'
  },
  tech: {
    architecture: 'Architecture and platform choices',
    costDrivers: 'What drives the cost of ownership',
    costControls: 'How each cost is kept in check',
    technicalDebt: 'Technical debt and how it is paid down',
    retirement: 'What will be retired'
  }
}

/** One question per block, in our words, to help a Product Owner fill it. */
export const CANVAS_BLOCK_HINTS: { [K in CanvasKind]: Record<CanvasBlock<K>, string> } = {
  bmc: {
    keyPartners: 'Who do you rely on outside the team, and what do they bring?',
    keyActivities: 'What must you do well, every day, for the model to work?',
    keyResources: 'People, data, rights or assets the model cannot do without.',
    valuePropositions: 'What each segment gets from you that it values.',
    customerRelationships: 'How you win, keep and grow each segment.',
    channels: 'How each segment hears of you, buys and is served.',
    customerSegments: 'The groups you create value for; who matters most?',
    costStructure: 'The biggest costs the model brings with it.',
    revenueStreams: 'What each segment pays for, and how.'
  },
  vpc: {
    customerJobs: 'What the customer is trying to get done: tasks, problems, needs.',
    pains: 'What annoys them, gets in the way, or puts the job at risk.',
    gains: 'Outcomes and benefits they want or would be delighted by.',
    productsAndServices: 'What you offer that the value proposition rests on.',
    painRelievers: 'How your offer takes a named pain away or makes it smaller.',
    gainCreators: 'How your offer brings about a named gain.'
  },
  swot: {
    strengths: 'Inside the product and team: what gives you an edge?',
    weaknesses: 'Inside: what holds you back or costs you?',
    opportunities: 'Outside: changes in the market you could use.',
    threats: 'Outside: what could hurt the product if nothing is done?'
  },
  tech: {
    architecture: 'The building blocks, platforms and suppliers you chose, and why they suit the product.',
    costDrivers: 'What makes building, running and supporting the product expensive, and what makes it grow.',
    costControls: 'For each driver: the practice, limit or automation that keeps it from running away.',
    technicalDebt: 'The shortcuts you live with, what they cost each Sprint, and when each is paid back.',
    retirement: 'Features, versions, systems or suppliers you will switch off, and by when.'
  }
}

export type CanvasContent = { [K in CanvasKind]: { kind: K } & Record<CanvasBlock<K>, string> }[CanvasKind]
export type ContentOf<K extends CanvasKind> = Extract<CanvasContent, { kind: K }>

/** Longest text one block may hold. */
export const MAX_CANVAS_BLOCK_LENGTH = 4000

export function emptyCanvasContent<K extends CanvasKind>(kind: K): ContentOf<K> {
  return { kind, ...Object.fromEntries(CANVAS_BLOCKS[kind].map((block) => [block, ''])) } as ContentOf<K>
}

/** A block of a canvas as a versioned field: its section is the canvas's kind. */
export interface CanvasBlockRef extends FieldRef {
  section: CanvasKind
  field: string
}

/** Every block of a kind in display order; the key is the block's name. */
export function canvasFieldRefs(kind: CanvasKind): CanvasBlockRef[] {
  const labels = CANVAS_BLOCK_LABELS[kind] as Record<string, string>
  return CANVAS_BLOCKS[kind].map((block) => ({ section: kind, field: block, key: block, label: labels[block]! }))
}

export function canvasBlockValue(content: CanvasContent, ref: CanvasBlockRef): string {
  return (content as unknown as Record<string, string>)[ref.field] ?? ''
}

/** The notes of a block: one per line, blank lines and bullets left out. */
export function blockNotes(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean)
}
