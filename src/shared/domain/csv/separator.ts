/** Separators CSV files use: Excel writes `;` where the decimal mark is a comma, and "text" exports use tabs. */
export const CSV_SEPARATORS = [',', ';', '\t'] as const
export type CsvSeparator = (typeof CSV_SEPARATORS)[number]

export const SEPARATOR_NAMES: Record<CsvSeparator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' }

/** `comma`, `semicolon`, `tab` or the character itself, as a user writes it. */
export function parseSeparatorName(text: string): CsvSeparator | null {
  const wanted = text.trim().toLowerCase()
  return (
    CSV_SEPARATORS.find((s) => SEPARATOR_NAMES[s] === wanted || s === text || (s === '\t' && wanted === '\\t')) ?? null
  )
}

/** Counts of each separator outside double quotes on the first `lines` lines. */
function countsPerLine(text: string, lines: number): Array<Record<CsvSeparator, number>> {
  const result: Array<Record<CsvSeparator, number>> = []
  let counts = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (let i = 0; i < text.length && result.length < lines; i++) {
    const c = text[i]!
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++
    else if (!quoted && c === '\n') {
      result.push(counts)
      counts = { ',': 0, ';': 0, '\t': 0 }
    }
  }
  if (result.length < lines && Object.values(counts).some((n) => n > 0)) result.push(counts)
  return result
}

/**
 * The separator of a CSV text, from its header: the candidate that splits the header into the most
 * fields; when two split it alike, the one whose count stays the same on the lines that follow.
 * A header with none of them is one column, read with commas.
 */
export function detectSeparator(text: string): CsvSeparator {
  const lines = countsPerLine(text.startsWith('\uFEFF') ? text.slice(1) : text, 20)
  const header = lines[0]
  if (!header) return ','
  const steady = (s: CsvSeparator) => lines.slice(1).filter((counts) => counts[s] === header[s]).length
  return [...CSV_SEPARATORS].sort((a, b) => header[b] - header[a] || steady(b) - steady(a))[0]!
}
