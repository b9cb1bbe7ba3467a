import type { CsvRecord } from '../csv'
import { readDateColumn } from './dates'

/** A title column of an Azure DevOps tree export: "Title 1", "Title 3 (User Story)"; the number is the depth. */
export interface TreeColumn {
  index: number
  level: number
}

/** The title columns of a tree export, shallowest first; none when the file is a flat list. */
export function findTreeColumns(headers: readonly string[]): TreeColumn[] {
  return headers
    .flatMap((header, index) => {
      const match = /^title\s*(\d+)(?:\s*\(.*\))?$/i.exec(header.trim())
      return match ? [{ index, level: Number(match[1]) }] : []
    })
    .sort((a, b) => a.level - b.level)
}

/** Each row's parent in a tree export: the nearest row above it at a shallower level (null at the top or without a level). */
export function treeParents(levels: ReadonlyArray<number | null>): Array<number | null> {
  const open: Array<{ row: number; level: number }> = []
  return levels.map((level, row) => {
    if (level === null) return null
    while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop()
    const parent = open.length > 0 ? open[open.length - 1]!.row : null
    open.push({ row, level })
    return parent
  })
}

/**
 * The stage columns of an ActionableAgile file: the columns right after the title whose every
 * value is a date (a stage no item passed through is empty), up to the first column that is not.
 */
export function findStageColumns(
  headers: readonly string[],
  titleIndex: number,
  body: readonly CsvRecord[]
): Array<{ name: string; index: number }> {
  const stages: Array<{ name: string; index: number }> = []
  for (let index = titleIndex + 1; index < headers.length; index++) {
    const read = readDateColumn(body.map((record) => record.fields[index] ?? ''))
    if (read.problems.length > 0) break
    stages.push({ name: headers[index]!, index })
  }
  return stages
}
