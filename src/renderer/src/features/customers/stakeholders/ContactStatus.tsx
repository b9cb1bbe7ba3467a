import type { Stakeholder } from '@shared/api/methods/stakeholders'
import { formatOptionalDay } from '@renderer/features/vision/format'
import { formatCount } from '@shared/domain/format'

/** When the next contact is due; an overdue one says so in words and with an icon, not by colour alone. */
export function ContactStatus({ stakeholder: s }: { stakeholder: Stakeholder }) {
  if (s.nextContactDue === null) return <span className="muted">No cadence agreed</span>
  if (s.overdue)
    return (
      <span className="contact-overdue">
        <span aria-hidden="true">⚠ </span>
        Overdue by {formatCount(s.daysOverdue, 'day')} (due {formatOptionalDay(s.nextContactDue)})
      </span>
    )
  return <span className="contact-ok">Next due {formatOptionalDay(s.nextContactDue)}</span>
}
