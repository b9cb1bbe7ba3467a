import { describe, expect, it } from 'vitest'
import { TRACKS, courseCoverage, findTrack } from '@shared/domain/practice'

describe('course coverage, counted from the catalogue', () => {
  it('counts PSPO experiments with a tool, conversations and those still waiting for one', () => {
    const { pspoExperiments } = courseCoverage(TRACKS)
    expect(pspoExperiments).toEqual({ total: 68, withTool: 59, conversations: 9, noToolYet: 0 })
  })

  it('counts targets backed by a tool, fully or partly, per track', () => {
    expect(courseCoverage(TRACKS).targets).toEqual({
      'qspo-1': { total: 16, backed: 15, partly: 0 },
      'qspo-2': { total: 16, backed: 15, partly: 1 },
      cspo: { total: 65, backed: 65, partly: 8 }
    })
  })

  it('does not count the journal as a tool, nor a conversation as an experiment with one', () => {
    const journalOnly = TRACKS.flatMap((t) => t.targets).filter((t) =>
      t.places.every((p) => p.route === '/practice/journal')
    )
    expect(journalOnly.map((t) => t.key)).toEqual(['pspo/closing', 'qspo-1/ownership', 'qspo-2/responsibility'])
    const track = findTrack('pspo')
    const oneTalk = {
      ...track,
      targets: track.targets.map((t) => ({
        ...t,
        experiments: t.experiments.map((e) => ({ ...e, place: null, conversation: true }))
      }))
    }
    expect(courseCoverage([oneTalk]).pspoExperiments).toEqual({
      total: 68,
      withTool: 0,
      conversations: 68,
      noToolYet: 0
    })
  })
})
