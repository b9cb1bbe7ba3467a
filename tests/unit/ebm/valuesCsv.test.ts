import { describe, expect, it } from 'vitest'
import { parseValuesCsv } from '@shared/domain/ebm'

const TODAY = '2025-03-12'
const measures = [
  { id: 1, name: 'Customer satisfaction', automatic: false },
  { id: 2, name: 'Cycle time', automatic: true }
]
const many = (text: string) => parseValuesCsv(text, { measures }, TODAY)
const errors = (result: ReturnType<typeof many>) =>
  result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.message}`)

describe('values CSV', () => {
  it('reads measure,date,value[,note] in any column order, names in any case, other columns ignored', () => {
    const result = many(
      'Value,Source,Measure,Date,Note\n4.1,survey,customer SATISFACTION,2025-03-01,"after the ""big"" release"\n-0.5,x,Customer satisfaction,2025-02-01,\n'
    )
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, measureId: 1, date: '2025-03-01', value: 4.1, note: 'after the "big" release' },
        { line: 3, measureId: 1, date: '2025-02-01', value: -0.5, note: '' }
      ]
    })
  })

  it('reads date,value for one measure', () => {
    const result = parseValuesCsv('date,value\n2025-03-01,1e3\n', { measure: measures[0]! }, TODAY)
    expect(result).toEqual({ ok: true, rows: [{ line: 2, measureId: 1, date: '2025-03-01', value: 1000, note: '' }] })
  })

  it('names the line and column of every problem', () => {
    const text = [
      'measure,date,value',
      'Happiness,2025-03-01,1',
      'Customer satisfaction,01/03/2025,1',
      'Customer satisfaction,2025-03-13,1',
      'Customer satisfaction,2025-03-01,"1,5"',
      'Customer satisfaction,2025-03-02,',
      'Cycle time,2025-03-01,4',
      'Customer satisfaction,2025-02-01,3',
      'Customer satisfaction,2025-02-01,3.5'
    ].join('\n')
    expect(errors(many(text))).toEqual([
      '2:1 There is no measure called “Happiness” in this product.',
      '3:2 “01/03/2025” is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31.',
      '4:2 2025-03-13 is in the future; record values on or before today (2025-03-12).',
      '5:3 “1,5” is not a number; write it like 1234.5 (a point for decimals, no thousands separators or units).',
      '6:3 The value is missing.',
      '7:1 “Cycle time” is computed by the app from the backlog; it takes no imported values.',
      '9:2 “Customer satisfaction” already has a value on 2025-02-01 on line 8; keep one value per day.'
    ])
  })

  it('passes on the reader’s errors: header, field counts, quotes', () => {
    expect(errors(many('date,value\n2025-03-01,1\n'))).toEqual([
      '1:1 The header lacks the column "measure" (it needs measure, date, value).'
    ])
    expect(errors(many('measure,date,value\nCustomer satisfaction,2025-03-01\n'))).toEqual([
      '2:3 Expected 3 fields like the header, found 2.'
    ])
    expect(errors(many('measure,date,value\n'))).toEqual(['1:1 The file has a header but no values.'])
    expect(errors(many(''))).toHaveLength(1)
  })

  it('refuses values that are not plain numbers', () => {
    for (const bad of ['12 %', '€5', '1.2.3', 'NaN', 'Infinity', '0x10']) {
      expect(many(`measure,date,value\nCustomer satisfaction,2025-03-01,${bad}\n`).ok, bad).toBe(false)
    }
  })
})
