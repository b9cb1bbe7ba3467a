import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  canEncode,
  decodeBytes,
  decodeUnicodeText,
  detectSeparator,
  encodeText,
  MAX_CSV_ERRORS,
  parseSeparatorName,
  readCsvRecords,
  TEXT_ENCODINGS,
  writeCsv,
  type CsvError,
  type CsvRecord
} from '@shared/domain/csv'

const bytes = (...values: number[]) => Uint8Array.from(values)

describe('decodeBytes', () => {
  it('follows a byte-order mark', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({
      ok: true,
      decoded: { text: 'a', encoding: 'utf-8', reason: 'byte-order mark' }
    })
    expect(decodeBytes(bytes(0xff, 0xfe, 0x61, 0x00))).toMatchObject({
      ok: true,
      decoded: { text: 'a', encoding: 'utf-16le' }
    })
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x61))).toMatchObject({
      ok: true,
      decoded: { text: 'a', encoding: 'utf-16be' }
    })
  })

  it('reads valid UTF-8 as UTF-8 and anything else as Windows-1252, saying why', () => {
    expect(decodeBytes(new TextEncoder().encode('não'))).toMatchObject({
      ok: true,
      decoded: { text: 'não', encoding: 'utf-8', reason: 'valid UTF-8' }
    })
    expect(decodeBytes(bytes(0x6e, 0xe3, 0x6f, 0x20, 0x80))).toMatchObject({
      ok: true,
      decoded: { text: 'não €', encoding: 'windows-1252', reason: 'not valid UTF-8' }
    })
  })

  it('does not guess UTF-16 without a byte-order mark', () => {
    const result = decodeBytes(bytes(0x61, 0x00, 0x62, 0x00))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/UTF-16/)
  })

  it('uses a chosen encoding and points at bytes it cannot read', () => {
    expect(decodeBytes(bytes(0x61, 0x00), 'utf-16le')).toMatchObject({
      ok: true,
      decoded: { text: 'a', reason: 'chosen' }
    })
    const bad = decodeBytes(bytes(0x61, 0x0a, 0x62, 0xe3, 0x6f), 'utf-8')
    expect(bad).toEqual({
      ok: false,
      message: 'The file is not valid UTF-8: line 2, column 2 holds bytes it cannot read. Choose another encoding.'
    })
  })

  it('reads back what encodeText wrote, in every encoding', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aZ0 ,;"\n\r\téãçüß€–’Œ') })
    fc.assert(
      fc.property(text, fc.constantFrom(...TEXT_ENCODINGS), (value, encoding) => {
        fc.pre(canEncode(value, encoding))
        const result = decodeBytes(encodeText(value, encoding), encoding)
        expect(result).toMatchObject({ ok: true, decoded: { text: value } })
      })
    )
  })

  it('refuses to write a character Windows-1252 lacks', () => {
    expect(canEncode('→', 'windows-1252')).toBe(false)
    expect(() => encodeText('→', 'windows-1252')).toThrow(/Windows-1252/)
  })
})

describe('decodeUnicodeText', () => {
  it('reads UTF-8 and text with a byte-order mark', () => {
    expect(decodeUnicodeText(encodeText('feature,functional\nSøk,like', 'utf-8'))).toMatchObject({
      ok: true,
      decoded: { text: 'feature,functional\nSøk,like' }
    })
    expect(decodeUnicodeText(encodeText('Søk', 'utf-16le'))).toMatchObject({
      ok: true,
      decoded: { text: 'Søk', encoding: 'utf-16le' }
    })
  })

  it('does not guess Windows-1252: it names the line and column of the first byte that is not UTF-8', () => {
    const result = decodeUnicodeText(encodeText('feature\nCaf\u00e9,like', 'windows-1252'))
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^line 2, column 4 holds bytes that are not UTF-8/)
    })
  })
})

describe('detectSeparator', () => {
  it('finds the separator that splits the header, ignoring quoted text', () => {
    expect(detectSeparator('Title;State\nA, B;Done\n')).toBe(';')
    expect(detectSeparator('"Title; with semicolon",State\nA,B\n')).toBe(',')
    expect(detectSeparator('\uFEFFID\tTitle\n1\tA\n')).toBe('\t')
    expect(detectSeparator('Title\nA\n')).toBe(',')
    expect(detectSeparator('')).toBe(',')
  })

  it('breaks a tie with the lines that follow', () => {
    expect(detectSeparator('a,b;c\n1;2\n3;4\n')).toBe(';')
  })

  it('reads the names users type', () => {
    expect(parseSeparatorName('semicolon')).toBe(';')
    expect(parseSeparatorName('tab')).toBe('\t')
    expect(parseSeparatorName('\\t')).toBe('\t')
    expect(parseSeparatorName(',')).toBe(',')
    expect(parseSeparatorName('pipe')).toBeNull()
  })
})

describe('readCsvRecords', () => {
  it('splits on the given separator and skips rows of empty cells', () => {
    const errors: CsvError[] = []
    expect(readCsvRecords('Title;State\n"A;1";Done\n;\n;;\n\nB;New\n', errors, ';')).toEqual([
      { line: 1, fields: ['Title', 'State'] },
      { line: 2, fields: ['A;1', 'Done'] },
      { line: 6, fields: ['B', 'New'] }
    ])
    expect(errors).toEqual([])
  })

  it('reads back what writeCsv wrote, with each record on the line it starts', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'ab ,;"\n\r\té') })
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        fc.constantFrom(',' as const, ';' as const),
        (rows, separator) => {
          const kept = rows.filter((row) => row.some((f) => f !== ''))
          const errors: CsvError[] = []
          const read = readCsvRecords(writeCsv(rows, separator), errors, separator)
          expect(errors).toEqual([])
          expect(read.map((r) => r.fields)).toEqual(kept)
        }
      )
    )
  })

  it('reads any text, well-formed or not, as the character-by-character reader it replaced did', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab,;"\n\r \uFEFF'), maxLength: 40 })
    fc.assert(
      fc.property(text, fc.constantFrom(',' as const, ';' as const), (source, separator) => {
        const errors: CsvError[] = []
        const expectedErrors: CsvError[] = []
        expect(readCsvRecords(source, errors, separator)).toEqual(
          characterByCharacter(source, expectedErrors, separator)
        )
        expect(errors).toEqual(expectedErrors)
      }),
      { numRuns: 2000 }
    )
  })
})

/** The reader as it was until it read fields as slices: the reference for the test above. */
function characterByCharacter(text: string, errors: CsvError[], separator: string): CsvRecord[] {
  const records: CsvRecord[] = []
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  let line = 1
  let recordLine = 1
  let fields: string[] = []
  let field = ''
  let quoted = false
  let wasQuoted = false
  let i = 0
  const endField = () => {
    fields.push(field)
    field = ''
    wasQuoted = false
  }
  const endRecord = () => {
    endField()
    if (fields.some((f) => f !== '')) records.push({ line: recordLine, fields })
    fields = []
  }
  const fail = (message: string) => errors.push({ line, column: fields.length + 1, message })
  while (i < source.length) {
    const c = source[i]!
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        wasQuoted = true
      } else {
        if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) line++
        field += c
      }
      i++
      continue
    }
    if (c === separator) endField()
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && source[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else if (c === '"') {
      if (field === '' && !wasQuoted) quoted = true
      else fail('A double quote may only appear inside a field that starts with one (write it as "").')
    } else if (wasQuoted) {
      fail(`Unexpected text after a closing quote: "${c}".`)
      wasQuoted = false
    } else field += c
    if (errors.length >= MAX_CSV_ERRORS) return records
    i++
  }
  if (quoted) errors.push({ line: recordLine, column: fields.length + 1, message: 'A quoted field is never closed.' })
  else if (field !== '' || fields.length > 0 || wasQuoted) endRecord()
  return records
}
