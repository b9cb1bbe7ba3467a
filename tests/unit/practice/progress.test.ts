import { describe, expect, it } from 'vitest'
import { base64Bytes, findTrack, formatBytes, trackProgress } from '@shared/domain/practice'

describe('progress per track', () => {
  const pspo = findTrack('pspo')

  it('counts a target once one of its entries holds evidence, whatever the status', () => {
    const progress = trackProgress(pspo, [
      { targetKey: 'pspo/assumptions', status: 'in_progress', evidenceCount: 2 },
      { targetKey: 'pspo/assumptions', status: 'planned', evidenceCount: 0 },
      { targetKey: 'pspo/releases', status: 'done', evidenceCount: 0 },
      { targetKey: 'cspo/vision', status: 'done', evidenceCount: 5 }
    ])
    expect(progress).toMatchObject({
      trackId: 'pspo',
      total: 8,
      withEvidence: 1,
      done: 1,
      share: 0.125,
      summary: '1 of 8 assignments has evidence'
    })
    expect(progress.targets.find((t) => t.key === 'pspo/assumptions')).toMatchObject({
      entryCount: 2,
      evidenceCount: 2,
      hasEvidence: true,
      done: false
    })
    expect(progress.targets.find((t) => t.key === 'pspo/releases')).toMatchObject({
      entryCount: 1,
      hasEvidence: false,
      done: true
    })
  })

  it('reads zero for a journal without entries', () => {
    const progress = trackProgress(findTrack('qspo-2'), [])
    expect(progress).toMatchObject({ withEvidence: 0, share: 0, summary: '0 of 16 learning outcomes have evidence' })
  })
})

describe('file sizes', () => {
  it('knows how many bytes base64 text decodes to', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'hello world!']) expect(base64Bytes(btoa(text))).toBe(text.length)
  })

  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(2048)).toBe('2.0 KB')
    expect(formatBytes(2 * 1024 * 1024)).toBe('2.0 MB')
  })
})
