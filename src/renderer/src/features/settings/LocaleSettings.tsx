import { DISPLAY_LOCALES, displayLocale, formatDay, formatNumber } from '@shared/domain/format'
import { useDisplayLocale } from '@renderer/app/locale'

/** How dates and numbers are written on every screen: the system's way or a chosen locale. */
export function LocaleSettings() {
  const [chosen, choose] = useDisplayLocale()
  return (
    <section className="card settings-card" aria-labelledby="locale-heading">
      <h2 id="locale-heading">Dates and numbers</h2>
      <div className="field threshold-field">
        <label htmlFor="display-locale">Write dates and numbers as in</label>
        <select id="display-locale" value={chosen ?? ''} onChange={(e) => choose(e.target.value || null)}>
          <option value="">The system’s language and region</option>
          {DISPLAY_LOCALES.map((locale) => (
            <option key={locale.tag} value={locale.tag} lang={locale.tag}>
              {locale.name}
            </option>
          ))}
        </select>
        <p className="muted small">
          For every product on this computer, on every screen; reports and exports follow the system’s language and
          region. Now: {formatDay('2026-03-31')}, {formatNumber(1234.5)} ({displayLocale()}).
        </p>
      </div>
    </section>
  )
}
