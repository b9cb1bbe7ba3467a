/**
 * Matching story roles to personas. A story written "As a <role>, I want ..." names its user; when
 * that role is neither a persona's role nor its name, the story may serve someone nobody described.
 */

/** Up to two letters from the first and last words of a name, e.g. "Priya Shah" → "PS". */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => /\p{L}|\p{N}/u.test(word))
  if (words.length === 0) return '?'
  const first = [...words[0]!.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? ''
  const last = words.length > 1 ? ([...words[words.length - 1]!.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '') : ''
  return (first + last).toUpperCase() || '?'
}

const ROLE_PATTERN =
  /^\s*as\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?(.+?)(?:\s*,|\s+I\s+(?:want|need|would|wish|can|should|must)\b|\s+I'd\b)/i

/** The role of a story in the "As a <role>, ..." form, or null when the text is not in that form. */
export function extractRole(text: string): string | null {
  const role = ROLE_PATTERN.exec(text)?.[1]?.trim()
  return role ? role : null
}

/** A naive English singular, enough for roles: "parents" → "parent", "secretaries" → "secretary". */
function singular(word: string): string {
  if (word.length <= 3) return word
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (/(ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1)
  return word
}

/** Lower case, punctuation and hyphens as spaces, each word singular. */
export function normaliseRole(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map(singular)
}

/** True when `phrase` appears in `words` as consecutive whole words. */
function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((word, k) => words[i + k] === word)) return true
  }
  return false
}

export interface PersonaLabel {
  id: number
  name: string
  role: string
}

/**
 * How well a persona label fits a story role: 3 the same words, 2 the label is part of the role
 * ("lapsed swimmer" has the role "swimmer"), 1 the role is part of the label ("Priya, the busy
 * parent" for "parent"), 0 no match.
 */
function fit(storyWords: readonly string[], labelWords: readonly string[]): number {
  if (labelWords.length === 0) return 0
  if (labelWords.length === storyWords.length && containsPhrase(storyWords, labelWords)) return 3
  if (containsPhrase(storyWords, labelWords)) return 2
  return containsPhrase(labelWords, storyWords) ? 1 : 0
}

/**
 * The persona a story role belongs to, or null, matching each persona's role and name as whole
 * words. The closest fit wins; among labels that are part of the role, the longest (most specific)
 * one; among labels that contain the role, the shortest.
 */
export function matchPersona(role: string, personas: readonly PersonaLabel[]): number | null {
  const storyWords = normaliseRole(role)
  if (storyWords.length === 0) return null
  let best: { id: number; score: number } | null = null
  for (const persona of personas) {
    for (const label of [persona.role, persona.name]) {
      const labelWords = normaliseRole(label)
      const how = fit(storyWords, labelWords)
      if (how === 0) continue
      const score = how * 1000 + (how === 1 ? -labelWords.length : labelWords.length)
      if (!best || score > best.score) best = { id: persona.id, score }
    }
  }
  return best?.id ?? null
}

export interface StoryForMatching {
  id: number
  title: string
  description: string
}

export interface StoryMatchReport {
  checked: number
  matched: Array<{ itemId: number; title: string; role: string; personaId: number }>
  unmatched: Array<{ itemId: number; title: string; role: string }>
  withoutRole: number
}

/** Reads the role from the title, or else from the description's first line. */
export function matchStories(
  stories: readonly StoryForMatching[],
  personas: readonly PersonaLabel[]
): StoryMatchReport {
  const report: StoryMatchReport = { checked: 0, matched: [], unmatched: [], withoutRole: 0 }
  for (const story of stories) {
    const role = extractRole(story.title) ?? extractRole(story.description.split('\n')[0] ?? '')
    if (role === null) {
      report.withoutRole++
      continue
    }
    report.checked++
    const personaId = matchPersona(role, personas)
    if (personaId === null) report.unmatched.push({ itemId: story.id, title: story.title, role })
    else report.matched.push({ itemId: story.id, title: story.title, role, personaId })
  }
  return report
}
