import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '@shared/api'
import { combineMethods, defineMethod } from '@shared/api/define'
import { Empty } from '@shared/api/methods/common'

const METHODS_DIR = new URL('../../src/shared/api/methods/', import.meta.url)
/** Shared input shapes, not a method prefix. */
const NOT_A_PREFIX = new Set(['common.ts'])

const prefixOf = (method: string) => method.slice(0, method.indexOf('.'))
const fileOf = (prefix: string) => `${prefix.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.ts`

async function methodFiles(): Promise<Map<string, string[]>> {
  const files = readdirSync(METHODS_DIR).filter((f) => f.endsWith('.ts') && !NOT_A_PREFIX.has(f))
  const byFile = new Map<string, string[]>()
  for (const file of files) {
    const module = (await import(new URL(file, METHODS_DIR).href)) as Record<string, unknown>
    const groups = Object.entries(module).filter(([name]) => name.endsWith('Methods'))
    expect(
      groups.map(([name]) => name),
      file
    ).toHaveLength(1)
    byFile.set(file, Object.keys(groups[0]![1] as object))
  }
  return byFile
}

describe('API contract layout', () => {
  it('declares each method prefix in one file named after it, and only that prefix there', async () => {
    const byFile = await methodFiles()
    for (const [file, methods] of byFile) {
      expect(methods.length, file).toBeGreaterThan(0)
      for (const method of methods) expect(fileOf(prefixOf(method)), `${method} lives in ${file}`).toBe(file)
    }
    const prefixes = new Set(METHOD_NAMES.map(prefixOf))
    expect([...prefixes].map(fileOf).sort()).toEqual([...byFile.keys()].sort())
    expect([...byFile.values()].flat().sort()).toEqual([...METHOD_NAMES].sort())
  })

  it('refuses a method name declared twice instead of letting the later one win', () => {
    const info = defineMethod({ summary: 'A method for the test.', input: Empty, output: Empty })
    expect(() => combineMethods({ 'app.info': info }, { 'app.ping': info }, { 'app.info': info })).toThrow(
      'The API method "app.info" is declared twice'
    )
    expect(Object.keys(combineMethods({ 'app.info': info }, { 'app.ping': info }))).toEqual(['app.info', 'app.ping'])
  })
})
