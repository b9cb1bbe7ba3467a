/** The parts a report can have, in the order they appear. */
export const REPORT_SECTIONS = ['vision', 'backlog', 'ordering', 'ebm', 'flow', 'customers', 'assignments'] as const
export type ReportSectionId = (typeof REPORT_SECTIONS)[number]

export const SECTION_TITLES: Record<ReportSectionId, string> = {
  vision: 'Vision and goals',
  backlog: 'Backlog health',
  ordering: 'Ordering and its rationale',
  ebm: 'Evidence-Based Management',
  flow: 'Flow and forecasts',
  customers: 'Personas and stakeholders',
  assignments: 'Assignments, evidence and reflections'
}

/** The course tracks a graduate can report against. */
export const COURSE_TRACKS = ['PSPO', 'QSPO-I', 'QSPO-II', 'CSPO'] as const
export type CourseTrack = (typeof COURSE_TRACKS)[number]

/** Keeps the chosen sections in report order, without duplicates. */
export function orderSections(chosen: readonly ReportSectionId[]): ReportSectionId[] {
  const set = new Set(chosen)
  return REPORT_SECTIONS.filter((id) => set.has(id))
}
