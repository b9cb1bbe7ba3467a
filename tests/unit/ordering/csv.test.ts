import { describe, expect, it } from 'vitest'
import { NO_SCORES, parseKanoAnswer, parseKanoCsv, parseOrderCsv } from '@shared/domain/ordering'

describe('order CSV', () => {
  it('reads id, title and the WSJF columns, with a BOM, quoting and extra columns', () => {
    const text =
      '\uFEFFID,Title,UBV,tc,rr,size,note\r\n' +
      '"A-1","Checkout, faster",8,13,2,5,x\r\n' +
      'A-2,"Say ""hi""",,1,1,1,\r\n'
    expect(parseOrderCsv(text, 'wsjf')).toEqual({
      ok: true,
      rows: [
        { id: 'A-1', title: 'Checkout, faster', scores: { ...NO_SCORES, ubv: 8, tc: 13, rr: 2, jobSize: 5 } },
        { id: 'A-2', title: 'Say "hi"', scores: { ...NO_SCORES, tc: 1, rr: 1, jobSize: 1 } }
      ]
    })
  })

  it('reads CD3 and value / effort columns', () => {
    expect(parseOrderCsv('id,title,cod_per_week,duration_weeks\n1,One,1500.5,0.5\n', 'cd3')).toMatchObject({
      ok: true,
      rows: [{ scores: { codPerWeek: 1500.5, durationWeeks: 0.5 } }]
    })
    expect(parseOrderCsv('id,title,value,effort\n1,One,13,2\n', 'value-effort')).toMatchObject({
      ok: true,
      rows: [{ scores: { value: 13, effort: 2 } }]
    })
  })

  it('names line and column of every bad cell, and keeps nothing', () => {
    const text = 'id,title,ubv,tc,rr,size\n1,One,8,4,2,5\n1,Again,8,x,2,5\n,No id,1,1,1,1\n'
    expect(parseOrderCsv(text, 'wsjf')).toEqual({
      ok: false,
      errors: [
        { line: 2, column: 4, message: 'tc: Use a value on the scale: 1, 2, 3, 5, 8, 13, 20' },
        { line: 3, column: 1, message: 'id: The id "1" is already used on line 2.' },
        { line: 3, column: 4, message: 'tc: "x" is not a number.' },
        { line: 4, column: 1, message: 'id: Every row needs an id.' }
      ]
    })
  })

  it('says which model columns are missing and refuses ragged rows', () => {
    expect(parseOrderCsv('id,title,value\n1,One,3\n', 'value-effort')).toEqual({
      ok: false,
      errors: [
        { line: 1, column: 1, message: 'The header lacks the column "effort" (it needs id, title, value, effort).' }
      ]
    })
    expect(parseOrderCsv('id,title,value,effort\n1,One,3\n', 'value-effort')).toEqual({
      ok: false,
      errors: [{ line: 2, column: 4, message: 'Expected 4 fields like the header, found 3.' }]
    })
    expect(parseOrderCsv('', 'cd3')).toMatchObject({ ok: false, errors: [{ line: 1, column: 1 }] })
    expect(parseOrderCsv('id,title,cod_per_week,duration_weeks\n1,"open\n', 'cd3')).toMatchObject({
      ok: false,
      errors: [{ line: 2, message: 'A quoted field is never closed.' }]
    })
  })

  it('refuses negative money and zero durations', () => {
    const result = parseOrderCsv('id,title,cod_per_week,duration_weeks\n1,One,-5,0\n', 'cd3')
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { line: 2, column: 3 },
        { line: 2, column: 4 }
      ]
    })
  })
})

describe('Kano CSV', () => {
  it('reads answers forgiving case and spacing, with an optional respondent column', () => {
    const text =
      'Feature,Functional,Dysfunctional,Respondent\n"Dark mode",Like,Live with,R1\nDark mode,expect,DISLIKE,\n'
    expect(parseKanoCsv(text)).toEqual({
      ok: true,
      rows: [
        { line: 2, feature: 'Dark mode', functional: 'like', dysfunctional: 'live-with', respondent: 'R1' },
        { line: 3, feature: 'Dark mode', functional: 'expect', dysfunctional: 'dislike', respondent: null }
      ]
    })
  })

  it('names line and column of unknown answers and missing features', () => {
    const result = parseKanoCsv('feature,functional,dysfunctional\nExport,like,dislike\n,love,dislike\n')
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, column: 1, message: 'feature: Name the feature the answers are about.' },
        {
          line: 3,
          column: 2,
          message: 'functional: "love" is not an answer; use one of like, expect, neutral, live-with, dislike.'
        }
      ]
    })
  })

  it('knows the five answers', () => {
    expect(['like', 'Expect', ' neutral ', 'live_with', 'Dislike'].map(parseKanoAnswer)).toEqual([
      'like',
      'expect',
      'neutral',
      'live-with',
      'dislike'
    ])
    expect(parseKanoAnswer('maybe')).toBeNull()
  })
})
