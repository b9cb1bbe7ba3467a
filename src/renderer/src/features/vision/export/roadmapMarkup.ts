import type { ProductGoal } from '@shared/api/methods/goals'
import type { RoadmapRow } from '@shared/api/methods/roadmap'
import { GOAL_STATUS_LABELS } from '@shared/domain/vision/goals'
import { ROADMAP_COLUMNS, ROADMAP_COLUMN_LABELS, type RoadmapColumn } from '@shared/domain/vision/roadmap'
import { EXPORT_PALETTE as P, el, escapeHtml } from './markup'

const heading = (title: string, subtitle: string) =>
  el('h1', { margin: '0 0 4px', fontSize: '20px', fontWeight: 700 }, escapeHtml(title)) +
  el('p', { margin: '0 0 16px', color: P.muted, fontSize: '13px' }, escapeHtml(subtitle))

const goalCard = (goal: ProductGoal) =>
  el(
    'div',
    {
      border: `1px solid ${P.border}`,
      borderRadius: '6px',
      background: P.surface,
      padding: '8px 10px',
      margin: '0 0 8px'
    },
    el('p', { margin: 0, fontWeight: 600 }, escapeHtml(goal.title)) +
      el(
        'p',
        { margin: '4px 0 0', fontSize: '12px', color: P.muted },
        escapeHtml(
          [
            GOAL_STATUS_LABELS[goal.status],
            goal.measure && `${goal.measure}: ${goal.baseline || '?'} → ${goal.target || '?'}`,
            goal.targetDate && `by ${goal.targetDate}`
          ]
            .filter(Boolean)
            .join(' · ')
        )
      )
  )

/** The Now / Next / Later board as a document: three columns of goals. */
export function boardMarkup(productName: string, columns: Record<RoadmapColumn, readonly ProductGoal[]>): string {
  const column = (key: RoadmapColumn) =>
    el(
      'td',
      { verticalAlign: 'top', width: '33%', padding: '10px', background: P.panel, border: `1px solid ${P.border}` },
      el('h2', { margin: '0 0 10px', fontSize: '15px', color: P.accent }, escapeHtml(ROADMAP_COLUMN_LABELS[key])) +
        (columns[key].length
          ? columns[key].map(goalCard).join('')
          : el('p', { margin: 0, fontSize: '12px', color: P.muted }, 'No goals here yet.'))
    )
  return (
    heading(`${productName}: Now / Next / Later`, 'Product Goals by horizon; the further out, the less certain.') +
    el(
      'table',
      { width: '100%', borderCollapse: 'separate', borderSpacing: '8px 0', tableLayout: 'fixed' },
      el('tbody', {}, el('tr', {}, ROADMAP_COLUMNS.map(column).join('')))
    )
  )
}

const GO_HEADERS = ['Timeframe', 'Name', 'Goal', 'Features', 'Metrics'] as const

/** The goal-oriented roadmap table as a document. */
export function goTableMarkup(productName: string, rows: readonly RoadmapRow[]): string {
  const cell = {
    border: `1px solid ${P.border}`,
    padding: '8px',
    verticalAlign: 'top',
    textAlign: 'left',
    fontSize: '13px'
  }
  const head = GO_HEADERS.map((h) => el('th', { ...cell, background: P.panel, fontWeight: 700 }, escapeHtml(h))).join(
    ''
  )
  const body = rows
    .map((row) =>
      el(
        'tr',
        {},
        el('td', cell, escapeHtml(row.timeframe)) +
          el('td', { ...cell, fontWeight: 600 }, escapeHtml(row.name)) +
          el('td', cell, escapeHtml(row.goal)) +
          el(
            'td',
            cell,
            row.features.length
              ? el(
                  'ul',
                  { margin: 0, paddingLeft: '18px' },
                  row.features.map((f) => el('li', {}, escapeHtml(f))).join('')
                )
              : ''
          ) +
          el('td', cell, escapeHtml(row.metrics))
      )
    )
    .join('')
  return (
    heading(
      `${productName}: goal-oriented roadmap`,
      'Each release or period with its goal, three to five features and how success is measured.'
    ) +
    el(
      'table',
      { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
      el('thead', {}, el('tr', {}, head)) +
        el('tbody', {}, body || el('tr', {}, el('td', { ...cell, color: P.muted }, 'No rows yet.', 'colspan="5"')))
    )
  )
}
