/** The tools whose CSV exports the backlog reads, and the fields an imported row can fill. */
export const IMPORT_FORMATS = ['jira', 'azure', 'csv'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  jira: 'Jira (Export CSV, all fields)',
  azure: 'Azure DevOps (query results as CSV)',
  csv: 'Any CSV (you map the columns)'
}

/** Fields a user can map a column to in the generic CSV import. */
export const MAPPABLE_FIELDS = ['title', 'key', 'type', 'state', 'estimate', 'labels', 'description', 'criteria', 'parent', 'created', 'resolved'] as const
export type MappableField = (typeof MAPPABLE_FIELDS)[number]

/** Fields only the tools' own exports have: used to find parents and states. */
type ToolField = 'issueId' | 'statusCategory' | 'sprint' | 'updated'
export type ImportField = MappableField | ToolField

export const FIELD_LABELS: Record<MappableField, string> = {
  title: 'Title',
  key: 'Key',
  type: 'Type',
  state: 'Status',
  estimate: 'Estimate',
  labels: 'Labels',
  description: 'Description',
  criteria: 'Acceptance criteria',
  parent: 'Parent',
  created: 'Created',
  resolved: 'Resolved'
}

/** Column name for each field → the header names it goes by, in order of preference (any case). */
export type ColumnMapping = Partial<Record<ImportField, string>>

const JIRA_COLUMNS: Record<ImportField, readonly string[]> = {
  title: ['Summary'],
  key: ['Issue key'],
  issueId: ['Issue id'],
  type: ['Issue Type'],
  state: ['Status'],
  statusCategory: ['Status Category'],
  estimate: ['Custom field (Story Points)', 'Custom field (Story point estimate)', 'Story Points', 'Story point estimate'],
  labels: ['Labels'],
  description: ['Description'],
  criteria: ['Custom field (Acceptance Criteria)', 'Acceptance Criteria'],
  parent: ['Parent', 'Parent id', 'Custom field (Epic Link)'],
  sprint: ['Sprint'],
  created: ['Created'],
  updated: ['Updated'],
  resolved: ['Resolved']
}

const AZURE_COLUMNS: Record<ImportField, readonly string[]> = {
  title: ['Title'],
  key: ['ID'],
  issueId: [],
  type: ['Work Item Type'],
  state: ['State'],
  statusCategory: [],
  estimate: ['Story Points', 'Effort', 'Size'],
  labels: ['Tags'],
  description: ['Description'],
  criteria: ['Acceptance Criteria'],
  parent: ['Parent'],
  sprint: ['Iteration Path'],
  created: ['Created Date'],
  updated: ['Changed Date'],
  resolved: ['Closed Date', 'Resolved Date']
}

/** What a generic CSV's headers are recognised as when the user has not mapped them yet (also our own export). */
const GENERIC_COLUMNS: Record<MappableField, readonly string[]> = {
  title: ['Title', 'Summary', 'Name'],
  key: ['Key', 'ID', 'Issue key'],
  type: ['Type', 'Issue Type', 'Work Item Type'],
  state: ['Status', 'State'],
  estimate: ['Estimate', 'Story Points', 'Points', 'Effort', 'Size'],
  labels: ['Labels', 'Tags'],
  description: ['Description'],
  criteria: ['Acceptance criteria', 'Criteria'],
  parent: ['Parent'],
  created: ['Created', 'Created Date'],
  resolved: ['Resolved', 'Closed Date', 'Done']
}

/** The header names each field may come from for a format; a generic CSV uses the user's mapping where given. */
export function columnCandidates(format: ImportFormat, mapping: ColumnMapping | undefined): Partial<Record<ImportField, readonly string[]>> {
  if (format === 'jira') return JIRA_COLUMNS
  if (format === 'azure') return AZURE_COLUMNS
  if (!mapping) return GENERIC_COLUMNS
  return Object.fromEntries(Object.entries(mapping).filter(([, header]) => header).map(([field, header]) => [field, [header!]]))
}

/** The generic mapping the headers suggest, for the mapping step to start from. */
export function suggestMapping(headers: readonly string[]): Partial<Record<MappableField, string>> {
  const lower = headers.map((h) => h.trim().toLowerCase())
  const mapping: Partial<Record<MappableField, string>> = {}
  for (const field of MAPPABLE_FIELDS) {
    const index = GENERIC_COLUMNS[field].map((name) => lower.indexOf(name.toLowerCase())).find((i) => i >= 0)
    if (index !== undefined) mapping[field] = headers[index]!.trim()
  }
  return mapping
}
