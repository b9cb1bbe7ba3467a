import {
  CSV_SEPARATORS,
  SEPARATOR_NAMES,
  TEXT_ENCODING_LABELS,
  TEXT_ENCODINGS,
  type CsvSeparator,
  type TextEncodingName
} from '@shared/domain/csv'
import type { LoadedFile } from './readFile'

/** Why the file was read in its encoding, in the user's words. */
const REASONS = {
  chosen: 'as you chose',
  'byte-order mark': 'its byte-order mark says so',
  'valid UTF-8': 'the bytes are valid UTF-8',
  'not valid UTF-8': 'the bytes are not valid UTF-8'
}

/** How the file's bytes and fields were read, with a way to read them otherwise. */
export function ReadingChoices({
  file,
  separator,
  onEncoding,
  onSeparator
}: {
  file: LoadedFile
  separator: CsvSeparator | undefined
  onEncoding: (encoding: TextEncodingName) => void
  onSeparator: (separator: CsvSeparator) => void
}) {
  const { decoded } = file
  return (
    <div className="import-reading">
      {decoded.ok ? (
        <p className="muted small" role="status">
          Read as {TEXT_ENCODING_LABELS[decoded.decoded.encoding]} ({REASONS[decoded.decoded.reason]})
          {separator && `, ${SEPARATOR_NAMES[separator]}-separated`}.
        </p>
      ) : (
        <div className="form-error" role="alert">
          <p>{decoded.message}</p>
        </div>
      )}
      <div className="import-reading-choices">
        <label htmlFor="import-encoding">Encoding</label>
        <select
          id="import-encoding"
          value={decoded.ok ? decoded.decoded.encoding : ''}
          onChange={(e) => onEncoding(e.target.value as TextEncodingName)}
        >
          {!decoded.ok && <option value="">Choose…</option>}
          {TEXT_ENCODINGS.map((encoding) => (
            <option key={encoding} value={encoding}>
              {TEXT_ENCODING_LABELS[encoding]}
            </option>
          ))}
        </select>
        <label htmlFor="import-separator">Separator</label>
        <select
          id="import-separator"
          value={separator ?? ','}
          onChange={(e) => onSeparator(e.target.value as CsvSeparator)}
        >
          {CSV_SEPARATORS.map((s) => (
            <option key={s} value={s}>
              {SEPARATOR_NAMES[s]}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
