import { describe, expect, it } from 'vitest'
import type { ProductGoal } from '@shared/api/methods/goals'
import type { RoadmapRow } from '@shared/api/methods/roadmap'
import { boardColumns, moveGoal, placementOf } from '@renderer/features/vision/roadmap/board'
import { boardMarkup, goTableMarkup } from '@renderer/features/vision/export/roadmapMarkup'
import { escapeHtml, fileNameFor, htmlDocument } from '@renderer/features/vision/export/markup'

const goal = (id: number, title: string, status: ProductGoal['status'] = 'draft'): ProductGoal => ({
  id,
  productId: 1,
  title,
  description: '',
  measure: '',
  baseline: '',
  target: '',
  targetDate: null,
  status,
  endReason: null,
  activatedAt: null,
  endedAt: null,
  itemIds: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z'
})

describe('Now / Next / Later board', () => {
  const board = { now: [1], next: [2, 3], later: [] }

  it('moves a goal to the end of another column, or off the board', () => {
    expect(moveGoal(board, 2, 'later')).toEqual({ now: [1], next: [3], later: [2] })
    expect(moveGoal(board, 1, 'unplanned')).toEqual({ now: [], next: [2, 3], later: [] })
    expect(placementOf(board, 3)).toBe('next')
    expect(placementOf(board, 9)).toBe('unplanned')
  })

  it('lists open goals that are not placed, and keeps placed ended goals in their column', () => {
    const goals = [
      goal(1, 'A', 'achieved'),
      goal(2, 'B'),
      goal(3, 'C'),
      goal(4, 'D', 'active'),
      goal(5, 'E', 'abandoned')
    ]
    const shaped = boardColumns(board, goals)
    expect(shaped.columns.now.map((g) => g.title)).toEqual(['A'])
    expect(shaped.columns.next.map((g) => g.title)).toEqual(['B', 'C'])
    expect(shaped.unplanned.map((g) => g.title)).toEqual(['D'])
  })
})

describe('roadmap export', () => {
  it('escapes every text and closes every element, so the markup is also valid XHTML', () => {
    const markup = boardMarkup('Pools <&> "Co"', {
      now: [goal(1, 'Fix <script>alert(1)</script>')],
      next: [],
      later: []
    })
    expect(markup).not.toContain('<script>')
    expect(markup).toContain('Fix &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(markup).toContain('Pools &lt;&amp;&gt; &quot;Co&quot;')
    expect(isBalanced(markup)).toBe(true)
  })

  it('writes one table row per roadmap row with its features as a list', () => {
    const row: RoadmapRow = {
      id: 1,
      productId: 1,
      position: 0,
      timeframe: 'Q3',
      name: 'Self-service',
      goal: 'Book without calling',
      features: ['Waiting list', 'Cancel online'],
      metrics: 'Online share',
      productGoalId: null,
      warnings: []
    }
    const markup = goTableMarkup('Lanes', [row])
    expect(markup.match(/<tr /g)).toHaveLength(2)
    expect(markup.match(/<li /g)).toHaveLength(2)
    expect(goTableMarkup('Lanes', [])).toContain('No rows yet.')
  })

  it('makes a document that cannot reach the network', () => {
    const doc = htmlDocument('Roadmap', '<p>x</p>')
    expect(doc).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
    expect(doc).not.toMatch(/(src|href)="https?:/)
    expect(escapeHtml(`'`)).toBe('&#39;')
    expect(fileNameFor('Sample: Lanes Now/Next', 'png')).toBe('sample-lanes-now-next.png')
  })
})

/** Every opened element is closed, in order: what XML parsing of the PNG's foreignObject needs. */
function isBalanced(markup: string): boolean {
  const stack: string[] = []
  for (const [, closing, name] of markup.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
    if (!closing) stack.push(name!)
    else if (stack.pop() !== name) return false
  }
  return stack.length === 0
}
