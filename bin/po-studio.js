#!/usr/bin/env node
// The `po-studio` command. better-sqlite3 13 needs Node-API 10, i.e. Node 22 or newer; on older Node it
// crashes, so refuse clearly before loading anything.
const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  process.stderr.write(
    `po-studio needs Node.js 22 or newer (this is ${process.version}); its SQLite driver needs Node-API 10. ` +
      'Run it with a newer Node, e.g. `npx po-studio ...` or `npm run cli -- ...` inside the project, which use the bundled Node 24.\n'
  )
  process.exit(1)
}

try {
  await import('../out/main/cli.js')
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('out/main/cli.js')) {
    process.stderr.write('po-studio has not been built yet: run `npm run build` in the project first.\n')
    process.exit(1)
  }
  throw error
}
