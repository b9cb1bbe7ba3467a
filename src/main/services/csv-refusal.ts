import { ApiError } from '@shared/api'
import { MAX_CSV_ERRORS, describeCsvError, type CsvError } from '@shared/domain/csv'
import { formatCount } from '@shared/domain/format'

/**
 * How every CSV import refuses a file: nothing is written, the message names the first problem and
 * how many more there are, and each problem (up to MAX_CSV_ERRORS) is an issue of the `csv` field.
 */
export function csvRefusal(problems: readonly CsvError[]): ApiError {
  const more = problems.length > 1 ? ` (and ${formatCount(problems.length - 1, 'more problem')})` : ''
  return new ApiError(
    'invalid_input',
    `Nothing was imported. The file has a problem at ${describeCsvError(problems[0]!)}${more}`,
    problems.slice(0, MAX_CSV_ERRORS).map((problem) => ({ path: 'csv', message: describeCsvError(problem) }))
  )
}
