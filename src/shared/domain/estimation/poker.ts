/**
 * Poker on one device (Planning Poker for estimates, value poker for business value): participants
 * vote one after another without seeing each other's cards, the votes are revealed together, the
 * group talks about the spread, then revotes or agrees.
 * Pure state transitions so the rules are unit tested without React.
 */
export interface PokerSession {
  participants: string[]
  /** One vote per participant (same index), null until that person has voted in this round. */
  votes: Array<number | null>
  round: number
  revealed: boolean
}

export function startSession(participants: readonly string[]): PokerSession {
  const names = participants.map((name) => name.trim()).filter((name) => name.length > 0)
  return { participants: names, votes: names.map(() => null), round: 1, revealed: false }
}

/** Index of the person whose turn it is, or null once everyone has voted. */
export function nextVoter(session: PokerSession): number | null {
  const index = session.votes.indexOf(null)
  return index === -1 ? null : index
}

export function castVote(session: PokerSession, value: number): PokerSession {
  const voter = nextVoter(session)
  if (voter === null || session.revealed) return session
  const votes = [...session.votes]
  votes[voter] = value
  return { ...session, votes }
}

export function reveal(session: PokerSession): PokerSession {
  return nextVoter(session) === null ? { ...session, revealed: true } : session
}

export function revote(session: PokerSession): PokerSession {
  return { ...session, votes: session.participants.map(() => null), round: session.round + 1, revealed: false }
}

export interface PokerOutcome {
  low: number
  high: number
  /** The middle card (the lower of the two middle ones for an even count): a starting point, not a verdict. */
  median: number
  consensus: boolean
  /** Who voted lowest and highest: they explain first. */
  lowVoters: string[]
  highVoters: string[]
}

export function outcome(session: PokerSession): PokerOutcome | null {
  if (!session.revealed) return null
  const votes = session.votes.filter((v): v is number => v !== null)
  if (votes.length === 0) return null
  const sorted = [...votes].sort((a, b) => a - b)
  const low = sorted[0] as number
  const high = sorted[sorted.length - 1] as number
  const votersOf = (value: number) => session.participants.filter((_, i) => session.votes[i] === value)
  return {
    low,
    high,
    median: sorted[Math.floor((sorted.length - 1) / 2)] as number,
    consensus: low === high,
    lowVoters: votersOf(low),
    highVoters: votersOf(high)
  }
}
