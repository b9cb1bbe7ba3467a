import { assignmentBlocks, progressBlocks } from './build/assignments'
import { backlogBlocks } from './build/backlog'
import { customersBlocks } from './build/customers'
import { ebmBlocks } from './build/ebm'
import { flowBlocks } from './build/flow'
import { orderingBlocks } from './build/ordering'
import { visionBlocks } from './build/vision'
import type { ReportData } from './data'
import type { ReportBlock, ReportDocument, ReportPeriod, ReportSection } from './document'
import { SECTION_TITLES, orderSections, type CourseTrack, type ReportSectionId } from './sections'

export interface ReportOptions {
  id: string
  generatedAt: string
  author: string
  track: CourseTrack | null
  sections: readonly ReportSectionId[]
  period: ReportPeriod | null
}

const SUMMARIES: Record<ReportSectionId, string> = {
  vision:
    'The vision as it stands now, the Product Goals with their status, the roadmaps and OKRs, how the Sprint Goals of the period turned out, and the Sprint Reviews: their agenda, who came, what they said and the items it led to.',
  backlog:
    'How big and how ready the Product Backlog is, an INVEST check of the items at the top, the Definitions of Ready and Done, and the story map.',
  ordering:
    'Where a WSJF order would differ from the order the Product Owner chose, and why; MoSCoW balance per release; the Kano results.',
  ebm: 'Which Key Value Areas are measured, what is missing, how the goals progress, what experiments decided, and any decision its backlog items do not bear out.',
  flow: 'Throughput, cycle time and the Service Level Expectation, and the Monte Carlo forecasts saved in the period.',
  customers: 'Personas the product serves and stakeholders with the attention each one needs.',
  assignments:
    'Progress per course track, then the assignments practised on this product: what each asks, the plan, actions, evidence (as it was when linked), outcome and reflection.'
}

/** The report as a document: one section per chosen part, in report order, each built from its data. */
export function buildReport(data: ReportData, options: ReportOptions): ReportDocument {
  const sections = orderSections(options.sections).map((id): ReportSection => ({
    id,
    title: SECTION_TITLES[id],
    summary: SUMMARIES[id],
    blocks: sectionBlocks(id, data, options.period)
  }))
  return {
    id: options.id,
    title: `${data.product.name}: Product Owner report`,
    product: data.product.name,
    author: options.author,
    track: options.track,
    generatedAt: options.generatedAt,
    period: options.period,
    sections
  }
}

const missing = (what: string): ReportBlock[] => [
  { kind: 'note', tone: 'info', text: `No ${what} data was available for this report.` }
]

function sectionBlocks(id: ReportSectionId, data: ReportData, period: ReportPeriod | null): ReportBlock[] {
  switch (id) {
    case 'vision':
      return data.vision ? visionBlocks(data.vision, period) : missing('vision')
    case 'backlog':
      return data.backlog ? backlogBlocks(data.backlog, period) : missing('backlog')
    case 'ordering':
      return data.ordering ? orderingBlocks(data.ordering) : missing('ordering')
    case 'ebm':
      return data.ebm ? ebmBlocks(data.ebm, period) : missing('EBM')
    case 'flow':
      return data.flow ? flowBlocks(data.flow, period) : missing('flow')
    case 'customers':
      return data.customers ? customersBlocks(data.customers) : missing('customer')
    case 'assignments':
      return data.assignments
        ? [...progressBlocks(data.progress ?? []), ...assignmentBlocks(data.assignments, period)]
        : missing('practice')
  }
}
