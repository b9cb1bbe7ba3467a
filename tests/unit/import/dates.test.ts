import { describe, expect, it } from 'vitest'
import { readDateColumn } from '@shared/domain/import/dates'

const day = (iso: string | null) => iso?.slice(0, 16) ?? null

describe('readDateColumn', () => {
  it('reads Jira dates with month names in English, German, French, Spanish and Portuguese', () => {
    const column = readDateColumn([
      '22/Dec/25 2:38 PM',
      '22/Dez/25 14:38',
      '02/nov./15 3:29 PM',
      '26/août/15 4:41 PM',
      '1/ene/24',
      '5/out/24 10:00 AM',
      '12/Mar/25 12:05 AM'
    ])
    expect(column.values.map(day)).toEqual([
      '2025-12-22T14:38',
      '2025-12-22T14:38',
      '2015-11-02T15:29',
      '2015-08-26T16:41',
      '2024-01-01T00:00',
      '2024-10-05T10:00',
      '2025-03-12T00:05'
    ])
    expect(column.problems).toEqual([])
  })

  it('reads ISO dates with offsets, dotted day-first dates and year-first dates', () => {
    const column = readDateColumn([
      '2025-03-12T10:30:00.000+0100',
      '2014-10-11T04:38:57.88Z',
      '7.6.2025 14:59:28',
      '22.12.2025 14:38',
      '2025/1/8',
      ''
    ])
    expect(column.values.map(day)).toEqual([
      '2025-03-12T09:30',
      '2014-10-11T04:38',
      '2025-06-07T14:59',
      '2025-12-22T14:38',
      '2025-01-08T00:00',
      null
    ])
    expect(column.order).toBeNull()
  })

  it('takes the order that fits every value of the column', () => {
    const dayFirst = readDateColumn(['08/12/2025', '22/12/2025 14:38'])
    expect(dayFirst.order).toBe('dmy')
    expect(dayFirst.values.map(day)).toEqual(['2025-12-08T00:00', '2025-12-22T14:38'])
    const monthFirst = readDateColumn(['5/31/2023 8:04:10 AM', '1/4/2023 2:51:06 PM'])
    expect(monthFirst.order).toBe('mdy')
    expect(monthFirst.values.map(day)).toEqual(['2023-05-31T08:04', '2023-01-04T14:51'])
  })

  it('asks when both orders fit, and reads nothing until told', () => {
    const column = readDateColumn(['08/12/2025', '05/05/2025'])
    expect(column.question).toEqual({
      example: '08/12/2025',
      readings: { dmy: '2025-12-08T00:00:00.000Z', mdy: '2025-08-12T00:00:00.000Z' }
    })
    expect(column.values).toEqual([null, '2025-05-05T00:00:00.000Z'])
    expect(readDateColumn(['08/12/2025'], 'mdy').values.map(day)).toEqual(['2025-08-12T00:00'])
  })

  it('names a column that mixes orders, and values the chosen order cannot read', () => {
    expect(readDateColumn(['13/12/2025', '12/13/2025']).problems).toEqual([
      {
        index: 1,
        message:
          'The column mixes day-first and month-first dates: “13/12/2025” can only be day first, “12/13/2025” only month first.'
      }
    ])
    expect(readDateColumn(['12/13/2025'], 'dmy').problems[0]!.message).toBe(
      '“12/13/2025” is not a date when read day first (31/12/2025).'
    )
  })

  it('refuses dates that do not exist and text that is no date', () => {
    for (const bad of [
      '31/Feb/25',
      '12/Foo/25',
      '2025-13-01',
      '13:00 PM',
      'yesterday',
      '12/Mar/25 13:00 PM',
      '31.02.2025',
      '1/2/345'
    ]) {
      expect(readDateColumn([bad]).problems, bad).toHaveLength(1)
    }
  })
})
