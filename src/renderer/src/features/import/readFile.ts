import {
  decodeBytes,
  detectSeparator,
  readCsvRecords,
  type CsvSeparator,
  type DecodeResult,
  type TextEncodingName
} from '@shared/domain/csv'
import { detectFormat, type ImportFormat } from '@shared/domain/import/formats'

/** A chosen file as the import reads it: its text, how it was decoded, and the tool its header names. */
export interface LoadedFile {
  name: string
  bytes: Uint8Array
  decoded: DecodeResult
  format: ImportFormat
}

/** The format the header row of a decoded file suggests (a file that could not be decoded is a generic CSV). */
export function formatOf(decoded: DecodeResult, separator?: CsvSeparator): ImportFormat {
  if (!decoded.ok) return 'csv'
  const { text } = decoded.decoded
  const header = readCsvRecords(text.slice(0, 64 * 1024), [], separator ?? detectSeparator(text))[0]
  return detectFormat(header?.fields ?? [])
}

export function loadBytes(name: string, bytes: Uint8Array, encoding?: TextEncodingName): LoadedFile {
  const decoded = decodeBytes(bytes, encoding)
  return { name, bytes, decoded, format: formatOf(decoded) }
}

/** The issues of one line of the file, for marking preview rows. */
export function issuesByLine<T extends { line: number }>(issues: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const issue of issues) map.set(issue.line, [...(map.get(issue.line) ?? []), issue])
  return map
}
