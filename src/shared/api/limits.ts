/**
 * The most one API call carries, in bytes: browser mode reads no more of a request body, and every
 * method that takes a whole file as text (a CSV to import, a report or review file) accepts no more,
 * counted the same way, so a file that fits over IPC or the command line fits in browser mode too.
 * 64 MB takes the largest real exports users have brought (a 50 MB Jira export) with room to spare.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024

export const MAX_INPUT_MEGABYTES = MAX_INPUT_BYTES / (1024 * 1024)

/** What a file over the limit is told: by its size before it is read (file pickers, the command line), or by its text. */
export const FILE_TOO_LARGE = `The file is larger than ${MAX_INPUT_MEGABYTES} MB, the most PO Studio takes in one go; split it`

/** Refuses a file by its size in bytes, before reading it. */
export const fileSizeProblem = (bytes: number): string | null => (bytes > MAX_INPUT_BYTES ? FILE_TOO_LARGE : null)

/** The UTF-8 size of a text without encoding it: a 64 MB string need not be copied to be measured. */
export function utf8Bytes(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    // A surrogate pair is one character of four bytes; a lone surrogate is written as U+FFFD (3 bytes).
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
