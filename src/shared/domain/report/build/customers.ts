import { formatCount } from '../../format'
import type { ReportData } from '../data'
import type { ReportBlock } from '../document'
import { formatDay } from '../period'

/** Who the product is for and who has a say: personas, and the stakeholder map with due contacts. */
export function customersBlocks(customers: NonNullable<ReportData['customers']>): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Personas' }]
  if (customers.personas.length === 0) blocks.push({ kind: 'paragraph', text: 'No persona is described yet.' })
  else
    blocks.push({
      kind: 'table',
      caption: 'Personas',
      columns: ['Persona', 'Role', 'Goals', 'Pains', 'Job stories', 'Items'],
      rows: customers.personas.map((p) => [
        p.quote ? `${p.name} (“${p.quote}”)` : p.name,
        p.role,
        p.goals,
        p.pains,
        String(p.jobStories.length),
        String(p.itemIds.length)
      ])
    })
  blocks.push({ kind: 'heading', text: 'Stakeholders' })
  if (customers.stakeholders.length === 0) blocks.push({ kind: 'paragraph', text: 'No stakeholder is on the map yet.' })
  else {
    blocks.push({
      kind: 'table',
      caption: 'Stakeholders on the power and interest grid',
      columns: ['Stakeholder', 'Role', 'Power', 'Interest', 'Approach', 'Next contact'],
      rows: customers.stakeholders.map((s) => [
        s.name,
        s.role,
        String(s.power),
        String(s.interest),
        s.guidance,
        s.nextContactDue
          ? `${formatDay(s.nextContactDue)}${s.overdue ? ` (${formatCount(s.daysOverdue, 'day')} overdue)` : ''}`
          : 'no cadence'
      ])
    })
    const overdue = customers.stakeholders.filter((s) => s.overdue)
    if (overdue.length > 0)
      blocks.push({
        kind: 'note',
        tone: 'warning',
        text: `Contact is overdue with ${overdue.map((s) => s.name).join(', ')}.`
      })
  }
  return blocks
}
