import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** The command line as `npm run build` leaves it; browser mode and the large product's setup start it. */
export const CLI = resolve(import.meta.dirname, '../../out/main/cli.js')

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the end-to-end tests.`)
}
