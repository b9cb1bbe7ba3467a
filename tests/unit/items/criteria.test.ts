import { describe, expect, it } from 'vitest'
import { parseCriterion } from '@shared/domain/items/criteria'

describe('parseCriterion', () => {
  it('recognises Given / When / Then on one line, in any case, with commas', () => {
    expect(parseCriterion('Given a full session, when I open it, then I can join the waiting list')).toEqual({
      form: 'scenario',
      given: 'a full session',
      when: 'I open it',
      then: 'I can join the waiting list'
    })
    expect(parseCriterion('GIVEN x WHEN y THEN z')).toMatchObject({
      form: 'scenario',
      given: 'x',
      when: 'y',
      then: 'z'
    })
  })

  it('reads Gherkin over several lines, folding And / But into the step above', () => {
    const text =
      'Given my booking starts in an hour\nWhen I open it\nThen cancelling is not offered\nAnd I see the pool’s phone number'
    expect(parseCriterion(text)).toEqual({
      form: 'scenario',
      given: 'my booking starts in an hour',
      when: 'I open it',
      then: 'cancelling is not offered, and I see the pool’s phone number'
    })
  })

  it('accepts a scenario without Given, and ignores Markdown emphasis', () => {
    expect(parseCriterion('**When** a place frees up, **then** the first person is offered it')).toEqual({
      form: 'scenario',
      given: null,
      when: 'a place frees up',
      then: 'the first person is offered it'
    })
  })

  it('treats everything else as a plain statement, also sentences that merely contain the words', () => {
    expect(parseCriterion('  Times in emails are in local time.  ')).toEqual({
      form: 'statement',
      text: 'Times in emails are in local time.'
    })
    expect(parseCriterion('Then is a word; when it rains nothing happens')).toMatchObject({ form: 'statement' })
    expect(parseCriterion('Given enough time the team will finish')).toMatchObject({ form: 'statement' })
  })
})
