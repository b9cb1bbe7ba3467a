export const ENTRY_STATUSES = ['planned', 'in_progress', 'done'] as const
export type EntryStatus = (typeof ENTRY_STATUSES)[number]

export const STATUS_LABELS: Record<EntryStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done'
}

/**
 * What a piece of evidence can be. The first group are things in the app: linking one stores a
 * snapshot of it. `note` and `file` are written or attached by hand.
 */
export const LINKED_KINDS = [
  'vision',
  'goal',
  'backlog',
  'item',
  'forecast',
  'measure',
  'stakeholders',
  'persona',
  'ordering',
  'sprintReview',
  'experiment',
  'sprint',
  'okr',
  'roadmap',
  'definitions',
  'storyMap',
  'kano',
  'segments',
  'interview',
  'assumptionMap',
  'definition',
  'canvas',
  'competitors',
  'influences'
] as const
export type LinkedKind = (typeof LINKED_KINDS)[number]
export const EVIDENCE_KINDS = [...LINKED_KINDS, 'note', 'file'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  vision: 'Vision version',
  goal: 'Product Goal',
  backlog: 'Backlog summary',
  item: 'Backlog item',
  forecast: 'Saved forecast',
  measure: 'EBM measure',
  stakeholders: 'Stakeholder map',
  persona: 'Persona',
  ordering: 'Ordering comparison',
  sprintReview: 'Sprint Review',
  experiment: 'EBM experiment',
  sprint: 'Sprint',
  okr: 'OKR',
  roadmap: 'Roadmaps',
  definitions: 'Definitions of Ready and Done',
  storyMap: 'Story map',
  kano: 'Kano results',
  segments: 'Segments and personas',
  interview: 'Interview or feedback',
  assumptionMap: 'Assumption map',
  definition: 'Product definition version',
  canvas: 'Strategy canvas version',
  competitors: 'Competitor comparison',
  influences: 'Influences on delivering value',
  note: 'Note',
  file: 'File'
}

/** Kinds that stand for the whole product (one per product), so the picker has nothing to choose. */
export const PRODUCT_WIDE_KINDS: readonly LinkedKind[] = [
  'backlog',
  'stakeholders',
  'roadmap',
  'definitions',
  'storyMap',
  'kano',
  'segments',
  'assumptionMap',
  'competitors',
  'influences'
]

export const isLinkedKind = (kind: EvidenceKind): kind is LinkedKind =>
  (LINKED_KINDS as readonly string[]).includes(kind)

/**
 * Attached files are kept in the database; 2 MB keeps the database and the JSON export small and fits
 * the one request limit (MAX_INPUT_BYTES in shared/api/limits.ts) with room to spare once base64-encoded.
 */
export const MAX_EVIDENCE_FILE_BYTES = 2 * 1024 * 1024

/** Bytes that a base64 text decodes to, without decoding it. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - padding
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

export const fileTooLargeMessage = (bytes: number) =>
  `The file is ${formatBytes(bytes)}; attach files up to ${formatBytes(MAX_EVIDENCE_FILE_BYTES)} (link a larger one from a note instead).`
