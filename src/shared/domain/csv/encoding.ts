/**
 * Text encodings a CSV export arrives in: Excel on Windows saves "CSV" as Windows-1252 and
 * "Unicode text" as UTF-16; every other tool writes UTF-8, with or without a byte-order mark.
 */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number]

export const TEXT_ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)'
}

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  /** How the encoding was known, for the user to check. */
  reason: 'chosen' | 'byte-order mark' | 'valid UTF-8' | 'not valid UTF-8'
}

export type DecodeResult = { ok: true; decoded: DecodedText } | { ok: false; message: string }

const BOMS: ReadonlyArray<readonly [TextEncodingName, readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]]
]

function bomOf(bytes: Uint8Array): TextEncodingName | null {
  return BOMS.find(([, mark]) => mark.every((byte, i) => bytes[i] === byte))?.[0] ?? null
}

/** Where the first U+FFFD of a lenient decoding sits, as line and column, to point at bad bytes. */
function firstReplacement(text: string): { line: number; column: number } | null {
  const at = text.indexOf('\uFFFD')
  if (at < 0) return null
  const before = text.slice(0, at)
  const line = before.split('\n').length
  return { line, column: at - before.lastIndexOf('\n') }
}

/**
 * Reads a file's bytes as text. A byte-order mark decides; without one, bytes that are valid UTF-8
 * are UTF-8 and anything else is Windows-1252 (every byte is a character there, so this never
 * fails). UTF-16 without a mark is not guessed: NUL bytes in the text say so and the user chooses.
 * A chosen encoding is used as given, and bytes it cannot read are an error with line and column.
 */
export function decodeBytes(bytes: Uint8Array, chosen?: TextEncodingName): DecodeResult {
  const bom = bomOf(bytes)
  if (chosen) {
    const text = new TextDecoder(chosen, { ignoreBOM: false }).decode(bytes)
    const bad = chosen === 'windows-1252' ? null : firstReplacement(text)
    if (bad) {
      return {
        ok: false,
        message: `The file is not valid ${TEXT_ENCODING_LABELS[chosen]}: line ${bad.line}, column ${bad.column} holds bytes it cannot read. Choose another encoding.`
      }
    }
    return { ok: true, decoded: { text, encoding: chosen, reason: 'chosen' } }
  }
  if (bom)
    return { ok: true, decoded: { text: new TextDecoder(bom).decode(bytes), encoding: bom, reason: 'byte-order mark' } }
  if (bytes.includes(0)) {
    return {
      ok: false,
      message:
        'The file holds NUL bytes, as UTF-16 text without a byte-order mark does; choose its encoding (UTF-16 little- or big-endian).'
    }
  }
  try {
    return {
      ok: true,
      decoded: {
        text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
        encoding: 'utf-8',
        reason: 'valid UTF-8'
      }
    }
  } catch {
    return {
      ok: true,
      decoded: {
        text: new TextDecoder('windows-1252').decode(bytes),
        encoding: 'windows-1252',
        reason: 'not valid UTF-8'
      }
    }
  }
}

/** Text as bytes in one of the encodings (with a byte-order mark for UTF-16, as Excel writes it); for exports and tests. */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text)
  if (encoding === 'windows-1252') return encodeWindows1252(text)
  const body = `\uFEFF${text}`
  const bytes = new Uint8Array(body.length * 2)
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i)
    const [first, second] = encoding === 'utf-16le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
    bytes[i * 2] = first
    bytes[i * 2 + 1] = second
  }
  return bytes
}

/** The 27 characters Windows-1252 puts at 0x80-0x9F; the rest of 0x00-0xFF is Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    const code = char.charCodeAt(0)
    const high = CP1252_HIGH.indexOf(char)
    if (high >= 0) bytes[i] = 0x80 + high
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code
    else throw new RangeError(`“${char}” cannot be written in Windows-1252.`)
  }
  return bytes
}

/** Whether every character of the text exists in the encoding (only Windows-1252 lacks some). */
export function canEncode(text: string, encoding: TextEncodingName): boolean {
  if (encoding !== 'windows-1252') return true
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (!(code < 0x80 || (code >= 0xa0 && code <= 0xff) || CP1252_HIGH.includes(char))) return false
  }
  return true
}

/**
 * Reads a small file that must be Unicode text (a survey CSV, a report, a review): a byte-order mark
 * decides, otherwise the bytes must be valid UTF-8. Nothing is guessed; bad bytes are an error that
 * says where they are.
 */
export function decodeUnicodeText(bytes: Uint8Array): DecodeResult {
  const decoded = decodeBytes(bytes)
  if (!decoded.ok || decoded.decoded.reason !== 'not valid UTF-8') return decoded
  const bad = firstReplacement(new TextDecoder('utf-8').decode(bytes))
  const where = bad ? `line ${bad.line}, column ${bad.column}` : 'the file'
  return {
    ok: false,
    message: `${where} holds bytes that are not UTF-8; save the file as UTF-8 (or UTF-16 with a byte-order mark) and pick it again.`
  }
}
