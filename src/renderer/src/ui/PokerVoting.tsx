import { useState } from 'react'
import { castVote, nextVoter, reveal, type PokerSession } from '@shared/domain/estimation/poker'
import '@renderer/styles/poker.css'

interface PokerVotingProps {
  session: PokerSession
  onChange: (session: PokerSession) => void
  /** The cards on the table, smallest first. */
  cards: ReadonlyArray<{ label: string; value: number }>
  /** What the voter is asked, e.g. "pick the card for the size of this item". */
  question: string
  /** Votes to mark after the reveal (lowest and highest, or outliers). */
  marked?: (vote: number, index: number) => boolean
}

/**
 * One device passed round the table: each participant picks a card while the others look away,
 * the device shows nothing of earlier votes until the next person says they are ready, and the
 * cards are revealed together. Used by Planning Poker (estimates) and value poker (business value).
 */
export function PokerVoting({ session, onChange, cards, question, marked }: PokerVotingProps) {
  const cast = session.votes.filter((v) => v !== null).length
  // Hidden until the next voter says they are ready; a revote (fewer votes again) ends the wait.
  const [handoverAt, setHandoverAt] = useState<number | null>(null)
  const handover = handoverAt === cast
  const voter = nextVoter(session)
  const labelOf = (value: number | null) => cards.find((card) => card.value === value)?.label ?? String(value)

  const pick = (value: number) => {
    onChange(castVote(session, value))
    setHandoverAt(cast + 1)
  }

  return (
    <>
      <ul className="participant-list" aria-label="Participants">
        {session.participants.map((name, index) => {
          const vote = session.votes[index] ?? null
          return (
            <li key={`${name}-${index}`} className={index === voter && !handover ? 'current' : undefined}>
              {name}
              {session.revealed && vote !== null ? (
                <span className={`vote${marked?.(vote, index) ? ' high' : ''}`}>{labelOf(vote)}</span>
              ) : (
                <span className="muted small"> {vote === null ? '· waiting' : '· voted'}</span>
              )}
            </li>
          )
        })}
      </ul>

      {!session.revealed && voter !== null && handover && (
        <div className="stack" aria-live="polite">
          <p>
            Vote recorded and hidden. Pass the device to <strong>{session.participants[voter]}</strong>.
          </p>
          <div>
            <button type="button" className="primary" onClick={() => setHandoverAt(null)}>
              I am {session.participants[voter]}: show the cards
            </button>
          </div>
        </div>
      )}

      {!session.revealed && voter !== null && !handover && (
        <div className="stack">
          <p>
            <strong>{session.participants[voter]}</strong>, {question} The others look away.
          </p>
          <div className="vote-cards" role="group" aria-label={`Cards for ${session.participants[voter]}`}>
            {cards.map((card) => (
              <button key={card.value} type="button" onClick={() => pick(card.value)} aria-label={`Vote ${card.label}`}>
                {card.label}
              </button>
            ))}
          </div>
        </div>
      )}

      {!session.revealed && voter === null && (
        <div className="stack" aria-live="polite">
          <p>Everyone has voted.</p>
          <div>
            <button type="button" className="primary" onClick={() => onChange(reveal(session))}>
              Reveal the cards
            </button>
          </div>
        </div>
      )}
    </>
  )
}

/** After the reveal: vote again, or pick the agreed card and save it. */
export function AgreeBar({
  selectId,
  label,
  cards,
  agreed,
  onAgreedChange,
  onRevote,
  saveLabel,
  onSave,
  saving = false
}: {
  selectId: string
  label: string
  cards: readonly { value: number; label: string }[]
  agreed: number | null
  onAgreedChange: (value: number) => void
  onRevote: () => void
  saveLabel: string
  onSave: () => void
  saving?: boolean
}) {
  return (
    <div className="toolbar">
      <button type="button" onClick={onRevote}>
        Vote again
      </button>
      <div className="field">
        <label htmlFor={selectId}>{label}</label>
        <select id={selectId} value={agreed ?? ''} onChange={(e) => onAgreedChange(Number(e.target.value))}>
          {cards.map((card) => (
            <option key={card.value} value={card.value}>
              {card.label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="primary" onClick={onSave} disabled={saving}>
        {saveLabel}
      </button>
    </div>
  )
}
