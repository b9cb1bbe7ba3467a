/**
 * Turns what a user typed into an SQLite FTS5 MATCH expression that can never be a syntax error:
 * only runs of letters and digits survive, each quoted (so AND, OR, NOT, NEAR, `*`, `:`, `^` and
 * brackets are plain text), and every word but those inside "a phrase" matches as a prefix.
 * All parts must match. Returns null when nothing searchable is left.
 */
export function buildFtsQuery(text: string): string | null {
  const parts: string[] = []
  const segments = text.split('"')
  segments.forEach((segment, index) => {
    const words = searchWords(segment)
    if (words.length === 0) return
    // Odd segments sit between two quotes: a phrase. An unclosed quote leaves its rest as plain words.
    const isPhrase = index % 2 === 1 && index < segments.length - 1
    if (isPhrase) parts.push(`"${words.join(' ')}"`)
    else parts.push(...words.map((word) => `"${word}"*`))
  })
  return parts.length === 0 ? null : parts.join(' ')
}

/** The words FTS5's unicode61 tokenizer would see: letters and digits, everything else separates. */
export function searchWords(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
}

/** Snippet markers chosen so that no item text contains them. */
export const MATCH_START = '\u0002'
export const MATCH_END = '\u0003'

export interface SnippetPart {
  text: string
  match: boolean
}

/** Splits an FTS5 snippet made with MATCH_START / MATCH_END into plain and matched parts. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  for (const [index, piece] of snippet.split(MATCH_START).entries()) {
    const [matched, rest] = index === 0 ? [null, piece] : splitOnce(piece, MATCH_END)
    if (matched) parts.push({ text: matched, match: true })
    if (rest) parts.push({ text: rest, match: false })
  }
  return parts
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator)
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)]
}
