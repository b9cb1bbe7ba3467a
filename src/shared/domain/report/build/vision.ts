import { formatNumber } from '../../format'
import {
  GOAL_STATUS_LABELS,
  SPRINT_OUTCOME_LABELS,
  VISION_FIELD_REFS,
  assemblePitch,
  sprintOutcomeStats,
  visionFieldValue
} from '../../vision'
import type { ReportData } from '../data'
import type { ReportBlock, ReportPeriod } from '../document'
import { formatDay, inPeriod } from '../period'
import { okrTable, roadmapTables } from './plans'
import { reviewBlocks } from './reviews'
import { strategyBlocks } from './strategy'

/** The current vision, the Product Goals with their status, the roadmaps and OKRs, how Sprint Goals fared and the Sprint Reviews of the period. */
export function visionBlocks(vision: NonNullable<ReportData['vision']>, period: ReportPeriod | null): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Current vision' }]
  const { content, latest } = vision.state
  if (!latest) blocks.push({ kind: 'note', tone: 'warning', text: 'No vision has been written yet.' })
  else {
    blocks.push({
      kind: 'paragraph',
      text: `Version ${latest.number}, saved ${formatDay(latest.savedAt)}: ${latest.reason}`
    })
    const pitch = assemblePitch(content.pitch)
    if (pitch.missing.length < Object.keys(content.pitch).length)
      blocks.push({ kind: 'paragraph', text: `Elevator pitch: ${pitch.sentence}` })
    const filled = VISION_FIELD_REFS.filter(
      (ref) => ref.section !== 'pitch' && visionFieldValue(content, ref).trim() !== ''
    )
    if (filled.length > 0)
      blocks.push({
        kind: 'table',
        caption: 'Vision board, product box and Lean Canvas',
        columns: ['Field', 'Text'],
        rows: filled.map((ref) => [ref.label, visionFieldValue(content, ref)])
      })
    const changes = vision.versions.filter((v) => inPeriod(period, v.savedAt))
    if (changes.length > 0) {
      blocks.push({
        kind: 'table',
        caption: 'Vision versions saved in the period',
        columns: ['Version', 'Saved', 'Why', 'Fields changed'],
        rows: changes.map((v) => [String(v.number), formatDay(v.savedAt), v.reason, String(v.changedFields.length)])
      })
    }
  }

  blocks.push({ kind: 'heading', text: 'Product Goals' })
  if (vision.goals.length === 0) blocks.push({ kind: 'note', tone: 'warning', text: 'No Product Goal has been set.' })
  else
    blocks.push({
      kind: 'table',
      caption: 'Product Goals and their status',
      columns: ['Product Goal', 'Status', 'Measure and target', 'Target date', 'Items', 'Why it ended'],
      rows: vision.goals.map((g) => [
        g.title,
        GOAL_STATUS_LABELS[g.status],
        [g.measure, g.baseline && `from ${g.baseline}`, g.target && `to ${g.target}`].filter(Boolean).join(' '),
        g.targetDate ? formatDay(g.targetDate) : '',
        formatNumber(g.itemIds.length),
        g.endReason ?? ''
      ])
    })

  blocks.push({ kind: 'heading', text: 'Roadmaps' })
  const roadmaps = roadmapTables(vision.roadmap, vision.goals)
  blocks.push(
    ...(roadmaps.length > 0 ? roadmaps : [{ kind: 'paragraph' as const, text: 'No roadmap has been drawn yet.' }])
  )

  blocks.push({ kind: 'heading', text: 'OKRs' })
  blocks.push(
    vision.okrs.length > 0
      ? okrTable(vision.okrs, vision.goals)
      : { kind: 'paragraph', text: 'No objective has been set yet.' }
  )

  blocks.push({ kind: 'heading', text: 'Sprint Goals' })
  const judged = vision.sprints.flatMap((s) =>
    s.outcome && inPeriod(period, s.endDate) ? [{ ...s, outcome: s.outcome }] : []
  )
  const stats = sprintOutcomeStats(judged)
  blocks.push({
    kind: 'facts',
    facts: [
      { label: 'Sprints judged', value: String(stats.judged) },
      { label: 'Met / partly / not met', value: `${stats.met} / ${stats.partly} / ${stats.not}` },
      {
        label: 'Achievement rate',
        value: stats.achievementRate === null ? 'n/a' : `${Math.round(stats.achievementRate * 100)}%`
      }
    ]
  })
  blocks.push({ kind: 'paragraph', text: stats.sentence })
  if (stats.series.length > 0) {
    blocks.push({
      kind: 'chart',
      chart: {
        type: 'bar',
        title: 'Sprint Goal outcome per Sprint',
        xLabel: 'Sprint (oldest first)',
        yLabel: 'Score: met 1, partly 0.5, not met 0',
        points: stats.series.map((s) => ({ label: s.name, value: s.score })),
        markers: []
      }
    })
    blocks.push({
      kind: 'table',
      caption: 'Judged Sprints',
      columns: ['Sprint', 'Ended', 'Sprint Goal', 'Outcome'],
      rows: judged
        .sort((a, b) => a.endDate.localeCompare(b.endDate))
        .map((s) => [s.name, formatDay(s.endDate), s.goal, SPRINT_OUTCOME_LABELS[s.outcome]])
    })
  }
  blocks.push(...reviewBlocks(vision.reviews, period))
  if (vision.strategy) blocks.push(...strategyBlocks(vision.strategy))
  return blocks
}
