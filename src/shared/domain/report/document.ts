import type { CourseTrack, ReportSectionId } from './sections'

/**
 * A report as a format-neutral document: the HTML and Markdown renderers, the coach's review space
 * and the embedded copy in the HTML file all read this one structure.
 */
export interface ReportDocument {
  /** Identifies this export; a review names the report it answers by this id. */
  id: string
  title: string
  product: string
  author: string
  track: CourseTrack | null
  /** ISO time the report was made. */
  generatedAt: string
  /** Dated things (Sprints, decisions, forecasts, actions...) are limited to this period; null: everything. */
  period: ReportPeriod | null
  sections: ReportSection[]
}

export interface ReportPeriod {
  from: string
  to: string
}

export interface ReportSection {
  id: ReportSectionId
  title: string
  /** One or two sentences on what the section shows. */
  summary: string
  blocks: ReportBlock[]
}

export interface Fact {
  label: string
  value: string
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][] }
  | { kind: 'note'; tone: 'info' | 'warning'; text: string }
  | { kind: 'chart'; chart: ReportChart }
  | { kind: 'assignment'; assignment: ReportAssignment }

export interface ChartPoint {
  label: string
  value: number
}

/** A chart small enough to draw as plain SVG: bars per label, or one line through the points. */
export interface ReportChart {
  type: 'bar' | 'line'
  title: string
  xLabel: string
  yLabel: string
  points: ChartPoint[]
  /** Horizontal reference lines, e.g. the Service Level Expectation. */
  markers: ChartPoint[]
}

export interface ReportEvidence {
  /** What kind of thing it links to, e.g. "Vision version", "Note". */
  kind: string
  label: string
  /** What it was when it was linked (the snapshot), in words. */
  snapshot: string
  linkedAt: string
}

/** One assignment from the practice journal, as the report shows it and a coach comments on it. */
export interface ReportAssignment {
  /** The journal entry's id, so a coach's comment can be shown beside it in the journal. */
  id: number
  track: string
  title: string
  /** What the assignment asks, as the catalogue words it (absent in reports made before it was shown). */
  asks?: string
  status: string
  experiments: string[]
  plan: string
  actions: { on: string; text: string }[]
  evidence: ReportEvidence[]
  outcome: string
  reflection: string
}
