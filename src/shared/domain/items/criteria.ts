/** An acceptance criterion as written: a Given / When / Then scenario, or a plain statement. */
export type CriterionForm =
  { form: 'scenario'; given: string | null; when: string; then: string } | { form: 'statement'; text: string }

// "Given" is optional ("When I ..., then ..."); the clauses may run over several lines or sit after commas.
const SCENARIO =
  /^\s*(?:given\s+(?<given>[\s\S]+?)[\s,;]+)?when\s+(?<when>[\s\S]+?)[\s,;]+then\s+(?<then>[\s\S]+?)\s*$/i

const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[,;]\s*$/, '')
    .trim()

/** Recognises the form of a criterion from its text; Markdown emphasis around the keywords is ignored. */
export function parseCriterion(text: string): CriterionForm {
  // Gherkin's "And" / "But" lines continue the step above them.
  const plain = text
    .replace(/\*\*|__/g, '')
    .replace(/\s*\n\s*(and|but)\s+/gi, (_, word: string) => `, ${word.toLowerCase()} `)
    .trim()
  const match = SCENARIO.exec(plain)
  if (!match?.groups) return { form: 'statement', text: tidy(plain) }
  const { given, when, then } = match.groups
  return { form: 'scenario', given: given ? tidy(given) : null, when: tidy(when!), then: tidy(then!) }
}
