/**
 * `npm run bench`: runs every suite in ./suites (one file each, found at build time) and prints
 * JSON lines `{ name, value, unit, baseline?, ratio? }`, with baselines measured in the same run.
 */
const suites = import.meta.glob<{ default: () => Promise<void> }>('./suites/*.ts', { eager: true })

async function main(): Promise<void> {
  const only = process.argv[2]
  for (const [path, suite] of Object.entries(suites).sort(([a], [b]) => a.localeCompare(b))) {
    if (only && !path.includes(only)) continue
    await suite.default()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
