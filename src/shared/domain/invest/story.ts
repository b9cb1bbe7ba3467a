/** How a backlog item's text is written: the classic user story, a job story, or anything else. */
export type StoryForm = 'user-story' | 'job-story' | 'free-text'

export interface ParsedStory {
  form: StoryForm
  /** The part after "I want": what the story asks for; the text checks look here. */
  goal: string | null
  /** "so that ..." / "so I can ...": the value; missing in a story that only says what, not why. */
  benefit: string | null
  /** User story: "As a <role>"; job story: the situation after "When". */
  role: string | null
  situation: string | null
}

// "As a/an/the <role>, I want/need/would like (to) <goal>(, so that <benefit>)"
const USER_STORY =
  /^\s*as\s+(?:an?\s+|the\s+)?(.+?)\s*,?\s+i\s+(?:want|need|would\s+like|wish|can)\s+(?:to\s+)?(.+?)(?:\s*,?\s+so\s+(?:that\s+)?(.+?))?\s*[.!]?\s*$/is
// "When <situation>, I want (to) <motivation>(, so (that) I can <outcome>)"
const JOB_STORY =
  /^\s*when\s+(.+?)\s*,\s*i\s+want\s+(?:to\s+)?(.+?)(?:\s*,?\s+so\s+(?:that\s+)?(?:i\s+can\s+)?(.+?))?\s*[.!]?\s*$/is

/** Recognises the form from what the user typed; deterministic and forgiving about commas and case. */
export function parseStory(text: string): ParsedStory {
  const user = USER_STORY.exec(text)
  if (user)
    return {
      form: 'user-story',
      role: user[1]!.trim(),
      goal: user[2]!.trim(),
      benefit: user[3]?.trim() || null,
      situation: null
    }
  const job = JOB_STORY.exec(text)
  if (job)
    return {
      form: 'job-story',
      role: null,
      situation: job[1]!.trim(),
      goal: job[2]!.trim(),
      benefit: job[3]?.trim() || null
    }
  return { form: 'free-text', role: null, situation: null, goal: null, benefit: null }
}
