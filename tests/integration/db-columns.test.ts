import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { flag, json, rowMapping, type RowMapping } from '../../src/main/db/columns'
import { migratedTables } from './helpers/migrated-tables'

/** Every row mapping the services declare, one `columns.ts` per area. */
const mappings = Object.values(import.meta.glob('../../src/main/services/*/columns.ts', { eager: true }))
  .flatMap((module) => Object.values(module as Record<string, unknown>))
  .filter((value): value is RowMapping<never, never> => typeof value === 'object' && value !== null && 'table' in value)

describe('a row mapping', () => {
  const products = rowMapping('products', { name: 'name', sample: flag('is_sample') }, [])
  const personas = rowMapping('personas', { empathy: json('empathy', z.object({ says: z.string() })) }, [])

  it('renames columns and decodes flags and JSON on the way out', () => {
    expect(products.read({ name: 'Pool', is_sample: 1 })).toEqual({ name: 'Pool', sample: true })
    expect(personas.read({ empathy: '{"says":"hi"}' })).toEqual({ empathy: { says: 'hi' } })
  })

  it('encodes every field for a new row, and only the fields that are set for an update', () => {
    expect(products.write({ name: 'Pool', sample: false })).toEqual({ name: 'Pool', is_sample: 0 })
    expect(personas.write({ empathy: { says: 'hi' } })).toEqual({ empathy: '{"says":"hi"}' })
    expect(products.patch({ sample: true })).toEqual({ is_sample: 1 })
    expect(products.patch({ name: undefined })).toEqual({})
  })

  it('refuses stored JSON that its schema does not accept', () => {
    expect(() => personas.read({ empathy: '{"says":3}' })).toThrow()
    expect(() => personas.read({ empathy: null as unknown as string })).toThrow()
  })

  it('keeps a null as SQL NULL both ways, never the JSON text "null"', () => {
    const evidence = rowMapping(
      'practice_evidence',
      { snapshot: json('snapshot', z.object({ a: z.number() }).nullable()) },
      []
    )
    expect(evidence.write({ snapshot: null })).toEqual({ snapshot: null })
    expect(evidence.read({ snapshot: null })).toEqual({ snapshot: null })
    expect(evidence.read({ snapshot: '{"a":1}' })).toEqual({ snapshot: { a: 1 } })
  })
})

describe('each table with a row mapping', () => {
  it('is found by the test', () => {
    expect(mappings.length).toBeGreaterThan(0)
  })

  it('accounts for every column: mapped, a reference to another row, or the id', async () => {
    const tables = await migratedTables()
    for (const mapping of mappings) {
      const stored = tables.get(mapping.table)?.map((c) => c.name)
      expect(stored, mapping.table).toBeDefined()
      const accounted = ['id', ...mapping.columns, ...mapping.references].filter(
        (column) => column !== 'id' || stored!.includes('id')
      )
      expect(new Set(accounted).size, `${mapping.table}: a column named twice`).toBe(accounted.length)
      expect([...accounted].sort(), mapping.table).toEqual([...stored!].sort())
    }
  })

  it('is declared once', () => {
    const tables = mappings.map((m) => m.table)
    expect(new Set(tables).size).toBe(tables.length)
  })
})
