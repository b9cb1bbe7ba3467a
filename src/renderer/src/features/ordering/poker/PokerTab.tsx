import { useState, type FormEvent } from 'react'
import type { Product } from '@shared/api'
import type { BoardItem } from '@shared/api/methods/ordering'
import { WSJF_SCALE } from '@shared/domain/ordering/scales'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { FIELD_LABELS, formatScore } from '../shared/fields'
import { useScoreEditor } from '../shared/useScoreEditor'
import { useBoard } from '../queries'
import { castVote, nextVoter, outcome, reveal, revote, startSession, type PokerSession } from '@shared/domain/estimation/poker'

type Target = 'value' | 'ubv'

export function PokerTab({ product }: { product: Product }) {
  const board = useBoard(product.id)
  const [itemId, setItemId] = useState<number | null>(null)
  const [target, setTarget] = useState<Target>('value')
  const [names, setNames] = useState('')
  const [session, setSession] = useState<PokerSession | null>(null)

  if (board.isPending) return <p className="muted">Loading…</p>
  if (board.error) return <ErrorMessage error={board.error} />
  const items = board.data.items
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <h2>Nothing to estimate</h2>
        <p>Value poker estimates the business value of backlog items not started yet. Add items on the Backlog screen first.</p>
      </div>
    )
  }
  const item = items.find((i) => i.id === itemId) ?? items[0]!

  if (session) {
    return (
      <PokerRound
        productId={product.id}
        item={item}
        target={target}
        session={session}
        onChange={setSession}
        onFinish={() => setSession(null)}
      />
    )
  }

  const start = (event: FormEvent) => {
    event.preventDefault()
    const next = startSession(names.split('\n'))
    if (next.participants.length > 0) setSession(next)
  }
  const participantCount = startSession(names.split('\n')).participants.length

  return (
    <form className="card poker-card stack" onSubmit={start} aria-labelledby="poker-setup">
      <h2 id="poker-setup">Value poker on one device</h2>
      <p className="muted">
        Like Planning Poker, but for business value. Each participant picks a card in turn while the others look away; the cards
        are revealed together, the highest and lowest explain their thinking, and the group votes again or agrees.
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="poker-item">Item</label>
          <select id="poker-item" value={item.id} onChange={(e) => setItemId(Number(e.target.value))}>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.manualPosition}. {i.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="poker-target">Save the agreed value as</label>
          <select id="poker-target" value={target} onChange={(e) => setTarget(e.target.value as Target)}>
            <option value="value">Value (value versus effort)</option>
            <option value="ubv">User-Business Value (WSJF)</option>
          </select>
        </div>
      </div>
      <p className="muted small">
        Its {FIELD_LABELS[target]} now: {formatScore(item.scores[target])}.
      </p>
      <div className="field">
        <label htmlFor="poker-names">Participants, one per line</label>
        <textarea id="poker-names" rows={4} value={names} onChange={(e) => setNames(e.target.value)} placeholder={'Ana\nBen\nCleo'} />
      </div>
      <div>
        <button type="submit" className="primary" disabled={participantCount === 0}>
          Start voting
        </button>
      </div>
    </form>
  )
}

interface PokerRoundProps {
  productId: number
  item: BoardItem
  target: Target
  session: PokerSession
  onChange: (session: PokerSession) => void
  onFinish: () => void
}

function PokerRound({ productId, item, target, session, onChange, onFinish }: PokerRoundProps) {
  const editor = useScoreEditor(productId)
  // Between two voters the cards stay hidden until the next one says they are ready.
  const [handover, setHandover] = useState(false)
  const voter = nextVoter(session)
  const result = outcome(session)
  const [agreed, setAgreed] = useState<number | null>(null)
  const agreedValue = agreed ?? result?.median ?? null
  const error = editor.errorFor(item.id, target)

  const vote = (value: number) => {
    onChange(castVote(session, value))
    setHandover(true)
  }
  const save = () => {
    if (agreedValue === null) return
    editor.save(item.id, { [target]: agreedValue }, () => {
      notify(`Saved ${agreedValue} as the ${FIELD_LABELS[target]} of “${item.title}”.`)
      onFinish()
    })
  }

  return (
    <section className="card poker-card stack" aria-labelledby="poker-round">
      <h2 id="poker-round">
        Round {session.round} · {item.title}
      </h2>
      <ul className="participant-list" aria-label="Participants">
        {session.participants.map((name, index) => {
          const cast = session.votes[index]
          const isLow = result && cast === result.low && !result.consensus
          const isHigh = result && cast === result.high && !result.consensus
          return (
            <li key={`${name}-${index}`} className={index === voter && !handover ? 'current' : undefined}>
              {name}
              {session.revealed ? (
                <span className={`vote${isLow ? ' low' : ''}${isHigh ? ' high' : ''}`}>{cast}</span>
              ) : (
                <span className="muted small"> {cast === null ? '· waiting' : '· voted'}</span>
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
            <button type="button" className="primary" onClick={() => setHandover(false)}>
              I am {session.participants[voter]}: show the cards
            </button>
          </div>
        </div>
      )}

      {!session.revealed && voter !== null && !handover && (
        <div className="stack">
          <p>
            <strong>{session.participants[voter]}</strong>, pick the card for the business value of this item. The others look away.
          </p>
          <div className="vote-cards" role="group" aria-label={`Cards for ${session.participants[voter]}`}>
            {WSJF_SCALE.map((value) => (
              <button key={value} type="button" onClick={() => vote(value)} aria-label={`Vote ${value}`}>
                {value}
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

      {result && (
        <div className="stack" aria-live="polite">
          {result.consensus ? (
            <p>Everyone chose {result.low}: agreement.</p>
          ) : (
            <p>
              The cards range from {result.low} to {result.high}. Ask {result.lowVoters.join(', ')} ({result.low}) and{' '}
              {result.highVoters.join(', ')} ({result.high}) what they know that the others may not, then vote again or agree.
            </p>
          )}
          <div className="toolbar">
            <button
              type="button"
              onClick={() => {
                setAgreed(null)
                setHandover(false)
                onChange(revote(session))
              }}
            >
              Vote again
            </button>
            <div className="field">
              <label htmlFor="poker-agreed">Agreed value</label>
              <select id="poker-agreed" value={agreedValue ?? ''} onChange={(e) => setAgreed(Number(e.target.value))}>
                {WSJF_SCALE.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="primary" onClick={save}>
              Save as {FIELD_LABELS[target]}
            </button>
          </div>
          {error && <p className="form-error">{error}</p>}
        </div>
      )}

      <div>
        <button type="button" className="button-link" onClick={onFinish}>
          Stop this session
        </button>
      </div>
    </section>
  )
}
