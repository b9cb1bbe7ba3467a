import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { decodeBytes } from '@shared/domain/csv'
import { CliUserError } from './types'

/** Reads a file the user named, turning "no such file" and the like into a user error. */
export async function readUserBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(resolve(file))
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'there is no such file' : String(error)
    throw new CliUserError(`Cannot read ${file}: ${reason}.`)
  }
}

/** Reads a text file the user named in the encoding its bytes show (UTF-8, UTF-16 by its mark, else Windows-1252). */
export async function readUserFile(file: string): Promise<string> {
  const decoded = decodeBytes(await readUserBytes(file))
  if (!decoded.ok) throw new CliUserError(`Cannot read ${file}: ${decoded.message}`)
  return decoded.decoded.text
}
