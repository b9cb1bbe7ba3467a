import { ApiError } from '@shared/api'
import { describeCsvProblem, type CsvProblem } from '@shared/domain/csv'

/** At most this many problems travel as issues: enough to fix a file in one pass, small enough to show. */
const MAX_ISSUES = 50

/**
 * How every CSV import refuses a file: nothing is written, the message names the first problem and
 * how many more there are, and each problem is an issue of the `csv` field.
 */
export function csvRefusal(problems: readonly CsvProblem[]): ApiError {
  const more =
    problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : ''
  return new ApiError(
    'invalid_input',
    `Nothing was imported. The file has a problem at ${describeCsvProblem(problems[0]!)}${more}`,
    problems.slice(0, MAX_ISSUES).map((problem) => ({ path: 'csv', message: describeCsvProblem(problem) }))
  )
}
