import { describe, expect, it } from 'vitest'
import { MAX_EVIDENCE_FILE_BYTES, fileTooLargeMessage } from '@shared/domain/practice'
import { fileEvidence } from '../../../src/main/services/practice/evidence'

const file = (bytes: Buffer) => ({
  entryId: 1,
  kind: 'file' as const,
  name: 'survey.csv',
  type: 'text/csv',
  dataBase64: bytes.toString('base64'),
  text: 'Answers from the pool'
})

describe('a file kept as evidence', () => {
  it('keeps its bytes, titled by its name', () => {
    const bytes = Buffer.from('lane,swimmers\n1,4\n')
    expect(fileEvidence(file(bytes))).toEqual({
      kind: 'file',
      title: 'survey.csv',
      text: 'Answers from the pool',
      ref: null,
      refKey: null,
      snapshot: null,
      fileName: 'survey.csv',
      fileType: 'text/csv',
      fileSize: bytes.byteLength,
      fileData: bytes
    })
  })

  it('is refused past the size limit, even when the schema was bypassed', () => {
    const size = MAX_EVIDENCE_FILE_BYTES + 1
    expect(() => fileEvidence(file(Buffer.alloc(size)))).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        message: fileTooLargeMessage(size),
        issues: [{ path: 'dataBase64', message: 'File too large' }]
      })
    )
  })
})
