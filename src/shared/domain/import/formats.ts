/** The tools whose CSV exports the backlog reads, and the fields an imported row can fill. */
export const IMPORT_FORMATS = ['jira', 'azure', 'stages', 'csv'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  jira: 'Jira (Export CSV)',
  azure: 'Azure DevOps (query results or tree as CSV)',
  stages: 'ActionableAgile (one date column per workflow stage)',
  csv: 'Any CSV (you map the columns)'
}

/** Every field a column can be mapped to, in every format. */
export const IMPORT_FIELDS = [
  'title',
  'key',
  'type',
  'state',
  'estimate',
  'labels',
  'description',
  'criteria',
  'parent',
  'sprint',
  'created',
  'started',
  'finished',
  'statusChanged',
  'statusCategory',
  'issueId',
  'updated'
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

export const FIELD_LABELS: Record<ImportField, string> = {
  title: 'Title',
  key: 'Key',
  type: 'Type',
  state: 'Status',
  estimate: 'Estimate',
  labels: 'Labels',
  description: 'Description',
  criteria: 'Acceptance criteria',
  parent: 'Parent',
  sprint: 'Sprint',
  created: 'Created',
  started: 'Work started',
  finished: 'Finished (resolved, closed)',
  statusChanged: 'Status last changed',
  statusCategory: 'Status category',
  issueId: 'Numeric id (what Parent refers to)',
  updated: 'Last updated'
}

/** Fields whose columns hold dates, read column by column. */
export const DATE_FIELDS = [
  'created',
  'started',
  'finished',
  'statusChanged',
  'updated'
] as const satisfies readonly ImportField[]
export type DateField = (typeof DATE_FIELDS)[number]

/** The column each field comes from, as the user maps it; an empty name leaves the field out. */
export type ColumnMapping = Partial<Record<ImportField, string>>

type Candidates = Partial<Record<ImportField, readonly string[]>>

const JIRA_COLUMNS: Candidates = {
  title: ['Summary'],
  key: ['Issue key'],
  issueId: ['Issue id'],
  type: ['Issue Type'],
  state: ['Status'],
  statusCategory: ['Status Category'],
  statusChanged: ['Status Category Changed'],
  // Jira Cloud has both; a team-managed project fills the second only.
  estimate: [
    'Custom field (Story Points)',
    'Custom field (Story point estimate)',
    'Story Points',
    'Story point estimate'
  ],
  labels: ['Labels'],
  description: ['Description'],
  criteria: ['Custom field (Acceptance Criteria)', 'Acceptance Criteria'],
  parent: ['Parent', 'Parent id', 'Parent key', 'Custom field (Epic Link)', 'Epic Link'],
  sprint: ['Sprint'],
  created: ['Created'],
  updated: ['Updated'],
  started: ['Custom field (Start date)', 'Start date'],
  finished: ['Resolved']
}

const AZURE_COLUMNS: Candidates = {
  title: ['Title'],
  key: ['ID'],
  type: ['Work Item Type'],
  state: ['State'],
  statusChanged: ['State Change Date'],
  estimate: ['Story Points', 'Effort', 'Size', 'Estimate'],
  labels: ['Tags'],
  description: ['Description'],
  criteria: ['Acceptance Criteria'],
  parent: ['Parent'],
  sprint: ['Iteration Path'],
  created: ['Created Date'],
  updated: ['Changed Date'],
  started: ['Activated Date'],
  finished: ['Closed Date', 'Resolved Date']
}

const STAGES_COLUMNS: Candidates = {
  title: ['Name'],
  key: ['ID'],
  type: ['Type'],
  labels: ['Labels']
}

/** What a generic CSV's headers are recognised as (also our own export, Trello lists and TFS dumps). */
const GENERIC_COLUMNS: Candidates = {
  title: ['Title', 'Summary', 'Name'],
  key: ['Key', 'ID', 'Issue key'],
  type: ['Type', 'Issue Type', 'Work Item Type'],
  state: ['Status', 'State', 'Last State', 'List'],
  estimate: ['Estimate', 'Story Points', 'Points', 'Effort', 'Size'],
  labels: ['Labels', 'Tags'],
  description: ['Description'],
  criteria: ['Acceptance criteria', 'Criteria'],
  parent: ['Parent'],
  sprint: ['Sprint', 'Iteration Path', 'Iteration'],
  created: ['Created', 'Created Date'],
  started: ['Started', 'Start date', 'Activated Date', 'Started date'],
  finished: ['Finished', 'Resolved', 'Closed Date', 'Closed', 'Done', 'Resolved Date']
}

const FORMAT_COLUMNS: Record<ImportFormat, Candidates> = {
  jira: JIRA_COLUMNS,
  azure: AZURE_COLUMNS,
  stages: STAGES_COLUMNS,
  csv: GENERIC_COLUMNS
}

/** Header names compared without case, spaces, underscores or punctuation: `created_date` is `Created Date`. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** The header names each field may come from, in order of preference: the format's own, with the user's mapping on top. */
export function columnCandidates(format: ImportFormat, mapping: ColumnMapping | undefined): Candidates {
  const candidates: Candidates = { ...FORMAT_COLUMNS[format] }
  for (const [field, header] of Object.entries(mapping ?? {}) as Array<[ImportField, string]>) {
    if (header === '') delete candidates[field]
    else candidates[field] = [header]
  }
  return candidates
}

/** The tool that wrote a file, from its header row (as the tools spell it: a snake_case dump is a generic CSV). */
export function detectFormat(headers: readonly string[]): ImportFormat {
  const names = headers.map((h) => h.trim().toLowerCase())
  const keys = headers.map(headerKey)
  if (names.includes('issue key')) return 'jira'
  if (names.includes('work item type')) return 'azure'
  if (keys[0] === 'id' && keys[1] === 'link' && keys[2] === 'name') return 'stages'
  return 'csv'
}
