import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CliUserError } from './types'

/** Reads a text file the user named, turning "no such file" and the like into a user error. */
export async function readUserFile(file: string): Promise<string> {
  try {
    return await readFile(resolve(file), 'utf8')
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'there is no such file' : String(error)
    throw new CliUserError(`Cannot read ${file}: ${reason}.`)
  }
}
