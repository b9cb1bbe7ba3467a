import { describe, expect, it } from 'vitest'
import { parseHistoryCsv, parseThroughputSeries } from '@shared/domain/flow'

describe('history CSV', () => {
  it('reads finished and optional started dates, with a BOM, CRLF and RFC 4180 quoting', () => {
    const text =
      '\uFEFFTitle,Started,FINISHED\r\n' +
      '"Login, with SSO",2025-01-02,2025-01-06\r\n' +
      '"A ""quoted"" title\r\non two lines",,"2025-01-07"\r\n' +
      '\r\n' +
      'Plain, 2025-01-07 ,2025-01-08'
    expect(parseHistoryCsv(text)).toEqual({
      ok: true,
      rows: [
        { startedOn: '2025-01-02', finishedOn: '2025-01-06' },
        { startedOn: null, finishedOn: '2025-01-07' },
        { startedOn: '2025-01-07', finishedOn: '2025-01-08' }
      ]
    })
  })

  it('needs only a finished column', () => {
    expect(parseHistoryCsv('finished\n2025-01-06\n2025-01-07\n')).toEqual({
      ok: true,
      rows: [
        { startedOn: null, finishedOn: '2025-01-06' },
        { startedOn: null, finishedOn: '2025-01-07' }
      ]
    })
    expect(parseHistoryCsv('finished\n')).toEqual({ ok: true, rows: [] })
  })

  it('names the line and column of every bad value, and returns no rows at all', () => {
    const text = 'id,started,finished\n1,2025-01-02,2025-01-06\n2,2025-01-02,06/01/2025\n3,2025-01-09,2025-01-08\n4,2025-01-02,\n'
    expect(parseHistoryCsv(text)).toEqual({
      ok: false,
      errors: [
        { line: 3, column: 3, message: '"06/01/2025" is not a date written YYYY-MM-DD.' },
        { line: 4, column: 2, message: 'The item started (2025-01-09) after it finished (2025-01-08).' },
        { line: 5, column: 3, message: 'The "finished" date is missing.' }
      ]
    })
  })

  it('counts physical lines, so a quoted line break moves later line numbers', () => {
    const result = parseHistoryCsv('note,finished\n"two\nlines",2025-01-06\nx,2025-02-30\n')
    expect(result).toEqual({ ok: false, errors: [{ line: 4, column: 2, message: '"2025-02-30" is not a date written YYYY-MM-DD.' }] })
  })

  it('reports broken CSV structure', () => {
    expect(parseHistoryCsv('finished,started\n2025-01-06\n')).toEqual({
      ok: false,
      errors: [{ line: 2, column: 2, message: 'Expected 2 fields like the header, found 1.' }]
    })
    expect(parseHistoryCsv('title,finished\n"open,2025-01-06\n')).toMatchObject({ ok: false, errors: [{ line: 2, column: 1, message: 'A quoted field is never closed.' }] })
    expect(parseHistoryCsv('title,finished\nab"c,2025-01-06\n')).toMatchObject({ ok: false, errors: [{ line: 2, column: 1 }] })
    expect(parseHistoryCsv('title,finished\n"ab"c,2025-01-06\n')).toMatchObject({ ok: false, errors: [{ line: 2, column: 1 }] })
  })

  it('reports a missing or doubled header column', () => {
    expect(parseHistoryCsv('')).toMatchObject({ ok: false, errors: [{ line: 1, column: 1 }] })
    expect(parseHistoryCsv('done,started\n2025-01-06,\n')).toEqual({
      ok: false,
      errors: [{ line: 1, column: 1, message: 'The header has no "finished" column.' }]
    })
    expect(parseHistoryCsv('finished,Finished\n2025-01-06,2025-01-06\n')).toEqual({
      ok: false,
      errors: [{ line: 1, column: 2, message: 'The header has a second "finished" column.' }]
    })
  })
})

describe('--throughput series', () => {
  it('reads comma-separated daily counts', () => {
    expect(parseThroughputSeries('2,0,1')).toEqual({ ok: true, values: [2, 0, 1] })
    expect(parseThroughputSeries(' 3 , 0 ')).toEqual({ ok: true, values: [3, 0] })
  })

  it('names the position of each bad entry', () => {
    expect(parseThroughputSeries('2,-1,x,1.5,')).toEqual({
      ok: false,
      errors: [
        { line: 1, column: 2, message: '"-1" is not a whole number of items (zero or more).' },
        { line: 1, column: 3, message: '"x" is not a whole number of items (zero or more).' },
        { line: 1, column: 4, message: '"1.5" is not a whole number of items (zero or more).' },
        { line: 1, column: 5, message: '"" is not a whole number of items (zero or more).' }
      ]
    })
    expect(parseThroughputSeries('  ')).toMatchObject({ ok: false, errors: [{ line: 1, column: 1 }] })
  })
})
