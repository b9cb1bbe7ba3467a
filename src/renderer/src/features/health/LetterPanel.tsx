import { useState } from 'react'
import { Link } from 'wouter'
import type { BacklogHealth } from '@shared/api/methods/backlog'
import { formatCount } from '@shared/domain/format'
import {
  findingItems,
  itemHref,
  itemLabel,
  LETTER_INITIALS,
  RATING_LABELS,
  scoreText,
  SEVERITY_LABELS,
  type HealthItemRef
} from './shape'

type Letter = BacklogHealth['letters'][number]
type Finding = Letter['findings'][number]

/** One DEEP letter: its score and rating, the headline evidence, and each finding with its next step and items. */
export function LetterPanel({ letter, items }: { letter: Letter; items: readonly HealthItemRef[] }) {
  const headingId = `deep-${letter.letter}`
  return (
    <section className={`deep-panel rating-${letter.rating ?? 'none'}`} aria-labelledby={headingId}>
      <header className="deep-panel-header">
        <span className="deep-initial" aria-hidden="true">
          {LETTER_INITIALS[letter.letter]}
        </span>
        <h2 id={headingId}>{letter.name}</h2>
        <p className="deep-score">
          <span className="deep-score-value">{scoreText(letter.score)}</span>
          <span className="muted small"> / 100</span>
          {letter.rating && <span className={`deep-rating ${letter.rating}`}>{RATING_LABELS[letter.rating]}</span>}
        </p>
      </header>
      <p className="deep-summary">{letter.summary}</p>
      {letter.findings.length > 0 && (
        <ul className="deep-findings">
          {letter.findings.map((finding) => (
            <FindingRow key={finding.rule} finding={finding} items={items} />
          ))}
        </ul>
      )}
    </section>
  )
}

function FindingRow({ finding, items }: { finding: Finding; items: readonly HealthItemRef[] }) {
  const [showAll, setShowAll] = useState(false)
  const { shown, hidden, unlisted } = findingItems(finding, items, showAll)
  return (
    <li className={`deep-finding ${finding.severity}`} data-rule={finding.rule}>
      <p className="deep-evidence">
        <span className={`deep-severity ${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>{' '}
        {finding.evidence}
      </p>
      <p className="deep-next">
        <strong>Next step:</strong> {finding.nextStep}
        <cite className="deep-source"> See {finding.source}.</cite>
      </p>
      {shown.length > 0 && (
        <ul className="deep-items" aria-label={`Items: ${finding.evidence}`}>
          {shown.map((item) => (
            <li key={item.id}>
              {item.removed ? (
                <span className="muted">{itemLabel(item)}</span>
              ) : (
                <Link href={itemHref(item.id)}>{itemLabel(item)}</Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" className="button-link small" onClick={() => setShowAll(true)}>
          {shown.length === 0 ? `Show the ${formatCount(hidden, 'item')}` : `Show all ${shown.length + hidden}`}
        </button>
      )}
      {showAll && unlisted > 0 && <p className="muted small">…and {unlisted} more not listed here.</p>}
    </li>
  )
}
