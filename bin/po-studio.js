#!/usr/bin/env node
// The `po-studio` command. better-sqlite3 13 needs Node-API 10, i.e. Node 22 or newer; on older Node it
// crashes, so refuse clearly before loading anything.
import { existsSync } from 'node:fs'

const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  process.stderr.write(
    `po-studio needs Node.js 22 or newer (this is ${process.version}): its SQLite driver needs Node-API 10. ` +
      'Run it with a newer Node; inside the project, `npm run cli -- <command>` uses the bundled Node 24.\n'
  )
  process.exit(1)
}

const cli = new URL('../out/main/cli.js', import.meta.url)
if (!existsSync(cli)) {
  process.stderr.write('po-studio has not been built yet: run `npm run build` in the project first.\n')
  process.exit(1)
}
await import(cli.href)
