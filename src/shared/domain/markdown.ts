/**
 * Writing user text into Markdown. Markdown passes raw HTML through, and a viewer that allows it
 * runs it (`<img src=x onerror=...>` in a title fires as soon as the file is shown), so HTML's
 * special characters are always written as entities: every Markdown processor decodes an entity to
 * the character and none reads it as markup. A backslash does not do for `<`: Python-Markdown, for
 * one, keeps the backslash and passes the tag on.
 */
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Markdown the user wrote (a description) kept as Markdown, with any raw HTML in it shown as text. */
export function markdownWithoutHtml(markdown: string): string {
  return markdown.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!)
}

/**
 * Plain text that Markdown shows exactly as written: the punctuation Markdown reads as formatting is
 * backslash-escaped, HTML's characters become entities, and line breaks become `<br>`, so the text
 * stays within its table cell, list item or heading.
 */
export function markdownText(text: string): string {
  return markdownWithoutHtml(text.replace(/[\\`*_[\]#|~]/g, '\\$&')).replace(/\r?\n/g, '<br>')
}
