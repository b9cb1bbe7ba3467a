import { fileSizeProblem } from '@shared/api/limits'
import { decodeUnicodeText } from '@shared/domain/csv/encoding'

/**
 * The text of a file the user picked. One larger than a call can carry is refused by its size before
 * a byte is read; the bytes must be Unicode text (see decodeUnicodeText). Errors name the file.
 */
export async function readPickedText(file: File): Promise<string> {
  const tooLarge = fileSizeProblem(file.size)
  if (tooLarge) throw new Error(`${file.name}: ${tooLarge}.`)
  const decoded = decodeUnicodeText(new Uint8Array(await file.arrayBuffer()))
  if (!decoded.ok) throw new Error(`${file.name}: ${decoded.message}`)
  return decoded.decoded.text
}
