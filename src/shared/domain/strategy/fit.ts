import { formatCount } from '../format'
import { blockNotes, type ContentOf } from './canvases'

/**
 * A first look at the fit of a Value Proposition Canvas: how many notes each side holds, and where
 * the value map leaves the profile unanswered. Counting cannot judge the fit; it says where to look.
 */
export interface ValueFit {
  counts: { jobs: number; pains: number; gains: number; products: number; relievers: number; creators: number }
  hints: string[]
}

export function valueFit(content: ContentOf<'vpc'>): ValueFit {
  const counts = {
    jobs: blockNotes(content.customerJobs).length,
    pains: blockNotes(content.pains).length,
    gains: blockNotes(content.gains).length,
    products: blockNotes(content.productsAndServices).length,
    relievers: blockNotes(content.painRelievers).length,
    creators: blockNotes(content.gainCreators).length
  }
  const hints: string[] = []
  if (counts.jobs === 0)
    hints.push('Start with the customer: write the jobs they are trying to get done before the value map.')
  if (counts.pains > 0 && counts.relievers === 0)
    hints.push('No pain reliever yet: which of the pains does your offer ease?')
  else if (counts.relievers < counts.pains)
    hints.push(
      `${formatCount(counts.pains, 'pain')} and ${formatCount(counts.relievers, 'pain reliever')}: check that the pains that matter most have an answer.`
    )
  if (counts.gains > 0 && counts.creators === 0)
    hints.push('No gain creator yet: which of the gains does your offer bring about?')
  else if (counts.creators < counts.gains)
    hints.push(
      `${formatCount(counts.gains, 'gain')} and ${formatCount(counts.creators, 'gain creator')}: check that the gains that matter most have an answer.`
    )
  if (counts.products === 0 && counts.relievers + counts.creators > 0)
    hints.push('Name the products and services the relievers and creators rest on.')
  return { counts, hints }
}
