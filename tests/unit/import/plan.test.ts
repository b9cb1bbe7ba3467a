import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKFLOW } from '@shared/domain/backlog'
import {
  detectFormat,
  planImport,
  readCriteria,
  readEstimate,
  readState,
  type ImportRequest
} from '@shared/domain/import'

const JIRA = readFileSync(resolve(import.meta.dirname, '../../fixtures/jira-export.csv'), 'utf8')
const base = { productStates: DEFAULT_WORKFLOW, scale: 'fibonacci' } as const
const plan = (request: Omit<ImportRequest, 'productStates' | 'scale'>) => planImport({ ...base, ...request })

describe('Jira export', () => {
  const result = plan({ format: 'jira', text: JIRA })

  it('drops the byte-order mark, reads repeated Labels and Sprint columns and multi-line quoted fields', () => {
    // The file has no "Status Category Changed": work in progress has no known start.
    expect(result.issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [2, 'warning', 'It is in progress but the file does not say when work started; its age is unknown.'],
      [7, 'warning', 'It is in progress but the file does not say when work started; its age is unknown.']
    ])
    expect(result.headers[0]).toBe('Summary')
    const card = result.rows[1]!
    expect(card.labels).toEqual(['payments', 'web'])
    expect(card.sprints).toEqual(['Sprint 1', 'Sprint 2'])
    expect(card.description).toBe('Card payments through the provider.\nSecond line of the description, with "quotes".')
    expect(card.criteria).toEqual([
      'Given a valid card, when I pay, then the order is confirmed',
      'Given a declined card, when I pay, then I see a clear reason'
    ])
    expect(card.line).toBe(3)
    expect(result.rows[2]!.line).toBe(6)
  })

  it('maps types, statuses (by name and by status category) and keys', () => {
    expect(result.rows.map((r) => [r.key, r.issueId, r.type, r.state.name, r.parentKey])).toEqual([
      ['SHOP-1', '10001', 'epic', 'In progress', null],
      ['SHOP-2', '10002', 'story', 'Done', '10001'],
      ['SHOP-3', '10003', 'story', 'New', '10001'],
      ['SHOP-4', '10004', 'bug', 'In progress', null]
    ])
  })

  it('flags a duplicate key and a row with the wrong number of fields by line and column', () => {
    const text = 'Summary,Issue key\nA,K-1\nB,K-1\nC\n'
    expect(plan({ format: 'jira', text }).issues).toEqual([
      { line: 3, column: 2, severity: 'error', message: 'Key “K-1” is also on line 2; each item may appear once.' },
      { line: 4, column: 2, severity: 'error', message: 'Expected 2 fields like the header, found 1.' }
    ])
  })

  it('reports an empty title and an unclosed quote', () => {
    expect(plan({ format: 'jira', text: 'Summary,Status\n,Done\n' }).issues[0]).toMatchObject({
      line: 2,
      column: 1,
      severity: 'error'
    })
    expect(plan({ format: 'jira', text: 'Summary\n"never closed\n' }).issues[0]).toMatchObject({
      line: 2,
      message: 'A quoted field is never closed.'
    })
  })
})

describe('a Story Points column that holds no estimate', () => {
  // A real Jira Server export carries rank codes under "Story Points": the column is wrong, not the rows.
  const withPoints = (...points: string[]) =>
    plan({
      format: 'jira',
      text: ['Summary,Issue key,Custom field (Story Points)', ...points.map((p, i) => `Item ${i},P-${i},${p}`)].join(
        '\n'
      )
    })

  it('is named once at the header, with an example and the fix, before the lines that fail', () => {
    const { issues } = withPoints('0|i003p9:', '', '0|i003mv:', '0|i004p3:')
    expect(issues.map((i) => [i.line, i.column, i.severity])).toEqual([
      [1, 3, 'error'],
      [2, 3, 'error'],
      [4, 3, 'error'],
      [5, 3, 'error']
    ])
    expect(issues[0]!.message).toBe(
      'No value in the column “Custom field (Story Points)” reads as an estimate (line 2 holds “0|i003p9:”): ' +
        'map Estimate to another column, or leave it out.'
    )
  })

  it('is left to the lines when one value reads, or too few cells are filled to tell', () => {
    const header = (issues: ReturnType<typeof withPoints>['issues']) => issues.filter((i) => i.line === 1)
    expect(header(withPoints('0|i003p9:', '5', '0|i003mv:', '0|i004p3:').issues)).toEqual([])
    expect(header(withPoints('0|i003p9:', '', 'big').issues)).toEqual([])
  })
})

describe('Azure DevOps export', () => {
  it('reads Work Item Type, State, Effort, Iteration Path, Parent and HTML descriptions', () => {
    const text =
      'ID,Work Item Type,Title,State,Effort,Iteration Path,Parent,Description\n12,Bug,Crash on save,Resolved,4,Shop\\Sprint 9,3,"<div>Steps:<br>1. Save</div>"\n'
    const [row] = plan({ format: 'azure', text }).rows
    expect(row).toMatchObject({
      key: '12',
      type: 'bug',
      estimate: 5,
      sprints: ['Shop\\Sprint 9'],
      parentKey: '3',
      description: 'Steps:\n1. Save'
    })
    expect(row!.state.name).toBe('Done')
  })
})

describe('generic CSV with a mapping', () => {
  it('uses the mapped columns and warns about unknown statuses and types', () => {
    const result = plan({
      format: 'csv',
      text: 'Name,Kind,Phase\nA,Saga,Parked\n',
      mapping: { title: 'Name', type: 'Kind', state: 'Phase' }
    })
    expect(result.rows[0]).toMatchObject({ title: 'A', type: 'story', sourceState: 'Parked' })
    expect(result.issues.map((i) => [i.line, i.column, i.severity])).toEqual([
      [2, 2, 'warning'],
      [2, 3, 'warning']
    ])
    expect(result.unknownStates).toEqual(['Parked'])
  })

  it('names a mapped column the file does not have', () => {
    expect(
      plan({ format: 'csv', text: 'Name\nA\n', mapping: { title: 'Name', estimate: 'Points' } }).issues[0]!.message
    ).toBe('There is no column “Points” (mapped to Estimate).')
    expect(plan({ format: 'csv', text: 'Name\nA\n', mapping: { title: 'Heading' } }).issues[0]!.message).toBe(
      'There is no column “Heading” for the title.'
    )
  })

  it('recognises columns by name whatever their case, spaces or underscores', () => {
    const result = plan({
      format: 'csv',
      text: 'Summary, Story Points ,Tags,last_state,created_date,Other\nA,3,x,Closed,2025-01-02,\n'
    })
    expect(result.used).toEqual({
      title: 'Summary',
      estimate: 'Story Points',
      labels: 'Tags',
      state: 'last_state',
      created: 'created_date'
    })
  })

  it('tells the tool from the header row', () => {
    expect(detectFormat(['Summary', 'Issue key'])).toBe('jira')
    expect(detectFormat(['ID', 'Work Item Type', 'Title'])).toBe('azure')
    expect(detectFormat(['Work Item Type', 'Title 1', 'Title 2'])).toBe('azure')
    expect(detectFormat(['ID', 'Link', 'Name', 'Ready', 'Done'])).toBe('stages')
    expect(detectFormat(['id', 'workitem_type', 'title'])).toBe('csv')
  })
})

describe('values', () => {
  it('rounds an estimate between steps up, takes T-shirt labels, refuses words', () => {
    expect(readEstimate('4', 'fibonacci')).toEqual({
      value: 5,
      warning: 'Estimate 4 is not on the scale; it becomes 5.'
    })
    expect(readEstimate('2,5', 'fibonacci').value).toBe(3)
    expect(readEstimate('500', 'fibonacci').value).toBe(100)
    expect(readEstimate('m', 'tshirt')).toEqual({ value: 3 })
    expect(readEstimate('lots', 'fibonacci').error).toMatch(/not an estimate/)
    expect(readEstimate(' ', 'fibonacci')).toEqual({ value: null })
  })

  it('maps states by the user’s choice, by name, by category word, else to the first to-do state', () => {
    expect(readState('Parked', '', DEFAULT_WORKFLOW, { parked: 'Ready' }).value.name).toBe('Ready')
    expect(readState('Parked', '', DEFAULT_WORKFLOW, { Parked: 'Nowhere' }).error).toMatch(/not a state/)
    expect(readState('in review', '', DEFAULT_WORKFLOW).value.name).toBe('In review')
    expect(readState('QA', 'In Progress', DEFAULT_WORKFLOW).value.name).toBe('In progress')
    expect(readState('Closed', '', DEFAULT_WORKFLOW).value.name).toBe('Done')
    expect(readState('Parked', '', DEFAULT_WORKFLOW).warning).toMatch(/unknown/)
  })

  it('sends removed work to a removed state even where the tool files it under done, and asks where it goes when there is none', () => {
    const withRemoved = [...DEFAULT_WORKFLOW, { name: 'Won’t do', category: 'removed' as const }]
    expect(readState('Cancelled', 'Done', withRemoved)).toEqual({ value: withRemoved[5] })
    expect(readState('removed', '', withRemoved).value.name).toBe('Won’t do')
    expect(readState('Closed', 'Done', withRemoved).value.name).toBe('Done')
    expect(readState('Aborted', 'Done', DEFAULT_WORKFLOW)).toEqual({
      value: DEFAULT_WORKFLOW[0],
      unknown: true,
      warning:
        'Status “Aborted” means the work was removed, but the workflow has no removed state; the item goes to “New” (choose another state for it in the mapping).'
    })
  })

  it('splits criteria into lines without their bullets', () => {
    expect(readCriteria('- one\n* two\n1. three\n[x] four\n\n  five  ')).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five'
    ])
  })
})
