import { describeCsvError, type CsvError } from '@shared/domain/csv'
import { CliUserError } from './types'

/** A CSV that cannot be used, with every problem on its own line, as a user error (exit 1). */
export function csvRefused(file: string, errors: readonly CsvError[]): CliUserError {
  const lines = errors.map((e) => `  ${describeCsvError(e)}`)
  return new CliUserError(`${file} cannot be used; nothing was read:\n${lines.join('\n')}`)
}
