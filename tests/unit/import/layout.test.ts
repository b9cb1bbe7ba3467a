import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKFLOW } from '@shared/domain/backlog'
import { findTreeColumns, planImport, treeParents } from '@shared/domain/import'

const base = { productStates: DEFAULT_WORKFLOW, scale: 'fibonacci' } as const

describe('Azure DevOps tree exports', () => {
  it('finds the title columns by depth and the parent of each row', () => {
    expect(findTreeColumns(['Work Item Type', 'Title 1 (Epic)', 'Title 3 (User Story)', 'Title 2', 'State'])).toEqual([
      { index: 1, level: 1 },
      { index: 3, level: 2 },
      { index: 2, level: 3 }
    ])
    expect(treeParents([1, 2, 3, 3, 2, 1, null, 3])).toEqual([null, 0, 1, 1, 0, null, null, 5])
  })

  it('reads a semicolon-separated tree into titles and parents', () => {
    const text =
      '\uFEFFWork Item Type;Title 1;Title 3;Title 4;State;Estimate\r\nEpic;Sign-up;;;New;\r\nUser Story;;Register by email;;Active;5\r\nFeature;;Password rules;;New;\r\nEpic;Billing;;;New;\r\n'
    const plan = planImport({ ...base, format: 'azure', text })
    expect(plan.separator).toBe(';')
    expect(plan.rows.map((r) => [r.title, r.type, r.parentRow, r.estimate])).toEqual([
      ['Sign-up', 'epic', null, null],
      ['Register by email', 'story', 0, 5],
      ['Password rules', 'feature', 0, null],
      ['Billing', 'epic', null, null]
    ])
  })
})

describe('ActionableAgile stage columns', () => {
  const text = [
    'ID,Link,Name,Ready,Dev,Dev Done,Test,Done,Type,Labels',
    'HC-1,,Crash on start,2015-12-07,2015-12-08,,,2016-01-05,Bug,[support;mac]',
    'HC-2,,Slow sync,2015-12-09,2015-12-10,2015-12-11,,,Bug,',
    'HC-3,,Dark mode,2015-12-10,,,,,Story,'
  ].join('\n')

  it('turns each stage date into a status change, in stage order, and asks about stages the product does not know', () => {
    const plan = planImport({ ...base, format: 'stages', text })
    expect(plan.stages).toEqual(['Ready', 'Dev', 'Dev Done', 'Test', 'Done'])
    expect(plan.unknownStates).toEqual(['Dev Done'])
    expect(plan.issues).toEqual([
      {
        line: 1,
        column: 6,
        severity: 'warning',
        message: 'Stage “Dev Done” is not a state of the product; choose the state it stands for.'
      }
    ])
    expect(
      plan.rows.map((r) => [
        r.key,
        r.state.name,
        r.labels,
        r.history.map((h) => `${h.state.name}@${h.at.slice(0, 10)}`)
      ])
    ).toEqual([
      ['HC-1', 'Done', ['support', 'mac'], ['Ready@2015-12-07', 'In progress@2015-12-08', 'Done@2016-01-05']],
      ['HC-2', 'New', [], ['Ready@2015-12-09', 'In progress@2015-12-10', 'New@2015-12-11']],
      ['HC-3', 'Ready', [], ['Ready@2015-12-10']]
    ])
    const answered = planImport({ ...base, format: 'stages', text, states: { 'Dev Done': 'In review' } })
    expect(answered.issues).toEqual([])
    expect(answered.rows[1]!.state.name).toBe('In review')
    expect(answered.rows[0]!.startedAt).toBe('2015-12-08T00:00:00.000Z')
    expect(answered.rows[0]!.finishedAt).toBe('2016-01-05T00:00:00.000Z')
  })
})

describe('Jira Cloud specifics', () => {
  it('takes the story points from whichever of the two fields has them, and maps a custom type the user chose', () => {
    const text =
      'Summary,Issue key,Issue Type,Custom field (Story Points),Custom field (Story point estimate),Parent\nA,K-1,Epic,,,\nB,K-2,Sprint Defect,,5,K-1\nC,K-3,Story,3,8,K-1\n'
    const plain = planImport({ ...base, format: 'jira', text })
    expect(plain.rows.map((r) => r.estimate)).toEqual([null, 5, 3])
    expect(plain.unknownTypes).toEqual(['Sprint Defect'])
    const mapped = planImport({ ...base, format: 'jira', text, types: { 'sprint defect': 'bug' } })
    expect(mapped.rows[1]!.type).toBe('bug')
    expect(mapped.unknownTypes).toEqual([])
    expect(mapped.issues).toEqual([])
  })

  it('names the separator and column count when no title column is found', () => {
    const plan = planImport({ ...base, format: 'csv', text: 'Heading|Points\nA|1\n' })
    expect(plan.issues[0]!.message).toBe(
      'No column holds the title (the header was read as comma-separated with 1 column): map one of the columns to Title.'
    )
  })
})

describe('a file without a status column', () => {
  it('puts finished work in the first done state and started work in progress', () => {
    const text =
      'Closed Date;Activated Date;ID;Story Points\n5/31/2023 8:04:10 AM;5/15/2023 10:29:09 AM;136197;5\n;6/1/2023 9:00:00 AM;136198;3\n;;136199;\n'
    const plan = planImport({ ...base, format: 'csv', text, mapping: { title: 'ID' } })
    expect(
      plan.rows.map((r) => [r.state.name, r.startedAt?.slice(0, 10) ?? null, r.finishedAt?.slice(0, 10) ?? null])
    ).toEqual([
      ['Done', '2023-05-15', '2023-05-31'],
      ['In progress', '2023-06-01', null],
      ['New', null, null]
    ])
    expect(plan.issues).toEqual([])
  })
})
