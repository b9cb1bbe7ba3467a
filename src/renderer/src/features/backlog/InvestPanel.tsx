import { INVEST_LETTERS, INVEST_NAMES, type InvestReport } from '@shared/domain/invest'

const FORM_NAMES: Record<InvestReport['form'], string> = {
  'user-story': 'user story (As a …, I want …, so that …)',
  'job-story': 'job story (When …, I want to …, so I can …)',
  'free-text': 'free text'
}

const STATUS_WORDS = { pass: 'passes', warn: 'warning', fail: 'fails' } as const

/** The six letters with their state, and each finding with why it fired and how to fix it. */
export function InvestPanel({ report }: { report: InvestReport }) {
  return (
    <section className="invest-panel" aria-labelledby="invest-heading">
      <h3 id="invest-heading">
        INVEST check <span className="muted small">· read as {FORM_NAMES[report.form]}</span>
      </h3>
      <ul className="invest-letters" aria-label="INVEST letters">
        {INVEST_LETTERS.map((letter) => (
          <li
            key={letter}
            className={`invest-letter invest-${report.letters[letter]}`}
            title={`${INVEST_NAMES[letter]}: ${STATUS_WORDS[report.letters[letter]]}`}
          >
            <span aria-hidden="true">{letter}</span>
            <span className="visually-hidden">
              {INVEST_NAMES[letter]}: {STATUS_WORDS[report.letters[letter]]}
            </span>
          </li>
        ))}
      </ul>
      {report.findings.length === 0 ? (
        <p className="muted small">No findings: the item reads well against every letter.</p>
      ) : (
        <ul className="invest-findings" aria-label="INVEST findings">
          {report.findings.map((finding) => (
            <li key={finding.rule} data-rule={finding.rule} className={`invest-finding invest-${finding.severity}`}>
              <strong>
                {finding.letter} · {INVEST_NAMES[finding.letter]} ({finding.severity === 'fail' ? 'fails' : 'warning'})
              </strong>{' '}
              {finding.message}
              <span className="invest-fix">
                Fix: {finding.fix} <cite>See {finding.source}.</cite>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
