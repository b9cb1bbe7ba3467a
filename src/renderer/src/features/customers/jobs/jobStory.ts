import type { JobStory } from '@shared/api/methods/personas'

const tidy = (text: string) =>
  text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.,\s]+$/, '')

/** "When <situation>, I want to <motivation>, so I can <outcome>." The outcome is optional. */
export function jobStorySentence(story: JobStory): string {
  const outcome = tidy(story.outcome)
  return `When ${tidy(story.situation)}, I want to ${tidy(story.motivation)}${outcome ? `, so I can ${outcome}` : ''}.`
}
