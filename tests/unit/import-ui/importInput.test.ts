import { describe, expect, it } from 'vitest'
import { canPreview, importedMessage, importInput, type ImportChoices } from '@renderer/features/import/importInput'

const choices: ImportChoices = {
  productId: 3,
  target: 'this',
  newName: '',
  format: 'jira',
  csv: 'Summary\nA',
  separator: undefined,
  mapping: undefined,
  answers: { states: {}, types: {} }
}

describe('the import page’s call', () => {
  it('sends only what was chosen or answered, so the server decides the rest', () => {
    expect(importInput(choices)).toEqual({ productId: 3, format: 'jira', csv: 'Summary\nA' })
    const answered = importInput({
      ...choices,
      separator: ';',
      answers: { dateOrder: 'dmy', states: { Open: 'To Do' }, types: {} }
    })
    expect(answered).toEqual({
      productId: 3,
      format: 'jira',
      csv: 'Summary\nA',
      separator: ';',
      dateOrder: 'dmy',
      states: { Open: 'To Do' }
    })
  })

  it('names the new product instead of this one, and waits for that name before a preview', () => {
    const unnamed = importInput({ ...choices, target: 'new', newName: ' ' })
    expect(unnamed).toEqual({ newProductName: ' ', format: 'jira', csv: 'Summary\nA' })
    expect(canPreview(unnamed)).toBe(false)
    expect(canPreview(importInput({ ...choices, target: 'new', newName: 'Shop' }))).toBe(true)
    expect(canPreview(importInput(choices, { csv: '' }))).toBe(false)
  })

  it('tells what an import did in counts, with its warnings when there were some', () => {
    const result = { productId: 3, added: 4, updated: 1, unchanged: 0, removed: 0, warnings: [] }
    expect(importedMessage('jira.csv', result)).toBe('Imported jira.csv: 4 added, 1 updated, 0 unchanged.')
    const warned = { ...result, warnings: [{ line: 2, column: 1, message: 'x' }] }
    expect(importedMessage('jira.csv', warned)).toBe('Imported jira.csv: 4 added, 1 updated, 0 unchanged, 1 warning.')
    expect(importedMessage('big.csv', { ...result, added: 20000 })).toBe(
      'Imported big.csv: 20,000 added, 1 updated, 0 unchanged.'
    )
  })
})
