import { describe, expect, it } from 'vitest'
import { decodeBytes, encodeText } from '@shared/domain/csv'
import { parseHistoryCsv, parseThroughputSeries } from '@shared/domain/flow'

const rowsOf = (result: ReturnType<typeof parseHistoryCsv>) => (result.ok ? result.rows : result)

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
      ],
      unfinishedRows: 0,
      columns: { finished: 'FINISHED', started: 'Started' },
      separator: ',',
      dateOrder: null
    })
  })

  it('needs only a finish date column', () => {
    expect(rowsOf(parseHistoryCsv('finished\n2025-01-06\n2025-01-07\n'))).toEqual([
      { startedOn: null, finishedOn: '2025-01-06' },
      { startedOn: null, finishedOn: '2025-01-07' }
    ])
    expect(parseHistoryCsv('finished\n')).toMatchObject({ ok: true, rows: [], unfinishedRows: 0 })
  })

  it('knows the column names tools use, ignoring case, spaces and underscores', () => {
    const read = (header: string) => parseHistoryCsv(`${header}\n2025-01-02,2025-01-06\n`)
    expect(read('started_date,closed_date')).toMatchObject({
      ok: true,
      columns: { finished: 'closed_date', started: 'started_date' }
    })
    expect(read('Activated Date,Closed Date')).toMatchObject({
      ok: true,
      columns: { finished: 'Closed Date', started: 'Activated Date' }
    })
    expect(read('In Progress,Done')).toMatchObject({ ok: true, columns: { finished: 'Done', started: 'In Progress' } })
    expect(read('Start Date,Resolved')).toMatchObject({
      ok: true,
      columns: { finished: 'Resolved', started: 'Start Date' }
    })
    expect(read('StartDate,ResolvedDate')).toMatchObject({
      ok: true,
      columns: { finished: 'ResolvedDate', started: 'StartDate' }
    })
    // Both a closed and a resolved date: the closed one is the finish.
    expect(parseHistoryCsv('Resolved Date,Closed Date\n2025-01-02,2025-01-06\n')).toMatchObject({
      ok: true,
      rows: [{ finishedOn: '2025-01-06' }]
    })
  })

  it('reads a semicolon export with day-first dotted dates, leaving out unfinished rows (FlowPulse)', () => {
    const text = [
      'id;estimation;started_date;closed_date;work_item_age;cycle_time;state_changed_date',
      '101;3;19.09.2022;28.09.2022;;10;19.09.2022',
      '102;5;07.02.2025;07.02.2025;;1;07.02.2025',
      '103;8;14.02.2025;;8;;14.02.2025',
      '104;2;13.02.2025;;9;;13.02.2025'
    ].join('\n')
    expect(parseHistoryCsv(text)).toEqual({
      ok: true,
      rows: [
        { startedOn: '2022-09-19', finishedOn: '2022-09-28' },
        { startedOn: '2025-02-07', finishedOn: '2025-02-07' }
      ],
      unfinishedRows: 2,
      columns: { finished: 'closed_date', started: 'started_date' },
      separator: ';',
      dateOrder: null
    })
  })

  it('reads month-first dates with times and AM/PM (FlowMetricsCSV)', () => {
    const text = [
      'Closed Date;Activated Date;ID;Story Points',
      '5/31/2023 8:04:10 AM;5/15/2023 10:29:09 AM;501;5',
      '1/4/2023 2:51:06 PM;1/3/2023 11:53:09 PM;502;2',
      ';5/27/2024 2:50:54 PM;503;5'
    ].join('\r\n')
    expect(parseHistoryCsv(text)).toMatchObject({
      ok: true,
      rows: [
        { startedOn: '2023-05-15', finishedOn: '2023-05-31' },
        { startedOn: '2023-01-03', finishedOn: '2023-01-04' }
      ],
      unfinishedRows: 1,
      dateOrder: 'mdy'
    })
  })

  it('decides the date order from both columns together', () => {
    // The finish dates alone fit either order; a start date (13 March) settles it.
    const text = 'started,finished\n03/13/2025,04/03/2025\n03/02/2025,03/05/2025\n'
    expect(parseHistoryCsv(text)).toMatchObject({
      ok: true,
      dateOrder: 'mdy',
      rows: [{ finishedOn: '2025-04-03' }, { finishedOn: '2025-03-05' }]
    })
  })

  it('asks instead of guessing when every date reads both day first and month first', () => {
    const text = 'id,Closed Date\n1,\n2,04/03/2025\n3,05/03/2025\n'
    expect(parseHistoryCsv(text)).toEqual({
      ok: false,
      ambiguous: {
        column: 'Closed Date',
        line: 3,
        columnNumber: 2,
        example: '04/03/2025',
        readings: { dmy: '2025-03-04', mdy: '2025-04-03' }
      }
    })
    expect(parseHistoryCsv(text, { dateOrder: 'dmy' })).toMatchObject({
      ok: true,
      dateOrder: 'dmy',
      rows: [{ finishedOn: '2025-03-04' }, { finishedOn: '2025-03-05' }]
    })
    expect(parseHistoryCsv(text, { dateOrder: 'mdy' })).toMatchObject({
      ok: true,
      dateOrder: 'mdy',
      rows: [{ finishedOn: '2025-04-03' }, { finishedOn: '2025-05-03' }]
    })
  })

  it('takes a given separator instead of detecting one', () => {
    // A comma inside the title would make detection pick the comma; the user says semicolon.
    const text = 'title;finished\nLogin, with SSO;2025-01-06\n'
    expect(parseHistoryCsv(text, { separator: ';' })).toMatchObject({
      ok: true,
      separator: ';',
      rows: [{ finishedOn: '2025-01-06' }]
    })
  })

  it('names the line and column of every bad value, and returns no rows at all', () => {
    const text =
      'id,started,finished\n1,2025-01-02,2025-01-06\n2,2025-01-02,someday\n3,2025-01-09,2025-01-08\n4,2025-01-02,\n'
    const result = parseHistoryCsv(text)
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { line: 3, column: 3, message: expect.stringMatching(/^“someday” is not a date/) },
        { line: 4, column: 2, message: 'The item started (2025-01-09) after it finished (2025-01-08).' }
      ]
    })
  })

  it('counts physical lines, so a quoted line break moves later line numbers', () => {
    const result = parseHistoryCsv('note,finished\n"two\nlines",2025-01-06\nx,2025-02-30\n')
    expect(result).toMatchObject({ ok: false, errors: [{ line: 4, column: 2 }] })
  })

  it('reports broken CSV structure', () => {
    expect(parseHistoryCsv('finished,started\n2025-01-06\n')).toEqual({
      ok: false,
      errors: [{ line: 2, column: 2, message: 'Expected 2 fields like the header, found 1.' }]
    })
    expect(parseHistoryCsv('title,finished\n"open,2025-01-06\n')).toMatchObject({
      ok: false,
      errors: [{ line: 2, column: 1, message: 'A quoted field is never closed.' }]
    })
    expect(parseHistoryCsv('title,finished\nab"c,2025-01-06\n')).toMatchObject({
      ok: false,
      errors: [{ line: 2, column: 1 }]
    })
  })

  it('reports a missing or doubled header column', () => {
    expect(parseHistoryCsv('')).toMatchObject({ ok: false, errors: [{ line: 1, column: 1 }] })
    expect(parseHistoryCsv('title,started\nx,2025-01-06\n')).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          column: 1,
          message:
            'The header has no finish date column: name one "finished", "closed", "closed date", "done", "resolved" or "resolved date".'
        }
      ]
    })
    expect(parseHistoryCsv('finished,Finished\n2025-01-06,2025-01-06\n')).toEqual({
      ok: false,
      errors: [{ line: 1, column: 2, message: 'The header has a second "Finished" column.' }]
    })
  })
})

describe('history files as Excel saves them', () => {
  const text = 'Título;Fecha de inicio;Closed Date\r\nAção rápida;;03.02.2025\r\nÜbersicht;;05.02.2025\r\n'
  const decoded = (bytes: Uint8Array) => {
    const result = decodeBytes(bytes)
    if (!result.ok) throw new Error(result.message)
    return result.decoded
  }

  it('reads Windows-1252 ("CSV")', () => {
    const file = decoded(encodeText(text, 'windows-1252'))
    expect(file.encoding).toBe('windows-1252')
    expect(parseHistoryCsv(file.text)).toMatchObject({
      ok: true,
      separator: ';',
      rows: [{ finishedOn: '2025-02-03' }, { finishedOn: '2025-02-05' }]
    })
  })

  it('reads UTF-16 with a byte-order mark ("Unicode text", tab-separated)', () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const file = decoded(encodeText(text.replaceAll(';', '\t'), encoding))
      expect(file.encoding).toBe(encoding)
      expect(parseHistoryCsv(file.text)).toMatchObject({
        ok: true,
        separator: '\t',
        rows: [{ finishedOn: '2025-02-03' }, { finishedOn: '2025-02-05' }]
      })
    }
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
