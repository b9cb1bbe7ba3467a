import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileSizeProblem } from '@shared/api'
import { decodeBytes } from '@shared/domain/csv'
import { CliUserError } from './types'

/** Runs a file operation, turning "no such file" and the like into a user error. */
async function onUserFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'there is no such file' : String(error)
    throw new CliUserError(`Cannot read ${file}: ${reason}.`)
  }
}

/** Reads a file the user named; one larger than a call carries is refused by its size, before it is read. */
export async function readUserBytes(file: string): Promise<Uint8Array> {
  const path = resolve(file)
  const tooLarge = fileSizeProblem((await onUserFile(file, () => stat(path))).size)
  if (tooLarge) throw new CliUserError(`Cannot read ${file}: ${tooLarge}.`)
  return onUserFile(file, () => readFile(path))
}

/** Reads a text file the user named in the encoding its bytes show (UTF-8, UTF-16 by its mark, else Windows-1252). */
export async function readUserFile(file: string): Promise<string> {
  const decoded = decodeBytes(await readUserBytes(file))
  if (!decoded.ok) throw new CliUserError(`Cannot read ${file}: ${decoded.message}`)
  return decoded.decoded.text
}
