import { formatCount } from '../format'
import { cite } from '../guides'
import { parseStory, type ParsedStory, type StoryForm } from './story'
import { titleSimilarity } from './similarity'

export const INVEST_LETTERS = ['I', 'N', 'V', 'E', 'S', 'T'] as const
export type InvestLetter = (typeof INVEST_LETTERS)[number]
export type Severity = 'warn' | 'fail'
export type LetterStatus = 'pass' | Severity

export const INVEST_NAMES: Record<InvestLetter, string> = {
  I: 'Independent',
  N: 'Negotiable',
  V: 'Valuable',
  E: 'Estimable',
  S: 'Small',
  T: 'Testable'
}

/**
 * The part of the guides each INVEST letter's advice serves. INVEST itself is Wake's; the Scrum
 * Guide leaves how items are written to the team but says what refinement is for.
 */
export const INVEST_SOURCES: Record<InvestLetter, string> = {
  // Items the team can order and take on their own.
  I: cite('scrum', 'productBacklog'),
  // The details of an item are worked out in refinement, with the Developers.
  N: cite('scrum', 'productBacklog'),
  // The Product Owner maximises value, so each item says what it is worth to whom.
  V: cite('scrum', 'productOwner'),
  // The Developers who will do the work size it.
  E: cite('scrum', 'productBacklog'),
  // Items refined until they can be Done within one Sprint.
  S: cite('scrum', 'productBacklog'),
  // Done is checked against the Definition of Done, so each item needs a checkable outcome.
  T: cite('scrum', 'definitionOfDone')
}

export interface InvestFinding {
  letter: InvestLetter
  severity: Severity
  /** Stable rule id, e.g. `missing-benefit`. */
  rule: string
  /** Why this weakens the letter, naming what was found. */
  message: string
  /** What to do about it. */
  fix: string
  /** The guide and section the fix serves, to look it up. */
  source: string
}

export interface InvestInput {
  text: string
  /** Only stories are expected in story form; other item types skip the form rules. */
  isStory?: boolean
  criteria?: readonly string[]
  estimate?: number | null
  /** Estimates above this are too big for one Sprint (the product's setting; default 8). */
  estimateThreshold?: number
  /** How many items block this one. */
  blockedBy?: number
  /** Titles of the other items, for the near-duplicate check. */
  otherTitles?: readonly string[]
}

export interface InvestReport {
  form: StoryForm
  story: ParsedStory
  findings: InvestFinding[]
  letters: Record<InvestLetter, LetterStatus>
}

export const DEFAULT_ESTIMATE_THRESHOLD = 8
/** Titles sharing at least this share of their meaningful words look like the same item. */
export const NEAR_DUPLICATE_SIMILARITY = 0.75

/** Words that cannot be checked at a review: nobody can say when "fast" is done. */
export const VAGUE_WORDS = [
  'fast',
  'quick',
  'quickly',
  'easy',
  'easily',
  'simple',
  'user-friendly',
  'user friendly',
  'intuitive',
  'etc',
  'several',
  'improve',
  'improved',
  'optimise',
  'optimize',
  'optimised',
  'optimized',
  'flexible',
  'robust',
  'as appropriate',
  'appropriate',
  'efficient',
  'efficiently',
  'seamless',
  'seamlessly',
  'better',
  'best',
  'nice',
  'some',
  'many',
  'various',
  'adequate',
  'scalable',
  'and so on',
  'if possible',
  'as needed'
] as const

/** Interface widgets and storage names: they fix the solution before the team has discussed it. */
const SOLUTION_WORDS = [
  'button',
  'dropdown',
  'drop-down',
  'drop down',
  'checkbox',
  'check box',
  'radio button',
  'modal',
  'popup',
  'pop-up',
  'dialog box',
  'text box',
  'textbox',
  'text field',
  'combo box',
  'combobox',
  'tooltip',
  'click',
  'database',
  'db table',
  'sql',
  'column',
  'endpoint',
  'json',
  'css',
  'api'
] as const

function findWords(text: string, words: readonly string[]): string[] {
  const lower = text.toLowerCase()
  return words.filter((word) =>
    new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(lower)
  )
}

const quote = (words: string[]) => words.map((w) => `“${w}”`).join(', ')

function sentences(text: string): number {
  // Abbreviations such as "e.g." should not count as sentence ends.
  const cleaned = text.replace(/\b(e\.g|i\.e|etc|vs|approx)\./gi, '$1')
  return cleaned.split(/[.!?]+(?:\s+|$)/).filter((s) => s.trim().length > 0).length
}

/**
 * The INVEST heuristics: deterministic, pure, cheap enough to run on every keystroke and on every
 * item of a large backlog. Each finding names the letter it weakens, why, and how to fix it.
 */
export function checkInvest(input: InvestInput): InvestReport {
  const story = parseStory(input.text)
  const findings: InvestFinding[] = []
  const add = (letter: InvestLetter, severity: Severity, rule: string, message: string, fix: string) =>
    findings.push({ letter, severity, rule, message, fix, source: INVEST_SOURCES[letter] })
  const isStory = input.isStory ?? true
  const goal = story.goal ?? input.text

  if (isStory && story.form === 'free-text') {
    add(
      'V',
      'warn',
      'story-form',
      'It does not say who needs it or why, so its value is hard to judge.',
      'Write it as “As a <role>, I want <goal>, so that <benefit>” or “When <situation>, I want to <motivation>, so I can <outcome>”.'
    )
  }
  if (story.form !== 'free-text' && !story.benefit) {
    add(
      'V',
      'fail',
      'missing-benefit',
      'It says what is wanted but not what it is good for, so nobody can weigh its value.',
      story.form === 'job-story'
        ? 'Add “, so I can <outcome>”.'
        : 'Add “, so that <benefit>”: the difference it makes for the user or the business.'
    )
  }

  const conjunctions = (goal.match(/\b(and|or)\b|\/|&/gi) ?? []).map((c) => c.toLowerCase())
  if (conjunctions.length > 0) {
    add(
      'S',
      'warn',
      'conjunction',
      `The goal joins things with ${quote([...new Set(conjunctions)])}: it may be two stories in one.`,
      'Split it so each story asks for one thing, or keep the conjunction only if both parts are needed together.'
    )
  }
  const sentenceCount = sentences(input.text)
  if (sentenceCount > 1) {
    add(
      'S',
      'warn',
      'several-sentences',
      `The text has ${sentenceCount} sentences; a story is one sentence, detail belongs elsewhere.`,
      'Keep the story to one sentence and move the rest into the description or the acceptance criteria.'
    )
  }
  if (/[([{]/.test(input.text)) {
    add(
      'I',
      'warn',
      'brackets',
      'Text in brackets often hides an extra condition or a dependency on other work.',
      'Move the bracketed text into the description or a criterion, or into a story of its own.'
    )
  }

  const vague = findWords(input.text, VAGUE_WORDS)
  if (vague.length > 0) {
    add(
      'T',
      'warn',
      'vague-words',
      `${quote(vague)} cannot be checked: what counts as done?`,
      'Replace each with something measurable, e.g. “within 2 seconds” instead of “fast”.'
    )
  }
  const criteria = (input.criteria ?? []).map((c) => c.trim()).filter(Boolean)
  if (criteria.length === 0) {
    add(
      'T',
      'fail',
      'no-criteria',
      'There are no acceptance criteria, so nobody can tell when it is done.',
      'Add criteria: plain statements or Given / When / Then scenarios.'
    )
  } else {
    const vagueInCriteria = findWords(criteria.join('\n'), VAGUE_WORDS)
    if (vagueInCriteria.length > 0) {
      add(
        'T',
        'warn',
        'vague-criteria',
        `The acceptance criteria use ${quote(vagueInCriteria)}, which cannot be checked.`,
        'Make each criterion observable: a number, a state, a message the user sees.'
      )
    }
  }

  if (input.estimate === null || input.estimate === undefined) {
    add(
      'E',
      'warn',
      'no-estimate',
      'It has no estimate yet.',
      'Estimate it with the team; if it cannot be estimated, plan a spike to learn what is missing.'
    )
  } else {
    const threshold = input.estimateThreshold ?? DEFAULT_ESTIMATE_THRESHOLD
    if (input.estimate > threshold) {
      add(
        'S',
        'fail',
        'too-big',
        `Estimated at ${input.estimate}, above this product's limit of ${threshold} for one item.`,
        'Split it (by workflow step, business rule, data variation or happy and unhappy path) until each part fits.'
      )
    }
  }

  if ((input.blockedBy ?? 0) > 0) {
    const count = input.blockedBy!
    add(
      'I',
      'warn',
      'blocked-by',
      `It is blocked by ${formatCount(count, 'other item')}, so it cannot be done on its own.`,
      'Order the blockers first, or reshape the stories so this one can be delivered independently.'
    )
  }

  const solution = findWords(goal, SOLUTION_WORDS)
  if (solution.length > 0) {
    add(
      'N',
      'warn',
      'solution-detail',
      `The goal prescribes the solution (${quote(solution)}), which leaves the team little to negotiate.`,
      'Say what the user needs to achieve and let the team choose how; keep design notes in the description.'
    )
  }

  const duplicate = (input.otherTitles ?? []).find(
    (other) => titleSimilarity(other, input.text) >= NEAR_DUPLICATE_SIMILARITY
  )
  if (duplicate !== undefined) {
    add(
      'I',
      'warn',
      'near-duplicate',
      `It reads almost like another item: “${duplicate}”.`,
      'Merge the two, or make the difference explicit in both titles.'
    )
  }

  const letters = Object.fromEntries(
    INVEST_LETTERS.map((letter) => {
      const own = findings.filter((f) => f.letter === letter)
      return [letter, own.some((f) => f.severity === 'fail') ? 'fail' : own.length > 0 ? 'warn' : 'pass']
    })
  ) as Record<InvestLetter, LetterStatus>

  return { form: story.form, story, findings, letters }
}
