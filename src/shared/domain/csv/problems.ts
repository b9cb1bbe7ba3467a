/** A problem a CSV reader found, where it found it. */
export interface CsvProblem {
  line: number
  column: number
  message: string
}

/** How every CSV problem is written, in messages, issues and the command line: "line 4, column 2: …". */
export const describeCsvProblem = (problem: CsvProblem) =>
  `line ${problem.line}, column ${problem.column}: ${problem.message}`

/** Whether a text is one problem written that way, so a screen can list it as a line of the file. */
export const isCsvProblemText = (text: string) => /^line \d+, column \d+: /.test(text)
