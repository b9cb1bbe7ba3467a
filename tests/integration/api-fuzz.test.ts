import type Database from 'better-sqlite3'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { api, METHOD_NAMES, type MethodName } from '@shared/api'
import type { AppContext } from '../../src/main/app/context'
import { mutated, validish, type JsonSchema } from './helpers/arbitrary'
import { openTestContext, readConnection, snapshotTables } from './helpers/temp'

/**
 * Every method of the contract, fed inputs generated from its own schema: the sample product's
 * database underneath, so ids often name real rows. An internal error would be a 500 in browser
 * mode (see statusForResult); fast-check prints the seed and the smallest failing input.
 */
let ctx: AppContext
let db: Database.Database

beforeAll(async () => {
  ;({ ctx } = await openTestContext({ sample: true }))
  db = readConnection(ctx.databaseFile)
})

const jsonSchemaOf = (method: MethodName) =>
  z.toJSONSchema(api[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema

describe('API fuzz: inputs the schema refuses', () => {
  it.each(METHOD_NAMES)('%s answers invalid_input and changes no row', async (method) => {
    const schema = api[method].input
    const changesBefore = ctx.totalChanges()
    await fc.assert(
      fc.asyncProperty(mutated(jsonSchemaOf(method)), async (input) => {
        fc.pre(!schema.safeParse(input).success)
        const result = await ctx.dispatch(method, input)
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(result.error.code, result.error.message).toBe('invalid_input')
        expect(result.error.issues?.length ?? 0).toBeGreaterThan(0)
      }),
      { numRuns: 15 }
    )
    // Not one row written, not even one rolled back: the service never ran.
    expect(ctx.totalChanges()).toBe(changesBefore)
  })
})

/** Methods that replace or remove whole products run last, so the others meet the sample's rows. */
const LAST = new Set<MethodName>(['products.delete', 'sample.remove', 'sample.reset', 'backups.restore'])
const IN_ORDER = [...METHOD_NAMES.filter((m) => !LAST.has(m)), ...METHOD_NAMES.filter((m) => LAST.has(m))]

describe('API fuzz: inputs shaped like the schema', () => {
  // The database as it stands, re-read only when a call wrote something (SQLite's total_changes moved).
  let snapshot: ReturnType<typeof snapshotTables>
  let changes: number
  beforeAll(() => {
    snapshot = snapshotTables(db)
    changes = ctx.totalChanges()
  })

  it.each(IN_ORDER)('%s never fails internally, and changes no row when it refuses', async (method) => {
    await fc.assert(
      fc.asyncProperty(validish(jsonSchemaOf(method)), async (input) => {
        // Printing a PDF starts Chromium: seconds per call, and covered by the reports tests.
        fc.pre(!(method === 'reports.build' && (input as { format?: unknown }).format === 'pdf'))
        const result = await ctx.dispatch(method, input)
        if (!result.ok) expect(result.error.code, result.error.message).not.toBe('internal')
        if (ctx.totalChanges() === changes) return
        const now = snapshotTables(db)
        // A refused call may have written and rolled back; it must leave every row as it was.
        if (!result.ok) expect(now, `${method} refused ${JSON.stringify(input)} but changed rows`).toEqual(snapshot)
        snapshot = now
        changes = ctx.totalChanges()
      }),
      { numRuns: 8 }
    )
  })
})
