import type { ItemType } from '../backlog'
import { parseStory } from '../invest/story'

/** Common ways to cut a story into smaller ones that each still deliver something. */
export const SPLIT_PATTERNS = [
  'workflow-steps',
  'business-rules',
  'happy-unhappy',
  'data-variations',
  'crud',
  'spike-first'
] as const
export type SplitPattern = (typeof SPLIT_PATTERNS)[number]

export const SPLIT_PATTERN_INFO: Record<SplitPattern, { label: string; hint: string }> = {
  'workflow-steps': {
    label: 'Workflow steps',
    hint: 'Thin slices through every step, never a story per step: the first goes from start to end in the simplest way, each next one makes one step richer, so each is usable on its own.'
  },
  'business-rules': {
    label: 'Business rules',
    hint: 'Start with the simplest rule; each further rule or exception becomes its own story.'
  },
  'happy-unhappy': { label: 'Happy and unhappy paths', hint: 'The success path first, then each way it can go wrong.' },
  'data-variations': {
    label: 'Data variations',
    hint: 'Handle the most common kind of data first, the rarer kinds later.'
  },
  crud: {
    label: 'Create, read, update, delete',
    hint: 'Managing something is four stories: create it, view it, change it, remove it.'
  },
  'spike-first': {
    label: 'Spike first',
    hint: 'Too uncertain to estimate: a time-boxed spike to learn, then the story itself.'
  }
}

export interface SuggestedChild {
  title: string
  type: ItemType
}

/** Verbs that mean "do everything with": what follows them is the thing the CRUD stories act on. */
const UMBRELLA_VERB = /^(?:manage|handle|maintain|administer|administrate|organise|organize|edit|work with)\s+/i

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text)
const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a')

/**
 * The part of the title that children vary (the goal of a user or job story, else the whole title),
 * and how to put a varied goal back into the same form.
 */
function storyFrame(title: string): { core: string; wrap: (goal: string) => string } {
  const story = parseStory(title)
  const text = title.trim().replace(/[.!]$/, '')
  if (story.form === 'user-story' && story.goal) {
    const role = story.role as string
    const benefit = story.benefit ? `, so that ${story.benefit.replace(/[.!]$/, '')}` : ''
    return { core: story.goal, wrap: (goal) => `As ${article(role)} ${role}, I want to ${goal}${benefit}` }
  }
  if (story.form === 'job-story' && story.goal) {
    const benefit = story.benefit ? `, so I can ${story.benefit.replace(/[.!]$/, '')}` : ''
    return { core: story.goal, wrap: (goal) => `When ${story.situation}, I want to ${goal}${benefit}` }
  }
  return { core: lowerFirst(text), wrap: capitalise }
}

/** Child titles to start from; the user edits them before anything is saved. */
export function suggestChildren(pattern: SplitPattern, title: string): SuggestedChild[] {
  const { core, wrap } = storyFrame(title)
  const stories = (goals: string[]): SuggestedChild[] => goals.map((goal) => ({ title: wrap(goal), type: 'story' }))
  switch (pattern) {
    case 'workflow-steps':
      // A story per step delivers nothing until the last one is done; every slice here crosses all the steps.
      return stories([
        `${core}: the simplest path through every step`,
        `${core}: every step, with one step done more fully (name it)`,
        `${core}: every step, with another step done more fully (name it)`
      ])
    case 'business-rules':
      return stories([
        `${core} under the simplest rule`,
        `${core} with the first extra rule`,
        `${core} with the exceptions`
      ])
    case 'happy-unhappy':
      return stories([core, `${core}: when the input is rejected`, `${core}: when something fails on our side`])
    case 'data-variations':
      return stories([
        `${core} for the most common data`,
        `${core} for the next kind of data`,
        `${core} for rare or unusual data`
      ])
    case 'crud': {
      const thing = core.replace(UMBRELLA_VERB, '')
      return stories([`create ${thing}`, `view ${thing}`, `change ${thing}`, `remove ${thing}`])
    }
    case 'spike-first':
      return [
        { title: `Spike: find out how to ${core}`, type: 'spike' },
        { title: title.trim(), type: 'story' }
      ]
  }
}
