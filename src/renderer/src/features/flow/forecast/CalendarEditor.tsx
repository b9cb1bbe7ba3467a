import { useState } from 'react'
import type { FlowCalendar } from '@shared/api/methods/flow'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { formatDay } from '../shape/format'
import { useSetCalendar } from '../queries'

/** The working-day calendar: applied to the history (days off are not samples) and to projected dates. */
export function CalendarEditor({ productId, calendar }: { productId: number; calendar: FlowCalendar }) {
  const save = useSetCalendar(productId)
  const [day, setDay] = useState('')
  const update = (next: FlowCalendar) => save.mutate(next)

  return (
    <section className="card calendar-editor" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Working calendar</h2>
      <p className="muted small">Forecasts count working days only, in the history and in the dates they project.</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={calendar.weekendsOff}
          disabled={save.isPending}
          onChange={(e) => update({ ...calendar, weekendsOff: e.target.checked })}
        />
        Weekends off
      </label>
      <form
        className="input-with-button"
        onSubmit={(e) => {
          e.preventDefault()
          if (!day) return
          update({ ...calendar, nonWorkingDays: [...calendar.nonWorkingDays, day] })
          setDay('')
        }}
      >
        <label htmlFor="calendar-day" className="visually-hidden">
          Non-working day
        </label>
        <input id="calendar-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        <button type="submit" disabled={!day || save.isPending}>
          Add day off
        </button>
      </form>
      {calendar.nonWorkingDays.length === 0 ? (
        <p className="muted small">No holidays or other days off declared.</p>
      ) : (
        <ul className="day-list" aria-label="Days off">
          {calendar.nonWorkingDays.map((d) => (
            <li key={d}>
              <span>{formatDay(d)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${formatDay(d)}`}
                disabled={save.isPending}
                onClick={() => update({ ...calendar, nonWorkingDays: calendar.nonWorkingDays.filter((x) => x !== d) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {save.error && <ErrorMessage error={save.error} />}
    </section>
  )
}
