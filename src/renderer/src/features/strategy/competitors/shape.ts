import type { CompetitorBoard } from '@shared/api/methods/strategy'

/** One contender's cell in a criterion's row: its score, and whether it leads the row. */
export interface ScoreCell {
  /** null for the product itself. */
  competitorId: number | null
  name: string
  score: number | null
  leads: boolean
}

export interface CriterionRow {
  criterionId: number
  name: string
  weight: number
  cells: ScoreCell[]
}

export interface TotalCell {
  name: string
  text: string
  rank: number
}

/**
 * The comparison as a table: a row per criterion with a cell per contender (the product first),
 * and a totals row that says each one's weighted total out of the possible and its rank.
 */
export function comparisonTable(board: CompetitorBoard): {
  columns: string[]
  rows: CriterionRow[]
  totals: TotalCell[]
} {
  const leaders = new Map(board.leaders.map((l) => [l.criterionId, new Set(l.leaders)]))
  const columns = [board.productName, ...board.competitors.map((c) => c.name)]
  const rows = board.criteria.map((criterion) => {
    const leads = leaders.get(criterion.id) ?? new Set<string>()
    const own: ScoreCell = {
      competitorId: null,
      name: board.productName,
      score: criterion.ownScore,
      leads: leads.has(board.productName)
    }
    const others = board.competitors.map((c) => ({
      competitorId: c.id,
      name: c.name,
      score: c.scores.find((s) => s.criterionId === criterion.id)?.score ?? null,
      leads: leads.has(c.name)
    }))
    return { criterionId: criterion.id, name: criterion.name, weight: criterion.weight, cells: [own, ...others] }
  })
  const totals = board.totals.map((t) => ({
    name: t.name,
    rank: t.rank,
    text: `${t.total} of ${t.possible}${t.unscored.length > 0 ? ` · ${t.unscored.length} not scored` : ''}`
  }))
  return { columns, rows, totals }
}
