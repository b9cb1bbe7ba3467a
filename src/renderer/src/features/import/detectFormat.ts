import type { ImportFormat } from '@shared/domain/import/formats'

/** Guesses the tool from the header line: Jira has "Issue key", Azure DevOps "Work Item Type". */
export function detectFormat(text: string): ImportFormat {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').toLowerCase()
  if (header.includes('issue key')) return 'jira'
  if (header.includes('work item type')) return 'azure'
  return 'csv'
}

/** The issues of one line of the file, for marking preview rows. */
export function issuesByLine<T extends { line: number }>(issues: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const issue of issues) map.set(issue.line, [...(map.get(issue.line) ?? []), issue])
  return map
}
