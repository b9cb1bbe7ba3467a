import { useState, type FormEvent } from 'react'
import type { BacklogListItem } from '@shared/api'
import { REFINEMENT_TIPS, revote, startSession, voteStats, type PokerSession } from '@shared/domain/estimation'
import { formatEstimate, scaleSteps, type EstimateScale } from '@shared/domain/items/estimate-scale'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { AgreeBar, PokerVoting } from '@renderer/ui/PokerVoting'
import { notify } from '@renderer/ui/toastStore'
import { useUpdateItem } from '@renderer/features/backlog/queries'
import { formatCount } from '@shared/domain/format'

interface PlanningPokerProps {
  items: readonly BacklogListItem[]
  scale: EstimateScale
  itemId: number | null
  onItemChange: (id: number) => void
}

/** Planning Poker on one device; the agreed estimate is saved on the item (and can be undone). */
export function PlanningPoker({ items, scale, itemId, onItemChange }: PlanningPokerProps) {
  const [names, setNames] = useState('')
  const [session, setSession] = useState<PokerSession | null>(null)
  const item = items.find((i) => i.id === itemId) ?? items[0]
  if (!item) {
    return (
      <div className="empty-state">
        <h2>Nothing to estimate</h2>
        <p>
          Every item near the top is ready. Planning Poker is for items that still need an estimate or a second look.
        </p>
      </div>
    )
  }
  if (session)
    return (
      <PokerRound item={item} scale={scale} session={session} onChange={setSession} onFinish={() => setSession(null)} />
    )

  const participants = startSession(names.split('\n')).participants
  const start = (event: FormEvent) => {
    event.preventDefault()
    if (participants.length > 0) setSession(startSession(participants))
  }
  return (
    <form className="card stack refinement-card" onSubmit={start} aria-labelledby="planning-poker-title">
      <h2 id="planning-poker-title">Planning Poker on one device</h2>
      <p className="muted">{REFINEMENT_TIPS.planningPoker}</p>
      <div className="field">
        <label htmlFor="poker-item-select">Item</label>
        <select id="poker-item-select" value={item.id} onChange={(e) => onItemChange(Number(e.target.value))}>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title} ({formatEstimate(scale, i.estimate)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="planning-poker-names">Participants, one per line</label>
        <textarea
          id="planning-poker-names"
          rows={4}
          value={names}
          onChange={(e) => setNames(e.target.value)}
          placeholder={'Ana\nBen\nCleo'}
        />
      </div>
      <div>
        <button type="submit" className="primary" disabled={participants.length === 0}>
          Start voting
        </button>
      </div>
    </form>
  )
}

interface PokerRoundProps {
  item: BacklogListItem
  scale: EstimateScale
  session: PokerSession
  onChange: (session: PokerSession) => void
  onFinish: () => void
}

function PokerRound({ item, scale, session, onChange, onFinish }: PokerRoundProps) {
  const update = useUpdateItem()
  const steps = scaleSteps(scale)
  const cards = steps.map((step) => ({ label: step.label, value: step.points }))
  const votes = session.votes.filter((v): v is number => v !== null)
  const stats = session.revealed
    ? voteStats(
        votes,
        steps.map((s) => s.points)
      )
    : null
  const [agreed, setAgreed] = useState<number | null>(null)
  const agreedValue = agreed ?? stats?.suggestion ?? stats?.median ?? null
  const label = (value: number) => formatEstimate(scale, value)
  const outlierNames = stats ? stats.outliers.map((index) => session.participants[index]).join(', ') : ''

  const save = () => {
    if (agreedValue === null) return
    update.mutate(
      { id: item.id, patch: { estimate: agreedValue } },
      {
        onSuccess: () => {
          notify(`Saved ${label(agreedValue)} as the estimate of “${item.title}”.`)
          onFinish()
        }
      }
    )
  }

  return (
    <section className="card stack refinement-card" aria-labelledby="planning-poker-round">
      <h2 id="planning-poker-round">
        Round {session.round} · {item.title}
      </h2>
      <PokerVoting
        session={session}
        onChange={onChange}
        cards={cards}
        question="pick the card for the size of this item."
        marked={(_vote, index) => !!stats?.outliers.includes(index)}
      />
      {stats && (
        <div className="stack" aria-live="polite">
          <p>
            {stats.consensus
              ? `Everyone chose ${label(stats.low)}: agreement.`
              : `The cards range from ${label(stats.low)} to ${label(stats.high)} (${formatCount(stats.spread, 'step')} apart).`}{' '}
            {stats.outliers.length > 0 &&
              `Hear ${outlierNames} first: ${stats.outliers.length === 1 ? 'that card is' : 'those cards are'} far from the middle.`}
            {!stats.consensus &&
              stats.suggestion !== null &&
              ` Neighbouring cards: teams usually take the higher one, ${label(stats.suggestion)}.`}
            {stats.suggestion === null && ' Talk about what each of you assumed, then vote again.'}
          </p>
          <AgreeBar
            selectId="planning-poker-agreed"
            label="Agreed estimate"
            cards={cards}
            agreed={agreedValue}
            onAgreedChange={setAgreed}
            onRevote={() => {
              setAgreed(null)
              onChange(revote(session))
            }}
            saveLabel="Save the estimate"
            onSave={save}
            saving={update.isPending}
          />
          <ErrorMessage error={update.error} />
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
