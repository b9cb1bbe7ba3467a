import { useMemo, useState, type FormEvent } from 'react'
import type { Product } from '@shared/api'
import type { BoardItem } from '@shared/api/methods/ordering'
import { WSJF_SCALE } from '@shared/domain/ordering/scales'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ItemPicker } from '@renderer/ui/itemPicker/ItemPicker'
import { notify } from '@renderer/ui/toastStore'
import { FIELD_LABELS, formatScore } from '../shared/fields'
import { pickableItems } from '../shared/pickable'
import { useScoreEditor } from '../shared/useScoreEditor'
import { useBoard } from '../queries'
import { outcome, revote, startSession, type PokerSession } from '@shared/domain/estimation/poker'
import { AgreeBar, PokerVoting } from '@renderer/ui/PokerVoting'

type Target = 'value' | 'ubv'

export function PokerTab({ product }: { product: Product }) {
  const board = useBoard(product.id)
  const [itemId, setItemId] = useState<number | null>(null)
  const [target, setTarget] = useState<Target>('value')
  const [names, setNames] = useState('')
  const [session, setSession] = useState<PokerSession | null>(null)
  const pickable = useMemo(() => pickableItems(board.data?.items ?? []), [board.data])

  if (board.isPending) return <p className="muted">Loading…</p>
  if (board.error) return <ErrorMessage error={board.error} />
  const items = board.data.items
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <h2>Nothing to estimate</h2>
        <p>
          Value poker estimates the business value of backlog items not started yet. Add items on the Backlog screen
          first.
        </p>
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
        Like Planning Poker, but for business value. Each participant picks a card in turn while the others look away;
        the cards are revealed together, the highest and lowest explain their thinking, and the group votes again or
        agrees.
      </p>
      <div className="field-row">
        <ItemPicker id="poker-item" label="Item" items={pickable} value={item.id} onChange={setItemId} />
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
        <textarea
          id="poker-names"
          rows={4}
          value={names}
          onChange={(e) => setNames(e.target.value)}
          placeholder={'Ana\nBen\nCleo'}
        />
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
  const result = outcome(session)
  const [agreed, setAgreed] = useState<number | null>(null)
  const agreedValue = agreed ?? result?.median ?? null
  const error = editor.errors.get(item.id)?.[target]

  const save = () => {
    if (agreedValue === null) return
    void editor.save(item.id, { [target]: agreedValue }).then((saved) => {
      if (!saved) return
      notify(`Saved ${agreedValue} as the ${FIELD_LABELS[target]} of “${item.title}”.`)
      onFinish()
    })
  }

  return (
    <section className="card poker-card stack" aria-labelledby="poker-round">
      <h2 id="poker-round">
        Round {session.round} · {item.title}
      </h2>
      <PokerVoting
        session={session}
        onChange={onChange}
        cards={WSJF_SCALE.map((value) => ({ label: String(value), value }))}
        question="pick the card for the business value of this item."
        marked={(vote) => !!result && !result.consensus && (vote === result.low || vote === result.high)}
      />

      {result && (
        <div className="stack" aria-live="polite">
          {result.consensus ? (
            <p>Everyone chose {result.low}: agreement.</p>
          ) : (
            <p>
              The cards range from {result.low} to {result.high}. Ask {result.lowVoters.join(', ')} ({result.low}) and{' '}
              {result.highVoters.join(', ')} ({result.high}) what they know that the others may not, then vote again or
              agree.
            </p>
          )}
          <AgreeBar
            selectId="poker-agreed"
            label="Agreed value"
            cards={WSJF_SCALE.map((value) => ({ value, label: String(value) }))}
            agreed={agreedValue}
            onAgreedChange={setAgreed}
            onRevote={() => {
              setAgreed(null)
              onChange(revote(session))
            }}
            saveLabel={`Save as ${FIELD_LABELS[target]}`}
            onSave={save}
          />
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
