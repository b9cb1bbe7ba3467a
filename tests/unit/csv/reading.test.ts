import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canEncode, decodeBytes, detectSeparator, encodeText, parseSeparatorName, readCsvRecords, TEXT_ENCODINGS, type CsvError } from '@shared/domain/csv'

const bytes = (...values: number[]) => Uint8Array.from(values)

describe('decodeBytes', () => {
  it('follows a byte-order mark', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, decoded: { text: 'a', encoding: 'utf-8', reason: 'byte-order mark' } })
    expect(decodeBytes(bytes(0xff, 0xfe, 0x61, 0x00))).toMatchObject({ ok: true, decoded: { text: 'a', encoding: 'utf-16le' } })
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x61))).toMatchObject({ ok: true, decoded: { text: 'a', encoding: 'utf-16be' } })
  })

  it('reads valid UTF-8 as UTF-8 and anything else as Windows-1252, saying why', () => {
    expect(decodeBytes(new TextEncoder().encode('não'))).toMatchObject({ ok: true, decoded: { text: 'não', encoding: 'utf-8', reason: 'valid UTF-8' } })
    expect(decodeBytes(bytes(0x6e, 0xe3, 0x6f, 0x20, 0x80))).toMatchObject({ ok: true, decoded: { text: 'não €', encoding: 'windows-1252', reason: 'not valid UTF-8' } })
  })

  it('does not guess UTF-16 without a byte-order mark', () => {
    const result = decodeBytes(bytes(0x61, 0x00, 0x62, 0x00))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/UTF-16/)
  })

  it('uses a chosen encoding and points at bytes it cannot read', () => {
    expect(decodeBytes(bytes(0x61, 0x00), 'utf-16le')).toMatchObject({ ok: true, decoded: { text: 'a', reason: 'chosen' } })
    const bad = decodeBytes(bytes(0x61, 0x0a, 0x62, 0xe3, 0x6f), 'utf-8')
    expect(bad).toEqual({ ok: false, message: 'The file is not valid UTF-8: line 2, column 2 holds bytes it cannot read. Choose another encoding.' })
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
})
