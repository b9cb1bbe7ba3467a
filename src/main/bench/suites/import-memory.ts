import { spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeCsv } from '@shared/domain/csv'
import { report, type BenchContext } from '../report'

/** About the size of the largest Jira export users have brought; under the input limit. */
const TARGET_BYTES = 50_000_000
const PEAK_LIMIT_BYTES = 2 ** 30
const ROWS_PER_CHUNK = 1_000
const WORDS = ['payment', 'refund', 'invoice', 'search', 'profile', 'report', 'export', 'login', 'coupon', 'basket']
/** Jira exports carry dozens of custom fields, most of them empty on most rows. */
const EMPTY_FIELDS = Array.from({ length: 24 }, (_, i) => `Custom field (Field ${i + 1})`)
const HEADER = [
  'Summary',
  'Issue key',
  'Issue id',
  'Issue Type',
  'Status',
  'Priority',
  'Assignee',
  'Reporter',
  'Custom field (Story Points)',
  'Labels',
  'Labels',
  'Labels',
  'Sprint',
  'Sprint',
  'Parent',
  'Description',
  'Created',
  'Updated',
  'Resolved',
  ...EMPTY_FIELDS
]

function jiraRow(i: number): string[] {
  const word = WORDS[i % WORDS.length]!
  const epic = i % 50 === 0
  const done = i % 4 === 0
  const paragraph = `The ${word} flow needs work item ${i}: customers reported that the ${word} page is slow and unclear. `
  return [
    epic
      ? `Epic: everything about ${word}, part ${i / 50}`
      : `As a shopper, I want ${word} number ${i + 1}, so that I finish sooner`,
    `MEM-${i + 1}`,
    String(500_000 + i),
    epic ? 'Epic' : i % 7 === 0 ? 'Bug' : 'Story',
    done ? 'Done' : i % 4 === 1 ? 'In Progress' : 'To Do',
    ['Low', 'Medium', 'High'][i % 3]!,
    `person${i % 40}@example.com`,
    `person${(i + 7) % 40}@example.com`,
    epic ? '' : String([1, 2, 3, 5, 8][i % 5]),
    word,
    i % 3 === 0 ? 'web' : '',
    i % 5 === 0 ? 'mobile' : '',
    `Sprint ${1 + (i % 40)}`,
    i % 2 === 0 ? `Sprint ${2 + (i % 40)}` : '',
    epic ? '' : String(500_000 + i - (i % 50)),
    `${paragraph.repeat(6)}\nSteps:\n1. Open the ${word} page.\n2. Wait.\n\n${paragraph.repeat(4)}`,
    `${1 + (i % 28)}/Feb/24 10:30 AM`,
    `${1 + (i % 28)}/Apr/24 9:00 AM`,
    done ? `${1 + (i % 28)}/Mar/24 4:15 PM` : '',
    ...EMPTY_FIELDS.map((_, f) => (f === i % 24 ? 'x' : ''))
  ]
}

/** Writes a Jira-shaped export of about TARGET_BYTES, a chunk of rows at a time; returns its size. */
function writeExport(file: string): { bytes: number; rows: number } {
  const fd = openSync(file, 'w')
  let bytes = writeSync(fd, writeCsv([HEADER]))
  let rows = 0
  while (bytes < TARGET_BYTES) {
    bytes += writeSync(fd, writeCsv(Array.from({ length: ROWS_PER_CHUNK }, (_, i) => jiraRow(rows + i))))
    rows += ROWS_PER_CHUNK
  }
  closeSync(fd)
  return { bytes, rows }
}

/**
 * A 50 MB Jira export imported by the command line in a child process, as a user would run it:
 * its peak memory (the child's maximum resident set) and its time, from start to exit. Fails above 1 GiB.
 */
export default async function importMemorySuite(context: BenchContext): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'po-studio-bench-memory-'))
  try {
    const csv = join(dir, 'jira-export.csv')
    const { bytes, rows } = writeExport(csv)
    const peakFile = join(dir, 'peak.json')
    const preload = join(dir, 'peak.mjs')
    // Written as the child exits, worker threads included: they share its resident set.
    writeFileSync(
      preload,
      `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(${JSON.stringify(peakFile)}, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })))\n`
    )
    const start = performance.now()
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        preload,
        context.cli,
        '--data-dir',
        join(dir, 'data'),
        '--no-sample',
        '--json',
        'import',
        'jira',
        csv,
        '--product',
        'Large export'
      ],
      { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }
    )
    const seconds = (performance.now() - start) / 1000
    if (child.status !== 0)
      throw new Error(`The import of the ${(bytes / 1e6).toFixed(1)} MB file failed: ${child.stderr || child.stdout}`)
    const result = JSON.parse(child.stdout) as { added: number }
    if (result.added !== rows) throw new Error(`The import added ${result.added} items, expected ${rows}`)
    const peak = (JSON.parse(readFileSync(peakFile, 'utf8')) as { maxRssKiB: number }).maxRssKiB * 1024
    report({
      name: `import of a ${(statSync(csv).size / 1e6).toFixed(1)} MB Jira export (${rows} rows, command line, child process): peak memory`,
      value: peak / 2 ** 20,
      unit: 'MiB'
    })
    report({ name: 'import of the same export: time from start to exit', value: seconds, unit: 's' })
    if (peak > PEAK_LIMIT_BYTES) {
      console.error(
        `FAIL: the import peaked at ${(peak / 2 ** 20).toFixed(0)} MiB, above the ${PEAK_LIMIT_BYTES / 2 ** 20} MiB limit.`
      )
      process.exitCode = 1
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
