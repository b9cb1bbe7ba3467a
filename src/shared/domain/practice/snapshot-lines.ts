/**
 * A table as labelled lines (first column as the label, the other cells named by their column), so
 * evidence that links a table-shaped thing reads the same as that table in the report.
 */
export function tableLines(table: {
  columns: readonly string[]
  rows: ReadonlyArray<readonly string[]>
}): Array<{ label: string; value: string }> {
  return table.rows.map((row) => ({
    label: row[0] ?? '',
    value: row
      .slice(1)
      .flatMap((cell, i) => (cell.trim() === '' ? [] : [`${table.columns[i + 1] ?? ''}: ${cell}`]))
      .join('; ')
  }))
}
