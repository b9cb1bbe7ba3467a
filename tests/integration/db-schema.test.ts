import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { migratedTables } from './helpers/migrated-tables'

const SCHEMA_FILE = fileURLToPath(new URL('../../src/main/db/schema.ts', import.meta.url))

interface DeclaredColumn {
  kind: 'number' | 'string' | 'other'
  nullable: boolean
  /** Wrapped in kysely's Generated: the database fills it when an insert leaves it out. */
  generated: boolean
  text: string
}

/** The tables and columns `Database` in schema.ts declares, each column's type resolved by the compiler. */
function declaredTables(): Map<string, Map<string, DeclaredColumn>> {
  const program = ts.createProgram([SCHEMA_FILE], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    baseUrl: fileURLToPath(new URL('../../', import.meta.url)),
    paths: { '@shared/*': ['./src/shared/*'] }
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(SCHEMA_FILE)!
  const database = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database'
  )!
  const tables = new Map<string, Map<string, DeclaredColumn>>()
  for (const table of checker.getTypeAtLocation(database).getProperties()) {
    const columns = new Map<string, DeclaredColumn>()
    for (const column of checker.getTypeOfSymbol(table).getProperties()) {
      const node = column.valueDeclaration as ts.PropertySignature
      let typeNode = node.type!
      const generated = ts.isTypeReferenceNode(typeNode) && typeNode.typeName.getText() === 'Generated'
      if (generated) typeNode = (typeNode as ts.TypeReferenceNode).typeArguments![0]!
      const type = checker.getTypeFromTypeNode(typeNode)
      const parts = type.isUnion() ? type.types : [type]
      const nullable = parts.some((t) => t.flags & ts.TypeFlags.Null)
      const rest = parts.filter((t) => !(t.flags & ts.TypeFlags.Null))
      const kind = rest.every((t) => t.flags & ts.TypeFlags.NumberLike)
        ? 'number'
        : rest.every((t) => t.flags & ts.TypeFlags.StringLike)
          ? 'string'
          : 'other'
      columns.set(column.name, { kind, nullable, generated, text: node.type!.getText() })
    }
    tables.set(table.name, columns)
  }
  return tables
}

/** SQLite's type affinity rules, reduced to what a column holds for kysely: numbers or text. */
function storedKind(declared: string): 'number' | 'string' | 'other' {
  const type = declared.toUpperCase()
  if (
    type.includes('INT') ||
    type.includes('REAL') ||
    type.includes('FLOA') ||
    type.includes('DOUB') ||
    type.includes('NUM')
  )
    return 'number'
  if (type.includes('TEXT') || type.includes('CHAR') || type.includes('CLOB')) return 'string'
  return 'other'
}

describe('db/schema.ts', () => {
  it('declares every table and column the migrations create, with matching types, nullability and defaults', async () => {
    const declared = declaredTables()
    const stored = await migratedTables()
    const problems: string[] = []
    for (const table of stored.keys())
      if (!declared.has(table)) problems.push(`${table}: created by the migrations, missing from schema.ts`)
    for (const table of declared.keys())
      if (!stored.has(table)) problems.push(`${table}: in schema.ts, not created by the migrations`)
    for (const [table, columns] of stored) {
      const types = declared.get(table)
      if (!types) continue
      for (const name of types.keys())
        if (!columns.some((c) => c.name === name)) problems.push(`${table}.${name}: in schema.ts, not in the database`)
      for (const column of columns) {
        const type = types.get(column.name)
        const where = `${table}.${column.name} (${column.type}${column.notnull ? ' NOT NULL' : ''}${column.dflt_value !== null ? ` DEFAULT ${column.dflt_value}` : ''})`
        if (!type) {
          problems.push(`${where}: missing from schema.ts`)
          continue
        }
        const rowid =
          column.type.toUpperCase() === 'INTEGER' && columns.filter((c) => c.pk > 0).length === 1 && column.pk === 1
        if (storedKind(column.type) !== type.kind) problems.push(`${where}: declared as ${type.text}`)
        if (type.nullable && (column.notnull || column.pk)) problems.push(`${where}: declared nullable as ${type.text}`)
        if (!type.nullable && !column.notnull && !column.pk)
          problems.push(`${where}: may hold NULL, declared as ${type.text}`)
        if (type.generated && column.dflt_value === null && !rowid && column.notnull)
          problems.push(`${where}: Generated in schema.ts without a default`)
      }
    }
    expect(problems).toEqual([])
  })
})
