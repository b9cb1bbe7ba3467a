import { describe, expect, it } from 'vitest'
import { castVote, nextVoter, outcome, reveal, revote, startSession } from '@shared/domain/estimation/poker'

describe('value poker session', () => {
  it('drops blank names and starts with nobody having voted', () => {
    const session = startSession([' Ana ', '', 'Ben'])
    expect(session).toEqual({ participants: ['Ana', 'Ben'], votes: [null, null], round: 1, revealed: false })
    expect(nextVoter(session)).toBe(0)
  })

  it('takes votes in turn and reveals only once everyone has voted', () => {
    let session = startSession(['Ana', 'Ben', 'Cleo'])
    session = castVote(session, 8)
    expect(nextVoter(session)).toBe(1)
    expect(reveal(session).revealed).toBe(false)
    session = castVote(castVote(session, 3), 13)
    expect(nextVoter(session)).toBeNull()
    expect(castVote(session, 1)).toBe(session)
    session = reveal(session)
    expect(session.revealed).toBe(true)
    expect(outcome(session)).toEqual({
      low: 3,
      high: 13,
      median: 8,
      consensus: false,
      lowVoters: ['Ben'],
      highVoters: ['Cleo']
    })
  })

  it('has no outcome before the reveal', () => {
    expect(outcome(castVote(startSession(['Ana']), 5))).toBeNull()
  })

  it('takes the lower middle card for an even count and sees consensus when all agree', () => {
    const split = reveal(castVote(castVote(startSession(['A', 'B']), 5), 2))
    expect(outcome(split)?.median).toBe(2)
    const agreed = reveal(castVote(castVote(startSession(['A', 'B']), 5), 5))
    expect(outcome(agreed)).toMatchObject({ consensus: true, lowVoters: ['A', 'B'], highVoters: ['A', 'B'] })
  })

  it('clears the votes for a revote and counts the round', () => {
    const session = revote(reveal(castVote(startSession(['Ana']), 5)))
    expect(session).toEqual({ participants: ['Ana'], votes: [null], round: 2, revealed: false })
  })
})
