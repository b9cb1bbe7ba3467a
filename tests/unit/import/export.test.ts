import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKFLOW, ITEM_TYPES } from '@shared/domain/backlog'
import { canEncode, CSV_SEPARATORS, decodeBytes, encodeText, readCsvRecords, TEXT_ENCODINGS } from '@shared/domain/csv'
import { FIBONACCI_POINTS } from '@shared/domain/estimate'
import { backlogCsv, backlogMarkdown, type ExportItem } from '@shared/domain/export/backlog'
import { safeCell, unescapeCell } from '@shared/domain/export/spreadsheet'
import { planImport } from '@shared/domain/import'

const item = (fields: Partial<ExportItem>): ExportItem => ({
  key: '#1',
  type: 'story',
  title: 'A title',
  description: '',
  estimate: null,
  state: 'New',
  labels: [],
  criteria: [],
  parentKey: null,
  createdAt: '2025-03-12T10:30:00.000Z',
  startedAt: null,
  finishedAt: null,
  ...fields
})

describe('spreadsheet safety', () => {
  it('prefixes cells a spreadsheet would run as formulas, and reads them back exactly', () => {
    for (const risky of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx', "'=kept"]) {
      expect(safeCell(risky)).toBe(`'${risky}`)
      expect(unescapeCell(safeCell(risky))).toBe(risky)
    }
    expect(safeCell('plain = fine')).toBe('plain = fine')
    expect(unescapeCell("'quoted by the user")).toBe("'quoted by the user")
  })

  it('writes no cell that starts with a formula character', () => {
    const text = backlogCsv([item({ title: '=HYPERLINK("http://x")', description: '-1', labels: ['@team'] })])
    const fields = readCsvRecords(text, [])[1]!.fields
    expect(fields.filter((f) => /^[=+\-@\t\r]/.test(f))).toEqual([])
  })
})

describe('CSV export and import round trip', () => {
  const text = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .filter((t) => t.trim().length > 0 && t.trim() === t)
  const time = fc
    .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) })
    .map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString())
  const exported = fc.array(
    fc.record({
      type: fc.constantFrom(...ITEM_TYPES),
      title: fc.oneof(
        text,
        fc.constantFrom(
          '=1+1',
          '-minus',
          '@at',
          "'quote",
          'multi\nline',
          'comma, "quoted"',
          'semi; colon',
          'tab\there',
          'não é'
        )
      ),
      estimate: fc.option(fc.constantFrom(...FIBONACCI_POINTS), { nil: null }),
      state: fc.constantFrom(...DEFAULT_WORKFLOW),
      times: fc.uniqueArray(time, { minLength: 3, maxLength: 3 }).map((t) => t.sort())
    }),
    { maxLength: 25 }
  )
  // An item's dates as its state allows them: waiting work has none, work in progress a start, done work both.
  const withDates = ({
    state,
    times: [created, started, finished],
    ...fields
  }: { state: { name: string; category: string }; times: string[] } & Omit<Partial<ExportItem>, 'state'>) => ({
    ...fields,
    state: state.name,
    createdAt: created!,
    startedAt: state.category === 'todo' ? null : started!,
    finishedAt: state.category === 'done' ? finished! : null
  })

  it('gives the same titles, types, estimates, states, dates and order in every encoding and separator', () => {
    fc.assert(
      fc.property(
        exported,
        fc.constantFrom(...CSV_SEPARATORS),
        fc.constantFrom(...TEXT_ENCODINGS),
        (generated, separator, encoding) => {
          const items = generated.map((fields, index) => item({ ...withDates(fields), key: `#${index + 1}` }))
          const csv = backlogCsv(items, separator)
          fc.pre(canEncode(csv, encoding))
          const decoded = decodeBytes(encodeText(csv, encoding))
          if (!decoded.ok) throw new Error(decoded.message)
          const result = planImport({
            format: 'csv',
            text: decoded.decoded.text,
            productStates: DEFAULT_WORKFLOW,
            scale: 'fibonacci'
          })
          expect(result.separator).toBe(separator)
          expect(result.issues).toEqual([])
          const read = result.rows.map((r) => ({
            type: r.type,
            title: r.title,
            estimate: r.estimate,
            state: r.state.name,
            createdAt: r.createdAt,
            startedAt: r.startedAt,
            finishedAt: r.finishedAt
          }))
          expect(read).toEqual(
            items.map(({ type, title, estimate, state, createdAt, startedAt, finishedAt }) => ({
              type,
              title,
              estimate,
              state,
              createdAt,
              startedAt,
              finishedAt
            }))
          )
        }
      )
    )
  })
})

describe('Markdown export', () => {
  it('numbers the items in order, escapes formatting in titles and lists criteria', () => {
    const md = backlogMarkdown(
      'Shop',
      [item({ title: 'Pay *now*', criteria: ['Given a card'], estimate: 3 }), item({ title: 'Second', type: 'bug' })],
      'fibonacci',
      '2025-03-12'
    )
    expect(md).toContain('## 1. Pay \\*now\\*')
    expect(md).toContain('*Story · New · estimate 3 · key \\#1*')
    expect(md).toContain('**Acceptance criteria**\n\n- Given a card')
    expect(md.indexOf('## 1.')).toBeLessThan(md.indexOf('## 2. Second'))
  })
})
