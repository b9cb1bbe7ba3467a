import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { backlogList as backlog, itemDetails } from './pages/backlog'

const teamFilter = (page: Page) =>
  page.getByRole('search', { name: 'Search and filter the backlog' }).getByLabel('Team', { exact: true })

test('the combined two-team forecast runs and shows each team’s part beside its own forecast', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Flow & Forecast' }).click()
  await page
    .getByRole('tablist', { name: 'Flow and forecast views' })
    .getByRole('tab', { name: 'Forecast', exact: true })
    .click()
  await page.getByLabel('Whose work').selectOption({ label: 'All teams combined' })
  await page.getByRole('textbox', { name: 'Number of items' }).fill('30')
  await page.getByRole('button', { name: 'Run forecast' }).click()

  await expect(page.getByRole('heading', { name: 'When will 30 items be done by all teams together?' })).toBeVisible({
    timeout: 30_000
  })
  await expect(
    page.getByRole('table', { name: 'Combined forecast percentiles' }).getByRole('cell', { name: /^on or before / })
  ).toHaveCount(4)
  const parts = page.getByRole('table', { name: 'Each team’s part' })
  for (const team of ['Team Lanes', 'Team Front Desk']) {
    const row = parts.getByRole('row', { name: new RegExp(`^${team}`) })
    await expect(row).toContainText(/\d\.\d items a day/)
    await expect(row).toContainText(/\d+%, about \d+ of the 30 items/)
    await expect(row).toContainText(/open items? of its own: on or before .+ \(85%\)/)
  }
  // The parts of the pace add up to the whole.
  const shares = (await parts.getByRole('cell', { name: /%, about/ }).allInnerTexts()).map((text) =>
    Number(/^(\d+)%/.exec(text)![1])
  )
  expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(99)
  await expect(page.getByText('Without scope growth: the backlog stays as it is while the teams work.')).toBeVisible()
  const combinedPlain = await page
    .getByRole('table', { name: 'Combined forecast percentiles' })
    .getByRole('row', { name: /^85%/ })
    .innerText()

  // With scope growth, as a single team's forecast: items split as they are finished, and the table shows what that costs.
  await page.getByLabel('Items split at a rate I enter').check()
  await page.getByLabel('New items per item finished').fill('0.25')
  await page.getByRole('button', { name: 'Run forecast' }).click()
  const grown = page.getByRole('table', { name: 'Combined forecast percentiles' })
  await expect(grown.getByRole('columnheader', { name: 'With scope growth' })).toBeVisible({ timeout: 30_000 })
  await expect(
    page.getByText(
      'Scope growth: every item finished brings 0.25 new items (splits and discovered work). Each team’s own forecast grows its work at the same rate.'
    )
  ).toBeVisible()
  await expect(grown.getByRole('row', { name: /^85%/ })).toContainText(/\d+ working days? later/)
  // The same seed without growth is the forecast before.
  expect(await grown.getByRole('row', { name: /^85%/ }).getByRole('cell').nth(1).innerText()).toBe(
    /^85%\s+(.+)$/.exec(combinedPlain.trim())![1]
  )
  await page.getByLabel('Off: the work stays as it is').check()
  await page.getByRole('button', { name: 'Run forecast' }).click()
  await expect(grown.getByRole('columnheader', { name: 'With scope growth' })).toHaveCount(0, { timeout: 30_000 })

  // Two teams together are faster than one of them at the whole backlog on its own.
  const combined85 = combinedPlain
  await page.getByLabel('Whose work').selectOption({ label: 'Team Lanes only' })
  await page.getByRole('button', { name: 'Run forecast' }).click()
  const alone = page.getByRole('table', { name: 'Forecast percentiles' })
  await expect(alone).toBeVisible({ timeout: 30_000 })
  const day = (row: string) => new Date(/on or before \w+, (.+)$/.exec(row.trim())![1]!).getTime()
  expect(day(await alone.getByRole('row', { name: /^85%/ }).innerText())).toBeGreaterThan(day(combined85))
})

test('the backlog shows each item’s team and filters by team; an item changes team in its details', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  const rows = backlog(page).getByRole('listitem')
  await expect(rows.first()).toBeVisible()
  const all = await page.getByText(/^\d+ items$/).innerText()

  await teamFilter(page).selectOption({ label: 'Team Front Desk' })
  await expect(page.getByText(/^\d+ of \d+ items$/)).toBeVisible()
  const shown = await rows.count()
  expect(shown).toBeGreaterThan(0)
  for (const row of await rows.all()) await expect(row.locator('.row-team')).toHaveText('Team Front Desk')

  await teamFilter(page).selectOption({ label: 'No team' })
  const first = rows.first()
  await expect(first.locator('.row-team')).toHaveText('No team')
  const title = (await first.getAttribute('aria-label'))!
  await first.click()
  const details = itemDetails(page)
  await details.getByLabel('Team', { exact: true }).selectOption({ label: 'Team Lanes' })
  await details.getByRole('button', { name: 'Save changes' }).click()
  await expect(backlog(page).getByRole('listitem', { name: title, exact: true })).toHaveCount(0)

  // Team Lanes has it now (found by its title among the team's items, which run past the screen).
  await teamFilter(page).selectOption({ label: 'Team Lanes' })
  await page.getByRole('searchbox', { name: 'Search' }).fill(`"${title}"`)
  await expect(backlog(page).getByRole('listitem', { name: title, exact: true }).locator('.row-team')).toHaveText(
    'Team Lanes'
  )
  await page.getByRole('button', { name: 'Clear' }).click()
  await expect(page.getByText(all, { exact: true })).toBeVisible()
})

test('a team’s item is done only with the team’s own Definition of Done lines ticked too', async ({ page, app }) => {
  await page.goto(app.url)
  await teamFilter(page).selectOption({ label: 'Team Front Desk' })
  const first = backlog(page).getByRole('listitem').first()
  await expect(first.locator('.row-team')).toHaveText('Team Front Desk')
  await first.click()
  const details = itemDetails(page)
  await details.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' })
  await details.getByRole('button', { name: 'Save and move to Done…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Move to Done' })
  const additions = dialog.getByRole('group', { name: 'Team Front Desk adds' })
  await expect(additions.getByRole('checkbox')).toHaveCount(1)
  const confirm = dialog.getByRole('button', { name: 'Confirm Definition of Done' })
  // The product's lines alone are not enough for this team's item.
  for (const line of await dialog.getByRole('checkbox').all()) await line.check()
  await additions.getByRole('checkbox').uncheck()
  await expect(confirm).toBeDisabled()
  await additions.getByRole('checkbox').check()
  await confirm.click()
  await expect(first).toContainText('Done')
})

test('teams are managed in product settings, and the refinement view marks dependencies across teams', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('tab', { name: 'Product settings', exact: true }).click()
  const teams = page.getByRole('region', { name: 'Teams' })
  await expect(teams.getByRole('textbox', { name: 'Name of Team Lanes' })).toBeVisible()
  await teams.getByLabel('New team').fill('Team Lessons')
  await teams.getByRole('button', { name: 'Add team' }).click()
  const lessons = teams.getByRole('textbox', { name: 'Name of Team Lessons' })
  await lessons.fill('Team Clubs')
  await lessons.press('Enter')
  await expect(teams.getByRole('textbox', { name: 'Name of Team Clubs' })).toHaveValue('Team Clubs')
  // A team with work is not removed: its history would go with it.
  await teams.getByRole('button', { name: 'Remove Team Lanes' }).click()
  await expect(teams.getByRole('alert')).toContainText('Team Lanes still has')
  await teams.getByRole('button', { name: 'Remove Team Clubs' }).click()
  await expect(teams.getByRole('textbox', { name: 'Name of Team Clubs' })).toHaveCount(0)

  await page.getByRole('tab', { name: 'Refinement', exact: true }).click()
  await page.getByRole('tab', { name: 'Across teams' }).click()
  await page.getByLabel('Only items with a dependency across teams').check()
  const list = page.getByRole('list', { name: 'Open items with dependencies' })
  const payment = list.getByRole('listitem', { name: /^As a parent, I want to pay for a term of lessons/ })
  await expect(payment).toContainText('Across teams')
  await expect(payment).toContainText('Waits for “Move payment webhooks onto the retrying job queue” (Team Front Desk)')
})

test('flow metrics narrow to one team and set the teams side by side', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Flow & Forecast' }).click()
  const table = page.getByRole('table', { name: /Sprint Goals of every judged Sprint/ })
  await expect(table.getByRole('row', { name: /^Team Lanes/ })).toContainText(/achieved over the last 5 Sprints/)
  await expect(table.getByRole('row', { name: /^Team Front Desk/ })).toBeVisible()
  const finished = (await page.getByText(/items? finished\.$/).innerText()).match(/(\d+) items? finished/)![1]
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Team Lanes' })
  await expect(page.getByText(/items? finished\.$/)).not.toHaveText(new RegExp(`: ${finished} items? finished`))
})
