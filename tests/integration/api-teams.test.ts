import { describe, expect, it } from 'vitest'
import type { Sprint } from '@shared/api/methods/sprints'
import { crossesTeams, planCombinedWhen, teamHistories } from '@shared/domain/teams'
import { call, fail, FIXED_NOW, openHarness, openTestContext } from './helpers/temp'

/** A product with two teams, a Definition of Done and one addition of Team Lanes, and an item in progress per team. */
async function twoTeams() {
  const ctx = await openHarness()
  const product = await call(ctx, 'products.create', { name: 'Pool booking' })
  const lanes = await call(ctx, 'teams.create', { productId: product.id, name: 'Team Lanes' })
  const kiosk = await call(ctx, 'teams.create', { productId: product.id, name: 'Team Kiosk' })
  const settings = await call(ctx, 'definitions.set', {
    productId: product.id,
    kind: 'done',
    criteria: [{ text: 'Reviewed by another Developer' }, { text: 'Deployed to staging' }]
  })
  await call(ctx, 'definitions.set', {
    productId: product.id,
    kind: 'done',
    teamId: lanes.id,
    criteria: [{ text: 'Works on the lane screen at the pool' }]
  })
  const states = await call(ctx, 'workflow.list', { productId: product.id })
  const state = (category: string) => states.find((s) => s.category === category)!.id
  const add = (title: string, teamId: number | null) =>
    call(ctx, 'backlog.create', { productId: product.id, title, teamId })
  const lanesItem = await add('As a swimmer, I want to book a lane, so that I can train', lanes.id)
  const kioskItem = await add('As a member, I want to check in at the kiosk, so that I skip the queue', kiosk.id)
  const loose = await add('As a coach, I want to print the timetable, so that I can pin it up', null)
  for (const item of [lanesItem, kioskItem, loose])
    await call(ctx, 'backlog.update', { id: item.id, patch: { stateId: state('in_progress') } })
  const [lanesLine] = (await call(ctx, 'teams.list', { productId: product.id }))[0]!.definitionOfDone
  return {
    ctx,
    product,
    lanes,
    kiosk,
    done: state('done'),
    productLines: settings.definitionOfDone.map((l) => l.id),
    lanesLine: lanesLine!.id,
    lanesItem,
    kioskItem,
    loose
  }
}

describe('teams', () => {
  it('are listed in order with their Definition of Done additions and their work, and renamed', async () => {
    const { ctx, product, lanes, kiosk } = await twoTeams()
    const teams = await call(ctx, 'teams.list', { productId: product.id })
    expect(
      teams.map((t) => [t.name, t.position, t.itemCount, t.sprintCount, t.definitionOfDone.map((l) => l.text)])
    ).toEqual([
      ['Team Lanes', 0, 1, 0, ['Works on the lane screen at the pool']],
      ['Team Kiosk', 1, 1, 0, []]
    ])
    expect(await call(ctx, 'teams.rename', { id: kiosk.id, name: 'Team Front Desk' })).toMatchObject({
      id: kiosk.id,
      name: 'Team Front Desk'
    })
    // The product's own Definition of Done stays the product's: a team's lines are not in it.
    const settings = await call(ctx, 'settings.get', { productId: product.id })
    expect(settings.definitionOfDone.map((l) => l.text)).toEqual([
      'Reviewed by another Developer',
      'Deployed to staging'
    ])
    // Replacing the product's lines leaves the team's additions alone, and the other way round.
    await call(ctx, 'definitions.set', {
      productId: product.id,
      kind: 'done',
      criteria: [{ text: 'Released behind a flag' }]
    })
    expect((await call(ctx, 'teams.list', { productId: product.id }))[0]!.definitionOfDone.map((l) => l.text)).toEqual([
      'Works on the lane screen at the pool'
    ])
    await call(ctx, 'definitions.set', { productId: product.id, kind: 'done', teamId: lanes.id, criteria: [] })
    expect((await call(ctx, 'settings.get', { productId: product.id })).definitionOfDone.map((l) => l.text)).toEqual([
      'Released behind a flag'
    ])
  })

  it('have names unique per product, whatever the case, labelled in the error', async () => {
    const { ctx, product, kiosk } = await twoTeams()
    expect(await fail(ctx, 'teams.create', { productId: product.id, name: 'team lanes' })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'name', message: 'Another team of this product has this name' }]
    })
    expect(await fail(ctx, 'teams.rename', { id: kiosk.id, name: 'TEAM LANES' })).toMatchObject({ code: 'conflict' })
    // Another product may use the name.
    const other = await call(ctx, 'products.create', { name: 'Gym booking' })
    expect(await call(ctx, 'teams.create', { productId: other.id, name: 'Team Lanes' })).toMatchObject({
      name: 'Team Lanes'
    })
  })

  it('are refused from another product, on items, in bulk, on Sprints and for Definition of Done additions', async () => {
    const { ctx, product, lanesItem } = await twoTeams()
    const other = await call(ctx, 'products.create', { name: 'Gym booking' })
    const stranger = await call(ctx, 'teams.create', { productId: other.id, name: 'Team Weights' })
    const issue = (path: string) => ({
      code: 'invalid_input',
      issues: [{ path, message: 'Choose one of the product’s teams, or none' }]
    })
    expect(await fail(ctx, 'backlog.update', { id: lanesItem.id, patch: { teamId: stranger.id } })).toMatchObject(
      issue('patch.teamId')
    )
    expect(
      await fail(ctx, 'backlog.create', { productId: product.id, title: 'Fine', teamId: stranger.id })
    ).toMatchObject(issue('teamId'))
    expect(
      await fail(ctx, 'backlog.bulkUpdate', { ids: [lanesItem.id], patch: { teamId: stranger.id } })
    ).toMatchObject(issue('patch.teamId'))
    expect(
      await fail(ctx, 'sprints.create', {
        productId: product.id,
        name: 'S1',
        startDate: '2025-04-01',
        endDate: '2025-04-14',
        teamId: stranger.id
      })
    ).toMatchObject(issue('teamId'))
    expect(
      await fail(ctx, 'definitions.set', { productId: product.id, kind: 'done', teamId: stranger.id, criteria: [] })
    ).toMatchObject(issue('teamId'))
  })

  it('are given to items one by one and in bulk, filter the backlog, and come off with null', async () => {
    const { ctx, product, lanes, kiosk, lanesItem, kioskItem, loose } = await twoTeams()
    expect(lanesItem.teamId).toBe(lanes.id)
    await call(ctx, 'backlog.bulkUpdate', { ids: [loose.id, kioskItem.id], patch: { teamId: lanes.id } })
    const search = (teams: Array<number | 'none'>) =>
      call(ctx, 'backlog.search', { productId: product.id, filters: { teams } }).then((hits) => hits.map((h) => h.id))
    expect(await search([lanes.id])).toEqual([lanesItem.id, kioskItem.id, loose.id])
    expect(await search([kiosk.id])).toEqual([])
    expect((await call(ctx, 'backlog.update', { id: loose.id, patch: { teamId: null } })).teamId).toBeNull()
    expect(await search(['none'])).toEqual([loose.id])
    expect(await search(['none', lanes.id])).toEqual([lanesItem.id, kioskItem.id, loose.id])
    // Undo puts the team back.
    await call(ctx, 'backlog.undo', { productId: product.id })
    expect((await call(ctx, 'backlog.get', { id: loose.id })).teamId).toBe(lanes.id)
    // Flow metrics and forecasts see whose work each item is.
    const flow = await call(ctx, 'flow.data', { productId: product.id })
    expect(flow.items.map((i) => [i.id, i.teamId])).toEqual([
      [lanesItem.id, lanes.id],
      [kioskItem.id, lanes.id],
      [loose.id, lanes.id]
    ])
  })
})

describe('done for a team’s item', () => {
  it('needs the product’s Definition of Done and the team’s additions, named line by line', async () => {
    const { ctx, lanesItem, done, productLines, lanesLine } = await twoTeams()
    const toDone = (extra: object) =>
      ctx.dispatch('backlog.update', { id: lanesItem.id, patch: { stateId: done }, ...extra })
    expect(await fail(ctx, 'backlog.update', { id: lanesItem.id, patch: { stateId: done } })).toMatchObject({
      issues: [{ path: 'confirmDone' }]
    })
    // The bare confirmation is the product's Definition of Done; Team Lanes's line is not in it.
    const bare = await fail(ctx, 'backlog.update', { id: lanesItem.id, patch: { stateId: done }, confirmDone: true })
    expect(bare.issues).toEqual([
      { path: 'doneChecks', message: 'Confirm every line of the item’s Definition of Done' }
    ])
    expect(bare.message).toContain('“Works on the lane screen at the pool”')
    expect(bare.message).toContain("Team Lanes's additions")
    expect(bare.message).toContain('Scrum Guide 2020, “Commitment: Definition of Done”')
    // Ticking only the team's line leaves the product's lines unconfirmed: a team never drops them.
    const partial = await fail(ctx, 'backlog.update', {
      id: lanesItem.id,
      patch: { stateId: done },
      confirmDone: true,
      doneChecks: [lanesLine]
    })
    expect(partial.message).toContain('“Reviewed by another Developer”, “Deployed to staging”')
    expect((await call(ctx, 'backlog.get', { id: lanesItem.id })).stateId).not.toBe(done)
    const ok = await toDone({ confirmDone: true, doneChecks: [...productLines, lanesLine] })
    expect(ok).toMatchObject({ ok: true, value: { stateId: done } })
  })

  it('of another team, or of none, asks only for the product’s Definition of Done', async () => {
    const { ctx, kioskItem, loose, done } = await twoTeams()
    for (const item of [kioskItem, loose]) {
      expect(
        await call(ctx, 'backlog.update', { id: item.id, patch: { stateId: done }, confirmDone: true })
      ).toMatchObject({ stateId: done })
    }
  })

  it('follows the team the same update gives the item, and holds in bulk', async () => {
    const { ctx, lanes, kioskItem, loose, done, productLines, lanesLine } = await twoTeams()
    const moving = await fail(ctx, 'backlog.update', {
      id: kioskItem.id,
      patch: { stateId: done, teamId: lanes.id },
      confirmDone: true
    })
    expect(moving.issues).toEqual([
      { path: 'doneChecks', message: 'Confirm every line of the item’s Definition of Done' }
    ])
    const bulk = await fail(ctx, 'backlog.bulkUpdate', {
      ids: [loose.id, kioskItem.id],
      patch: { stateId: done, teamId: lanes.id },
      confirmDone: true
    })
    expect(bulk.message).toContain('“Works on the lane screen at the pool”')
    expect((await call(ctx, 'backlog.get', { id: loose.id })).stateId).not.toBe(done)
    await call(ctx, 'backlog.bulkUpdate', {
      ids: [loose.id, kioskItem.id],
      patch: { stateId: done, teamId: lanes.id },
      confirmDone: true,
      doneChecks: [...productLines, lanesLine]
    })
    expect((await call(ctx, 'backlog.get', { id: kioskItem.id })).stateId).toBe(done)
  })
})

describe('Sprints of several teams', () => {
  const sprint = (
    productId: number,
    name: string,
    teamId: number | null,
    startDate = '2025-04-01',
    endDate = '2025-04-14'
  ) => ({
    productId,
    name,
    startDate,
    endDate,
    goal: 'Members book a lane in three taps',
    teamId
  })

  it('run side by side for different teams, never overlap for one team, and a Sprint without a team meets them all', async () => {
    const { ctx, product, lanes, kiosk } = await twoTeams()
    const first = await call<Sprint>(ctx, 'sprints.create', sprint(product.id, 'Lanes 1', lanes.id))
    expect(first.teamId).toBe(lanes.id)
    await call<Sprint>(ctx, 'sprints.create', sprint(product.id, 'Kiosk 1', kiosk.id))
    const clash = await fail(
      ctx,
      'sprints.create',
      sprint(product.id, 'Lanes 1b', lanes.id, '2025-04-10', '2025-04-20')
    )
    expect(clash.issues).toEqual([
      { path: 'startDate', message: expect.stringContaining('would overlap Lanes 1 (2025-04-01 to 2025-04-14)') }
    ])
    expect(clash.message).toContain('Scrum Guide 2020, “The Sprint”')
    expect((await fail(ctx, 'sprints.create', sprint(product.id, 'Someone’s', null))).message).toContain(
      'would overlap Lanes 1'
    )
    // Moving a Sprint to a team that already runs one then is checked too.
    const later = await call<Sprint>(
      ctx,
      'sprints.create',
      sprint(product.id, 'Kiosk 2', kiosk.id, '2025-04-15', '2025-04-28')
    )
    expect(await fail(ctx, 'sprints.update', { id: first.id, patch: { teamId: null } })).toMatchObject({
      issues: [{ path: 'patch.startDate' }]
    })
    expect((await call<Sprint>(ctx, 'sprints.update', { id: later.id, patch: { teamId: lanes.id } })).teamId).toBe(
      lanes.id
    )
  })
})

describe('removing a team', () => {
  it('is refused while items or Sprints belong to it, then takes its Definition of Done additions with it', async () => {
    const { ctx, product, lanes, lanesItem } = await twoTeams()
    const created = await call(ctx, 'sprints.create', {
      productId: product.id,
      name: 'Lanes 1',
      startDate: '2025-04-01',
      endDate: '2025-04-14',
      teamId: lanes.id
    })
    const refused = await fail(ctx, 'teams.remove', { id: lanes.id })
    expect(refused).toMatchObject({ code: 'conflict', issues: [{ path: 'id', message: 'Team Lanes still has work' }] })
    expect(refused.message).toContain('Team Lanes still has 1 item and 1 Sprint')
    await call(ctx, 'backlog.update', { id: lanesItem.id, patch: { teamId: null } })
    await call(ctx, 'sprints.update', { id: created.id, patch: { teamId: null } })
    // A deleted item lets go of its team, and undoing an edit that gave it the team leaves it with none.
    const deleted = await call(ctx, 'backlog.create', { productId: product.id, title: 'Old idea', teamId: lanes.id })
    await call(ctx, 'backlog.delete', { id: deleted.id })
    await call(ctx, 'backlog.update', { id: lanesItem.id, patch: { teamId: lanes.id } })
    await call(ctx, 'backlog.update', { id: lanesItem.id, patch: { teamId: null } })
    expect(await call(ctx, 'teams.remove', { id: lanes.id })).toEqual({ deleted: lanes.id })
    expect(await call(ctx, 'teams.list', { productId: product.id })).toHaveLength(1)
    await call(ctx, 'backlog.undo', { productId: product.id })
    expect((await call(ctx, 'backlog.get', { id: lanesItem.id })).teamId).toBeNull()
    expect((await call(ctx, 'backlog.restore', { id: deleted.id })).teamId).toBeNull()
    // The product's Definition of Done is whole; the team's addition is gone with the team.
    const settings = await call(ctx, 'settings.get', { productId: product.id })
    expect(settings.definitionOfDone.map((l) => l.text)).toEqual([
      'Reviewed by another Developer',
      'Deployed to staging'
    ])
  })

  it('does not stop its product from being deleted', async () => {
    const { ctx, product } = await twoTeams()
    await call(ctx, 'products.delete', { id: product.id, confirmName: 'Pool booking' })
    expect(await call(ctx, 'products.list', { includeArchived: true })).toEqual([])
  })
})

describe('teams in a product file', () => {
  it('come back with their items, Sprints and Definition of Done additions', async () => {
    const { ctx, product, lanes } = await twoTeams()
    await call(ctx, 'sprints.create', {
      productId: product.id,
      name: 'Lanes 1',
      startDate: '2025-04-01',
      endDate: '2025-04-14',
      teamId: lanes.id
    })
    const document = await call(ctx, 'products.export', { productId: product.id })
    const { ctx: fresh } = await openTestContext({ now: () => FIXED_NOW })
    const copy = await call(fresh, 'products.import', { document, name: 'Pool booking copy' })
    const teams = await call(fresh, 'teams.list', { productId: copy.id })
    expect(teams.map((t) => [t.name, t.itemCount, t.sprintCount, t.definitionOfDone.map((l) => l.text)])).toEqual([
      ['Team Lanes', 1, 1, ['Works on the lane screen at the pool']],
      ['Team Kiosk', 1, 0, []]
    ])
    const items = await call(fresh, 'backlog.list', { productId: copy.id })
    expect(items.map((i) => teams.find((t) => t.id === i.teamId)?.name ?? null)).toEqual([
      'Team Lanes',
      'Team Kiosk',
      null
    ])
    const settings = await call(fresh, 'settings.get', { productId: copy.id })
    expect(settings.definitionOfDone.map((l) => l.text)).toEqual([
      'Reviewed by another Developer',
      'Deployed to staging'
    ])
  })

  it('written before teams, reads as a product without any', async () => {
    const { ctx, product } = await twoTeams()
    const document = await call(ctx, 'products.export', { productId: product.id })
    const backlog = document.sections.backlog as Record<string, unknown> & {
      items: Array<Record<string, unknown>>
      definitionOfDone: Array<Record<string, unknown>>
    }
    delete backlog.teams
    for (const item of backlog.items) delete item.teamId
    backlog.definitionOfDone = backlog.definitionOfDone
      .filter((line) => line.teamId === null)
      .map(({ teamId: _t, ...line }) => line)
    const copy = await call(ctx, 'products.import', { document, name: 'Old file' })
    expect(await call(ctx, 'teams.list', { productId: copy.id })).toEqual([])
    expect((await call(ctx, 'backlog.list', { productId: copy.id })).every((i) => i.teamId === null)).toBe(true)
  })
})

describe('the sample product', () => {
  it('has two teams with items, Sprints side by side, a dependency across them, and histories a combined forecast can draw from', async () => {
    const { ctx } = await openTestContext({ sample: true, now: () => FIXED_NOW })
    const [sample] = await call(ctx, 'products.list')
    const productId = sample!.id
    const teams = await call(ctx, 'teams.list', { productId })
    expect(teams.map((t) => [t.name, t.sprintCount, t.definitionOfDone.length])).toEqual([
      ['Team Lanes', 7, 0],
      ['Team Front Desk', 7, 1]
    ])
    for (const team of teams) expect(team.itemCount).toBeGreaterThan(20)
    const sprints = await call(ctx, 'sprints.list', { productId })
    const current = sprints.filter((s) => s.startDate <= '2025-03-12' && s.endDate >= '2025-03-12')
    expect(current.map((s) => s.teamId)).toEqual(teams.map((t) => t.id))

    const items = await call(ctx, 'backlog.list', { productId })
    const links = await call(ctx, 'backlog.links', { productId })
    const teamOf = new Map(items.map((i) => [i.id, i]))
    expect(links.some((l) => crossesTeams(teamOf.get(l.blockerId)!, teamOf.get(l.blockedId)!))).toBe(true)

    const flow = await call(ctx, 'flow.data', { productId })
    const histories = teamHistories(flow.items, teams, { asOf: flow.today, windowDays: 90 }, flow.calendar)
    expect(histories.every((h) => h.openItems > 0 && h.dailyThroughput.some((n) => n > 0))).toBe(true)
    expect(planCombinedWhen({ teams: histories, items: 30, trials: 1000, seed: 1 })).toMatchObject({
      combined: { question: 'when' }
    })
  })
})
