import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

/**
 * What a backup tool, an SQLite browser or a second instance can do: another process opens the
 * database in exclusive locking mode and writes once, after which nobody else may even read it
 * until that process closes it. Resolves once the lock is held.
 */
const HOLDER = `
  const Database = require(process.argv[1])
  const db = new Database(process.argv[2])
  db.pragma('locking_mode = EXCLUSIVE')
  db.exec('BEGIN EXCLUSIVE; COMMIT')
  process.stdout.write('held\\n')
  process.stdin.on('end', () => db.close())
  process.stdin.resume()
`

export async function holdExclusiveLock(file: string): Promise<{ release(): Promise<void> }> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const child = spawn(process.execPath, ['-e', HOLDER, driver, file], { stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve())
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the lock holder exited early (${code})`)))
  })
  return {
    release: async () => {
      child.stdin.end()
      await exited
    }
  }
}
