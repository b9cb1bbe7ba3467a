/**
 * The label a person sees for a field the API names by its key, so an error reads "End date: the
 * Sprint must end..." rather than "endDate: ...". Keys whose words say it already are spelled out
 * from their camelCase; the rest are named here as the forms name them.
 */
const LABELS: Record<string, string> = {
  id: 'ID',
  ubv: 'User-business value',
  tc: 'Time criticality',
  rr: 'Risk reduction / opportunity enablement',
  wsjf: 'WSJF',
  moscow: 'MoSCoW',
  dod: 'Definition of Done',
  cadenceDays: 'Contact every (days)',
  staleAfterDays: 'Stale after (days)',
  durationWeeks: 'Duration (weeks)',
  codPerWeek: 'Cost of delay per week',
  csv: 'CSV',
  url: 'Address',
  okr: 'OKR',
  keyResults: 'Key results',
  topN: 'Top items',
  learned: 'What you learned',
  evidenceLink: 'Link to the evidence',
  statement: 'Assumption',
  itemPrefix: 'Key prefix',
  offer: 'What they offer',
  positioning: 'Price and positioning',
  // Blocks of the technical strategy, whose labels say more than their keys.
  architecture: 'Architecture and platform choices',
  costDrivers: 'What drives the cost of ownership',
  costControls: 'How each cost is kept in check',
  technicalDebt: 'Technical debt and how it is paid down',
  retirement: 'What will be retired'
}

/** Container keys that only group the fields a form shows. */
const GROUPS = new Set(['patch', 'input', 'document', 'sections', 'values', 'update', 'create'])

function spellOut(key: string): string {
  const words = key
    .replace(/Ids?$/, (id) => (id === 'Ids' ? 's' : ''))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * "title" → "Title", "patch.endDate" → "End date", "criteria.2.text" → "Text (criteria line 3)".
 * Paths of the input as a whole stay as they are.
 */
export function fieldLabel(path: string): string {
  const parts = path.split('.').filter((part) => part !== '' && !GROUPS.has(part))
  const last = [...parts].reverse().find((part) => !/^\d+$/.test(part))
  if (!last || last.startsWith('(')) return path
  const label = LABELS[last] ?? spellOut(last)
  const index = parts.findLastIndex((part) => /^\d+$/.test(part))
  if (index < 0) return label
  const list = parts[index - 1]
  const line = Number(parts[index]) + 1
  return list && list !== last
    ? `${label} (${LABELS[list] ?? spellOut(list).toLowerCase()} line ${line})`
    : `${label} (line ${line})`
}
