import { computeAlignment, type AlignmentInputGoal } from '../vision/alignment'
import { formatCount } from '../format'
import { finding, letterRating, percentOf } from './rating'
import { DEEP_NAMES, type Finding, type HealthItem, type LetterHealth } from './types'

/** Groups of two or more open items holding the same place, in backlog order. */
export function tiedGroups(open: readonly HealthItem[]): HealthItem[][] {
  const byRank = new Map<string, HealthItem[]>()
  for (const item of open) {
    const group = byRank.get(item.rank)
    if (group) group.push(item)
    else byRank.set(item.rank, [item])
  }
  return [...byRank.values()].filter((group) => group.length > 1)
}

/**
 * Prioritised: one total order that the Product Owner chose, whose top serves the active Product Goal.
 * The order part scores the share of open items with a place of their own; with an active goal, the
 * score is the mean of that and the share of top items serving the goal.
 */
export function assessPrioritised(
  open: readonly HealthItem[],
  top: number,
  goals: readonly AlignmentInputGoal[]
): LetterHealth {
  const name = DEEP_NAMES.prioritised
  if (open.length === 0)
    return {
      letter: 'prioritised',
      name,
      score: null,
      rating: null,
      summary: 'No open items to look at.',
      findings: []
    }

  const findings: Finding[] = []
  const ties = tiedGroups(open)
  const tied = ties.flat()
  const orderScore = percentOf(open.length - tied.length, open.length)
  if (ties.length > 0) {
    findings.push(
      finding(
        'tied-places',
        'attention',
        `${formatCount(ties.length, 'group')} of items share a place (${formatCount(tied.length, 'item')}): their order was never chosen.`,
        'Open the Backlog and drag each of them to where it belongs, so every item has a place of its own.',
        tied.map((item) => item.id)
      )
    )
  } else {
    findings.push(
      finding(
        'total-order',
        'good',
        `All ${formatCount(open.length, 'open item')} are in one order, each in a place of its own.`,
        'Keep re-ordering as you learn; the order is yours to own.'
      )
    )
  }

  const alignment = computeAlignment(
    open.map((item) => ({ id: item.id, title: item.title, estimate: item.estimate, goalId: item.goalId })),
    goals,
    top
  )
  const active = goals.find((goal) => goal.id === alignment.activeGoalId)
  let score = orderScore
  let summary = ties.length > 0 ? `${formatCount(tied.length, 'item')} share a place with another.` : 'One total order.'
  if (active && alignment.itemShare !== null) {
    const share = percentOf(alignment.topServingActive, alignment.topCount)
    const notServing = alignment.top.filter((item) => item.goalId !== active.id)
    score = Math.round((orderScore + share) / 2)
    summary += ` ${alignment.topServingActive} of the top ${alignment.topCount} serve the active Product Goal.`
    findings.push(
      notServing.length === 0
        ? finding(
            'serves-goal',
            'good',
            `All of the top ${alignment.topCount} items serve “${active.title}”.`,
            'Keep the goal in view when new items arrive.'
          )
        : finding(
            'off-goal',
            share >= 70 ? 'info' : share >= 40 ? 'attention' : 'poor',
            `${alignment.topServingActive} of the top ${alignment.topCount} items (${share}%) serve the active Product Goal “${active.title}”; ${notServing.length} do not.`,
            'Link the ones that do serve it (Vision & Goals); move the others below the goal’s work, or say why they must come first.',
            notServing.map((item) => item.id)
          )
    )
  } else if (goals.length > 0) {
    findings.push(
      finding(
        'no-active-goal',
        'attention',
        'No Product Goal is active, so the top of the backlog has no direction to be checked against.',
        'Activate the Product Goal the team is working towards (Vision & Goals).'
      )
    )
  } else {
    findings.push(
      finding(
        'no-goals',
        'info',
        'There is no Product Goal yet.',
        'Set a Product Goal (Vision & Goals); this view then checks that the top items serve it.'
      )
    )
  }
  return { letter: 'prioritised', name, score, rating: letterRating(score, findings), summary, findings }
}
