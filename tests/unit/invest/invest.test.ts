import { describe, expect, it } from 'vitest'
import { checkInvest, parseStory, titleSimilarity, type InvestInput } from '@shared/domain/invest'

const GOOD: InvestInput = {
  text: 'As a swimmer, I want to cancel a booking up to two hours before it starts, so that my place goes to someone else',
  criteria: ['Given a booking that starts in three hours, when I cancel it, then the place is free again'],
  estimate: 3
}

const rules = (input: InvestInput) => checkInvest(input).findings.map((f) => f.rule)

describe('story form', () => {
  it('recognises user stories, job stories and free text', () => {
    expect(parseStory(GOOD.text)).toMatchObject({
      form: 'user-story',
      role: 'swimmer',
      benefit: 'my place goes to someone else'
    })
    expect(parseStory('As an admin I need to export takings').form).toBe('user-story')
    expect(
      parseStory('When my lesson is cancelled, I want to be offered another slot, so I can keep my child swimming')
    ).toMatchObject({
      form: 'job-story',
      situation: 'my lesson is cancelled',
      goal: 'be offered another slot',
      benefit: 'keep my child swimming'
    })
    expect(parseStory('Fix the login page').form).toBe('free-text')
  })
})

describe('INVEST rules', () => {
  it('passes a well-formed, small, testable story', () => {
    const report = checkInvest(GOOD)
    expect(report.findings).toEqual([])
    expect(Object.values(report.letters)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass'])
  })

  it('Valuable: free text warns, a missing benefit fails', () => {
    expect(rules({ ...GOOD, text: 'Cancel bookings online' })).toContain('story-form')
    expect(rules({ ...GOOD, text: 'Cancel bookings online', isStory: false })).not.toContain('story-form')
    const noBenefit = checkInvest({ ...GOOD, text: 'As a swimmer, I want to cancel a booking' })
    expect(noBenefit.findings).toContainEqual(
      expect.objectContaining({ letter: 'V', severity: 'fail', rule: 'missing-benefit' })
    )
    expect(noBenefit.letters.V).toBe('fail')
  })

  it('Small: conjunctions in the goal, several sentences; not conjunctions in the benefit', () => {
    expect(rules({ ...GOOD, text: 'As a swimmer, I want to book and pay for a lane, so that I can swim' })).toContain(
      'conjunction'
    )
    expect(rules({ ...GOOD, text: 'As a swimmer, I want to book a lane or a lesson, so that I can swim' })).toContain(
      'conjunction'
    )
    expect(rules({ ...GOOD, text: 'As a swimmer, I want to book lanes/lessons, so that I can swim' })).toContain(
      'conjunction'
    )
    expect(rules({ ...GOOD, text: 'As a swimmer, I want to book a lane, so that I can swim and relax' })).not.toContain(
      'conjunction'
    )
    expect(rules({ ...GOOD, text: `${GOOD.text}. It must also work offline.` })).toContain('several-sentences')
    expect(rules({ ...GOOD, text: `${GOOD.text}, e.g. for lessons` })).not.toContain('several-sentences')
  })

  it('Independent: brackets, blockers, near-duplicate titles', () => {
    expect(rules({ ...GOOD, text: `${GOOD.text} (needs the new payment provider)` })).toContain('brackets')
    expect(checkInvest({ ...GOOD, blockedBy: 2 }).findings).toContainEqual(
      expect.objectContaining({ letter: 'I', rule: 'blocked-by', message: expect.stringContaining('2 other items') })
    )
    expect(
      rules({
        ...GOOD,
        otherTitles: [
          'As a swimmer I want to cancel my booking up to two hours before it starts so that my place goes to someone else'
        ]
      })
    ).toContain('near-duplicate')
    expect(
      rules({
        ...GOOD,
        otherTitles: ['As a parent, I want to see my child’s lesson level, so that I book the right class']
      })
    ).not.toContain('near-duplicate')
  })

  it('Testable: vague words name what was found, criteria are required', () => {
    const vague = checkInvest({
      ...GOOD,
      text: 'As a swimmer, I want a fast and user-friendly booking, so that it is easy'
    })
    expect(vague.findings.find((f) => f.rule === 'vague-words')?.message).toMatch(
      /“fast”.*“easy”.*“user-friendly”|“fast”/
    )
    expect(rules({ ...GOOD, text: 'As a swimmer, I want to see breakfast times, so that I plan' })).not.toContain(
      'vague-words'
    )
    expect(checkInvest({ ...GOOD, criteria: [] }).letters.T).toBe('fail')
    expect(rules({ ...GOOD, criteria: ['  '] })).toContain('no-criteria')
    expect(rules({ ...GOOD, criteria: ['The page loads fast'] })).toContain('vague-criteria')
  })

  it('Estimable and Small: no estimate warns, above the threshold fails', () => {
    expect(checkInvest({ ...GOOD, estimate: null }).letters.E).toBe('warn')
    expect(checkInvest({ ...GOOD, estimate: 13 }).findings).toContainEqual(
      expect.objectContaining({ letter: 'S', severity: 'fail', rule: 'too-big' })
    )
    expect(rules({ ...GOOD, estimate: 8 })).not.toContain('too-big')
    expect(rules({ ...GOOD, estimate: 8, estimateThreshold: 5 })).toContain('too-big')
  })

  it('Negotiable: interface widgets and storage details in the goal', () => {
    expect(
      rules({ ...GOOD, text: 'As a swimmer, I want a red button to cancel, so that my place is freed' })
    ).toContain('solution-detail')
    expect(
      rules({ ...GOOD, text: 'As a manager, I want the bookings column in the database, so that I see totals' })
    ).toContain('solution-detail')
    expect(
      rules({ ...GOOD, text: 'As a swimmer, I want to cancel, so that the button colour does not matter' })
    ).not.toContain('solution-detail')
  })

  it('every finding says why and how to fix it, and the result is deterministic', () => {
    const messy: InvestInput = {
      text: 'Make booking fast and easy (all pools). Also payments.',
      criteria: [],
      estimate: 20,
      blockedBy: 1
    }
    const first = checkInvest(messy)
    expect(first.findings.length).toBeGreaterThan(5)
    for (const finding of first.findings) {
      expect(finding.message.length).toBeGreaterThan(15)
      expect(finding.fix.length).toBeGreaterThan(15)
    }
    expect(checkInvest(messy)).toEqual(first)
  })
})

describe('title similarity', () => {
  it('ignores filler words and case', () => {
    expect(titleSimilarity('As a swimmer I want to BOOK a lane', 'swimmer book lane')).toBe(1)
    expect(titleSimilarity('book a lane', 'pay for a lesson')).toBe(0)
  })
})
