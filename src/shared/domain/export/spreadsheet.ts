/**
 * Spreadsheet apps run a cell that starts with `=`, `+`, `-` or `@` (and, after a tab or carriage
 * return, some do too) as a formula. Such cells are written with a leading apostrophe, which
 * spreadsheets show as text. A cell that already starts with an apostrophe gets one more, so
 * reading back (unescapeCell) is exact.
 */
const RISKY = /^[=+\-@\t\r']/

export function safeCell(text: string): string {
  return RISKY.test(text) ? `'${text}` : text
}

export function unescapeCell(text: string): string {
  return text.startsWith("'") && RISKY.test(text.slice(1)) ? text.slice(1) : text
}
