import { describe, expect, it } from 'vitest'
import type { WorkflowState } from '@shared/api'
import { boardColumns, cycleTimes, lastDays, sleAttainment, wipBreaches, wipPerState } from '@shared/domain/flow'
import { call, fail, openTestContext, readConnection, snapshotTables } from './helpers/temp'

async function productWithStates(ctx: Parameters<typeof call>[0], name = 'Policies product') {
  const product = await call(ctx, 'products.create', { name })
  const states = await call(ctx, 'workflow.list', { productId: product.id })
  const state = (stateName: string) => states.find((s) => s.name === stateName)!
  return { product, state }
}

describe('WIP limits and policies through workflow.update', () => {
  it('keeps a limit and both policies, shows them in workflow.list and flow.data, and takes a limit away with null', async () => {
    const { ctx } = await openTestContext()
    const { product, state } = await productWithStates(ctx)
    const inProgress = state('In progress')
    expect(inProgress).toMatchObject({ wipLimit: null, entryPolicy: '', exitPolicy: '' })

    const updated = await call(ctx, 'workflow.update', {
      id: inProgress.id,
      patch: {
        wipLimit: 3,
        entryPolicy: '  Meets the Definition of Ready; someone pulls it.  ',
        exitPolicy: 'Code merged behind a flag.'
      }
    })
    expect(updated).toMatchObject({
      name: 'In progress',
      wipLimit: 3,
      entryPolicy: 'Meets the Definition of Ready; someone pulls it.',
      exitPolicy: 'Code merged behind a flag.'
    })
    // Changing one field leaves the others as they were.
    await call(ctx, 'workflow.update', { id: state('In review').id, patch: { wipLimit: 2 } })
    await call(ctx, 'workflow.update', { id: inProgress.id, patch: { name: 'Doing' } })

    const listed = await call(ctx, 'workflow.list', { productId: product.id })
    expect(listed.map((s) => [s.name, s.wipLimit, s.entryPolicy !== '', s.exitPolicy !== ''])).toEqual([
      ['New', null, false, false],
      ['Ready', null, false, false],
      ['Doing', 3, true, true],
      ['In review', 2, false, false],
      ['Done', null, false, false]
    ])
    const data = await call(ctx, 'flow.data', { productId: product.id })
    expect(data.states.find((s) => s.name === 'Doing')).toEqual(listed.find((s) => s.name === 'Doing'))
    expect(data.sle).toBeNull()

    const cleared = await call(ctx, 'workflow.update', { id: inProgress.id, patch: { wipLimit: null } })
    expect(cleared.wipLimit).toBeNull()
    expect(cleared.exitPolicy).toBe('Code merged behind a flag.')
  })

  it('names the field by its label in every refusal, and changes nothing', async () => {
    const { ctx } = await openTestContext()
    const { state } = await productWithStates(ctx)
    const conn = readConnection(ctx.databaseFile)
    const before = snapshotTables(conn)
    const id = state('In progress').id
    const refusals = [
      [{ wipLimit: 0 }, 'patch.wipLimit', /WIP limit must be at least 1/],
      [{ wipLimit: 1.5 }, 'patch.wipLimit', /WIP limit must be a whole number/],
      [{ wipLimit: '3' }, 'patch.wipLimit', /WIP limit must be a number/],
      [{ entryPolicy: 'e'.repeat(1001) }, 'patch.entryPolicy', /entry policy to 1,000 characters/],
      [{ exitPolicy: 7 }, 'patch.exitPolicy', /exit policy must be text/]
    ] as const
    for (const [patch, path, message] of refusals) {
      const error = await fail(ctx, 'workflow.update', { id, patch })
      expect(error.code).toBe('invalid_input')
      expect(error.issues).toEqual([{ path, message: expect.stringMatching(message) }])
      expect(error.message).toMatch(message)
    }
    expect(snapshotTables(conn)).toEqual(before)
  })

  it('refuses a limit on a done state, and drops the limit of a state that becomes done or removed', async () => {
    const { ctx } = await openTestContext()
    const { product, state } = await productWithStates(ctx)
    const error = await fail(ctx, 'workflow.update', { id: state('Done').id, patch: { wipLimit: 5 } })
    expect(error.code).toBe('invalid_input')
    expect(error.message).toMatch(/“Done” holds done work.*WIP limit applies to to-do and in-progress states/)
    expect(error.issues).toEqual([{ path: 'patch.wipLimit', message: 'Leave the WIP limit empty for this state' }])
    // Nor in the same patch that makes a state done.
    expect(
      (await fail(ctx, 'workflow.update', { id: state('In review').id, patch: { category: 'done', wipLimit: 2 } }))
        .issues?.[0]?.path
    ).toBe('patch.wipLimit')

    await call(ctx, 'workflow.update', {
      id: state('In review').id,
      patch: { wipLimit: 2, exitPolicy: 'Two people approved it.' }
    })
    const done = await call(ctx, 'workflow.update', { id: state('In review').id, patch: { category: 'done' } })
    expect(done).toMatchObject({ category: 'done', wipLimit: null, exitPolicy: 'Two people approved it.' })
    // A to-do state takes a limit (a replenishment queue).
    expect((await call(ctx, 'workflow.update', { id: state('Ready').id, patch: { wipLimit: 8 } })).wipLimit).toBe(8)
    await call(ctx, 'workflow.update', { id: state('Done').id, patch: { wipLimit: null } })
    expect(
      (await call(ctx, 'workflow.list', { productId: product.id })).find((s) => s.name === 'Done')!.wipLimit
    ).toBeNull()
  })
})

describe('flow.setSle and flow.clearSle', () => {
  it('keeps one SLE per product, replaces it when set again, and clears it', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithStates(ctx)
    const other = await call(ctx, 'products.create', { name: 'Other product' })
    const conn = readConnection(ctx.databaseFile)

    expect(await call(ctx, 'flow.setSle', { productId: product.id, percentile: 85, days: 10 })).toEqual({
      percentile: 85,
      days: 10
    })
    expect(await call(ctx, 'flow.setSle', { productId: product.id, percentile: 90, days: 12 })).toEqual({
      percentile: 90,
      days: 12
    })
    await call(ctx, 'flow.setSle', { productId: other.id, percentile: 70, days: 5 })
    expect((await call(ctx, 'flow.data', { productId: product.id })).sle).toEqual({ percentile: 90, days: 12 })
    expect(
      conn
        .prepare('SELECT product_id, team_id, percentile, days FROM service_level_expectations ORDER BY product_id')
        .all()
    ).toEqual([
      { product_id: product.id, team_id: null, percentile: 90, days: 12 },
      { product_id: other.id, team_id: null, percentile: 70, days: 5 }
    ])

    expect(await call(ctx, 'flow.clearSle', { productId: product.id })).toEqual({ cleared: true })
    expect(await call(ctx, 'flow.clearSle', { productId: product.id })).toEqual({ cleared: false })
    expect((await call(ctx, 'flow.data', { productId: product.id })).sle).toBeNull()
    expect((await call(ctx, 'flow.data', { productId: other.id })).sle).toEqual({ percentile: 70, days: 5 })
  })

  it('names the share of items and the cycle time in its refusals, and knows no missing product', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithStates(ctx)
    const refusals = [
      [{ percentile: 100, days: 10 }, 'percentile', /share of items can be at most 99%/],
      [{ percentile: 40, days: 10 }, 'percentile', /share of items must be at least 50%/],
      [{ percentile: 85.5, days: 10 }, 'percentile', /share of items must be a whole percentage/],
      [{ percentile: 85, days: 0 }, 'days', /cycle time must be at least 1 day/],
      [{ percentile: 85, days: 366 }, 'days', /cycle time can be at most 365 days/],
      [{ percentile: 85, days: 'ten' }, 'days', /cycle time must be a number of days/]
    ] as const
    for (const [sle, path, message] of refusals) {
      const error = await fail(ctx, 'flow.setSle', { productId: product.id, ...sle })
      expect(error.issues).toEqual([{ path, message: expect.stringMatching(message) }])
    }
    expect((await call(ctx, 'flow.data', { productId: product.id })).sle).toBeNull()
    expect((await fail(ctx, 'flow.setSle', { productId: 9999, percentile: 85, days: 10 })).code).toBe('not_found')
    expect((await fail(ctx, 'flow.clearSle', { productId: 9999 })).code).toBe('not_found')
  })
})

describe('product transfer of the flow policies', () => {
  it('brings limits, policies and the SLE back, and reads older files without them as none', async () => {
    const { ctx } = await openTestContext()
    const { product, state } = await productWithStates(ctx)
    await call(ctx, 'workflow.update', {
      id: state('In progress').id,
      patch: { wipLimit: 3, entryPolicy: 'Pulled, never pushed.', exitPolicy: 'Tests pass.' }
    })
    await call(ctx, 'workflow.update', { id: state('In review').id, patch: { wipLimit: 2 } })
    await call(ctx, 'flow.setSle', { productId: product.id, percentile: 85, days: 10 })
    const document = await call(ctx, 'products.export', { productId: product.id })

    const copy = await call(ctx, 'products.import', { document, name: 'Policies, imported' })
    const policies = (states: WorkflowState[]) => states.map((s) => [s.name, s.wipLimit, s.entryPolicy, s.exitPolicy])
    expect(policies(await call(ctx, 'workflow.list', { productId: copy.id }))).toEqual(
      policies(await call(ctx, 'workflow.list', { productId: product.id }))
    )
    expect((await call(ctx, 'flow.data', { productId: copy.id })).sle).toEqual({ percentile: 85, days: 10 })
    const again = await call(ctx, 'products.export', { productId: copy.id })
    expect((again.sections.flow as { sle: unknown }).sle).toEqual({ percentile: 85, days: 10 })

    // As a version before flow policies wrote it: no limits, no policies, no SLE.
    const older = structuredClone(document)
    const backlog = older.sections.backlog as { states: Array<Record<string, unknown>> }
    for (const s of backlog.states) for (const key of ['wipLimit', 'entryPolicy', 'exitPolicy']) delete s[key]
    delete (older.sections.flow as Record<string, unknown>).sle
    const fromOlder = await call(ctx, 'products.import', { document: older, name: 'From an older file' })
    const states = await call(ctx, 'workflow.list', { productId: fromOlder.id })
    expect(states.every((s) => s.wipLimit === null && s.entryPolicy === '' && s.exitPolicy === '')).toBe(true)
    expect((await call(ctx, 'flow.data', { productId: fromOlder.id })).sle).toBeNull()
  })
})

describe('the sample product’s flow policies', () => {
  it('has WIP limits its board keeps to today, policies, an SLE its history holds, and breaches only from before the limits', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const data = await call(ctx, 'flow.data', { productId: sample!.id })
    expect(data.states.map((s) => [s.name, s.wipLimit])).toEqual([
      ['New', null],
      ['Ready', null],
      ['In progress', 3],
      ['In review', 2],
      ['Done', null]
    ])
    expect(data.states.filter((s) => s.entryPolicy !== '' && s.exitPolicy !== '').map((s) => s.name)).toEqual([
      'In progress',
      'In review'
    ])
    expect(data.sle).toEqual({ percentile: 85, days: 10 })

    // Today: every state within its limit, the work in progress at them.
    expect(
      boardColumns(data.states, data.items)
        .map((c) => [c.state.name, c.items.length, c.excess])
        .slice(2, 4)
    ).toEqual([
      ['In progress', 3, 0],
      ['In review', 2, 0]
    ])
    // The team has kept to its limits for the last two months; before, In progress often held more.
    const window = lastDays(data.today, 90)
    const breaches = wipBreaches(wipPerState(data, window), data.states)
    const since = lastDays(data.today, 61).from
    expect(breaches.find((b) => b.state === 'In review')!.days).toEqual([])
    const inProgress = breaches.find((b) => b.state === 'In progress')!.days
    expect(inProgress.length).toBeGreaterThan(5)
    expect(inProgress.every((d) => d.day < since)).toBe(true)
    // And its SLE held over the window.
    expect(sleAttainment(cycleTimes(data.items, window), data.sle!).met).toBe(true)
  })
})

describe('a team’s own WIP limits and SLE', () => {
  async function withTeams(ctx: Parameters<typeof call>[0], name?: string) {
    const { product, state } = await productWithStates(ctx, name)
    const lanes = await call(ctx, 'teams.create', { productId: product.id, name: 'Team Lanes' })
    const kiosk = await call(ctx, 'teams.create', { productId: product.id, name: 'Team Kiosk' })
    return { product, state, lanes, kiosk }
  }

  it('keeps a limit per team and state beside the product’s, and an SLE per team beside the product’s', async () => {
    const { ctx } = await openTestContext()
    const { product, state, lanes, kiosk } = await withTeams(ctx)
    await call(ctx, 'workflow.update', { id: state('In progress').id, patch: { wipLimit: 5 } })
    const set = await call(ctx, 'teams.setWipLimit', { id: lanes.id, stateId: state('In review').id, wipLimit: 1 })
    await call(ctx, 'teams.setWipLimit', { id: lanes.id, stateId: state('In progress').id, wipLimit: 3 })
    expect(set.wipLimits).toEqual([{ stateId: state('In review').id, wipLimit: 1 }])
    await call(ctx, 'teams.setWipLimit', { id: kiosk.id, stateId: state('In progress').id, wipLimit: 2 })
    // Set again, it replaces; null takes it away.
    await call(ctx, 'teams.setWipLimit', { id: kiosk.id, stateId: state('In progress').id, wipLimit: 4 })
    expect(
      await call(ctx, 'flow.setSle', { productId: product.id, teamId: lanes.id, percentile: 80, days: 6 })
    ).toEqual({ percentile: 80, days: 6 })
    await call(ctx, 'flow.setSle', { productId: product.id, percentile: 85, days: 10 })

    const teams = await call(ctx, 'teams.list', { productId: product.id })
    expect(teams.map((t) => [t.name, t.wipLimits, t.sle])).toEqual([
      [
        'Team Lanes',
        [
          { stateId: state('In progress').id, wipLimit: 3 },
          { stateId: state('In review').id, wipLimit: 1 }
        ],
        { percentile: 80, days: 6 }
      ],
      ['Team Kiosk', [{ stateId: state('In progress').id, wipLimit: 4 }], null]
    ])
    const data = await call(ctx, 'flow.data', { productId: product.id })
    expect(data.sle).toEqual({ percentile: 85, days: 10 })
    expect(data.states.find((s) => s.name === 'In progress')!.wipLimit).toBe(5)
    expect(data.teamPolicies).toEqual(teams.map((t) => ({ teamId: t.id, wipLimits: t.wipLimits, sle: t.sle })))

    const cleared = await call(ctx, 'teams.setWipLimit', {
      id: kiosk.id,
      stateId: state('In progress').id,
      wipLimit: null
    })
    expect(cleared.wipLimits).toEqual([])
    expect(await call(ctx, 'flow.clearSle', { productId: product.id, teamId: lanes.id })).toEqual({ cleared: true })
    const after = await call(ctx, 'flow.data', { productId: product.id })
    expect(after.sle).toEqual({ percentile: 85, days: 10 })
    expect(after.teamPolicies.map((p) => p.sle)).toEqual([null, null])
  })

  it('refuses a done state, another product’s state or team, and names the field', async () => {
    const { ctx } = await openTestContext()
    const { product, state, lanes } = await withTeams(ctx)
    const other = await withTeams(ctx, 'Other product')
    const conn = readConnection(ctx.databaseFile)
    const before = snapshotTables(conn)
    const done = await fail(ctx, 'teams.setWipLimit', { id: lanes.id, stateId: state('Done').id, wipLimit: 2 })
    expect(done.message).toContain('a WIP limit applies to to-do and in-progress states')
    expect(done.issues?.[0]?.path).toBe('wipLimit')
    const foreign = await fail(ctx, 'teams.setWipLimit', {
      id: lanes.id,
      stateId: other.state('In progress').id,
      wipLimit: 2
    })
    expect(foreign.issues?.[0]?.path).toBe('stateId')
    expect(
      (await fail(ctx, 'teams.setWipLimit', { id: 9999, stateId: state('In progress').id, wipLimit: 2 })).code
    ).toBe('not_found')
    const foreignTeam = await fail(ctx, 'flow.setSle', {
      productId: product.id,
      teamId: other.lanes.id,
      percentile: 85,
      days: 10
    })
    expect(foreignTeam.issues?.[0]).toEqual({
      path: 'teamId',
      message: expect.stringContaining('one of the product’s teams')
    })
    expect(
      (await fail(ctx, 'flow.clearSle', { productId: product.id, teamId: other.lanes.id })).issues?.[0]?.path
    ).toBe('teamId')
    expect(snapshotTables(conn)).toEqual(before)
  })

  it('go with the state when it becomes done or is removed, and with the team when it is removed', async () => {
    const { ctx } = await openTestContext()
    const { product, state, lanes, kiosk } = await withTeams(ctx)
    await call(ctx, 'teams.setWipLimit', { id: lanes.id, stateId: state('In review').id, wipLimit: 1 })
    await call(ctx, 'teams.setWipLimit', { id: lanes.id, stateId: state('Ready').id, wipLimit: 4 })
    await call(ctx, 'teams.setWipLimit', { id: kiosk.id, stateId: state('In progress').id, wipLimit: 2 })
    await call(ctx, 'flow.setSle', { productId: product.id, teamId: kiosk.id, percentile: 85, days: 9 })

    await call(ctx, 'workflow.update', { id: state('In review').id, patch: { category: 'done' } })
    await call(ctx, 'workflow.delete', { id: state('Ready').id })
    expect((await call(ctx, 'teams.list', { productId: product.id }))[0]!.wipLimits).toEqual([])
    await call(ctx, 'teams.remove', { id: kiosk.id })
    const conn = readConnection(ctx.databaseFile)
    expect(conn.prepare('SELECT count(*) AS n FROM team_wip_limits').get()).toEqual({ n: 0 })
    expect(conn.prepare('SELECT count(*) AS n FROM service_level_expectations').get()).toEqual({ n: 0 })
  })

  it('travel with a product file, and an older file has none', async () => {
    const { ctx } = await openTestContext()
    const { product, state, lanes, kiosk } = await withTeams(ctx)
    await call(ctx, 'teams.setWipLimit', { id: lanes.id, stateId: state('In progress').id, wipLimit: 2 })
    await call(ctx, 'teams.setWipLimit', { id: kiosk.id, stateId: state('In review').id, wipLimit: 1 })
    await call(ctx, 'flow.setSle', { productId: product.id, teamId: kiosk.id, percentile: 90, days: 12 })
    const document = await call(ctx, 'products.export', { productId: product.id })

    const copy = await call(ctx, 'products.import', { document, name: 'Teams, imported' })
    const policies = async (productId: number) => {
      const [teams, states] = [
        await call(ctx, 'teams.list', { productId }),
        await call(ctx, 'workflow.list', { productId })
      ]
      const name = (id: number) => states.find((s) => s.id === id)!.name
      return teams.map((t) => [t.name, t.wipLimits.map((l) => [name(l.stateId), l.wipLimit]), t.sle])
    }
    expect(await policies(copy.id)).toEqual(await policies(product.id))
    expect(await policies(copy.id)).toEqual([
      ['Team Lanes', [['In progress', 2]], null],
      ['Team Kiosk', [['In review', 1]], { percentile: 90, days: 12 }]
    ])

    const older = structuredClone(document)
    for (const key of ['teamSles', 'teamWipLimits']) delete (older.sections.flow as Record<string, unknown>)[key]
    const fromOlder = await call(ctx, 'products.import', { document: older, name: 'From an older file' })
    expect((await policies(fromOlder.id)).map(([, limits, sle]) => [limits, sle])).toEqual([
      [[], null],
      [[], null]
    ])
  })

  it('are in the sample: each team caps its own In progress and Team Lanes has an SLE of its own', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const data = await call(ctx, 'flow.data', { productId: sample!.id })
    const teams = await call(ctx, 'teams.list', { productId: sample!.id })
    const inProgress = data.states.find((s) => s.name === 'In progress')!.id
    expect(teams.map((t) => [t.name, t.wipLimits, t.sle])).toEqual([
      ['Team Lanes', [{ stateId: inProgress, wipLimit: 2 }], { percentile: 85, days: 8 }],
      ['Team Front Desk', [{ stateId: inProgress, wipLimit: 2 }], null]
    ])
  })
})
