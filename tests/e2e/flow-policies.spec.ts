import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Flow and forecast views' }).getByRole('tab', { name, exact: true })
const column = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) })

async function openFlow(page: Page, view: string): Promise<void> {
  await page.getByRole('link', { name: 'Flow & Forecast' }).click()
  await tab(page, view).click()
}

test('a WIP limit below the items in a state shows as a breach on the board, with the state’s policies', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await openFlow(page, 'Board')
  const inProgress = column(page, 'In progress')
  await expect(inProgress).toBeVisible()
  const count = Number((await inProgress.locator('.wip-count').innerText()).split(' ')[0])
  expect(count).toBeGreaterThanOrEqual(2)
  // The sample keeps to its limits today.
  await expect(inProgress.locator('.wip-count')).toHaveText(`${count} of ${count}`)
  await expect(page.getByText(/Over its WIP limit/)).toHaveCount(0)
  await expect(page.getByRole('alert').filter({ hasText: 'Over a WIP limit' })).toHaveCount(0)

  await page.getByRole('link', { name: 'Edit limits and policies in Product settings' }).click()
  const limit = page.getByLabel('WIP limit of In progress', { exact: true })
  // A refusal names the field as the form labels it.
  await limit.fill('0')
  await limit.press('Enter')
  const refusal = page.getByRole('alert').filter({ hasText: 'The WIP limit must be at least 1' })
  await expect(refusal).toBeVisible()
  // The limit's save is held back until the policies are open: its answer must not fold them away again.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/workflow.update', async (route) => {
    await held
    await route.continue()
  })
  await limit.fill(String(count - 1))
  await limit.press('Enter')
  await expect(refusal).toHaveCount(0)
  await page.locator('summary', { hasText: 'Policies of In progress' }).click()
  const policies = page.locator('details', { hasText: 'Policies of In progress' })
  const entry = policies.getByLabel('Entry policy')
  await entry.fill('It meets the Definition of Ready')
  const reloaded = page.waitForResponse('**/api/workflow.list')
  release()
  await reloaded
  await page.unroute('**/api/workflow.update')
  await expect(policies).toHaveJSProperty('open', true)
  await expect(entry).toHaveValue('It meets the Definition of Ready')
  await entry.fill('It meets the Definition of Ready and a developer pulls it.')
  await policies.getByRole('button', { name: 'Save the policies of In progress' }).click()
  await expect(page.getByText('Policies of In progress (entry and exit set)')).toBeVisible()
  await expect(page.getByLabel('WIP limit of In progress', { exact: true })).toHaveValue(String(count - 1))

  await openFlow(page, 'Board')
  await expect(page.getByRole('alert').filter({ hasText: 'Over a WIP limit' })).toContainText(
    `In progress holds ${count} against a limit of ${count - 1}`
  )
  await expect(inProgress.locator('.wip-count')).toHaveText(`${count} of ${count - 1}`)
  await expect(inProgress.locator('.wip-count')).toHaveAccessibleName(`${count} items, WIP limit ${count - 1}`)
  await expect(
    inProgress.getByText(
      'Over its WIP limit by 1: finish or unblock work here before pulling more in (Kanban Guide 2020, “Actively Managing Items in a Workflow”).'
    )
  ).toBeVisible()
  await expect(inProgress).toHaveClass(/over-limit/)
  await expect(inProgress).toContainText('It meets the Definition of Ready and a developer pulls it.')
  await expect(inProgress).toContainText('Code and tests pushed')
  await expect(column(page, 'New')).toContainText('No exit policy yet')
  // The other columns stay within their limits (or have none).
  await expect(page.getByText(/Over its WIP limit by/)).toHaveCount(1)

  // The cumulative flow diagram marks the days the state ended above today's limit.
  await tab(page, 'Metrics').click()
  const cfd = page.getByRole('figure', { name: 'Cumulative flow' })
  await expect(cfd.getByTestId('cfd-breaches')).toContainText(
    /In progress ended \d+ days? above its limit of \d+, the last on /
  )
  await expect(cfd.locator('.cfd-breach').first()).toBeAttached()
})

test('the team’s SLE is drawn and labelled beside the history’s on the cycle-time and aging charts', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await openFlow(page, 'Metrics')
  const editor = page.getByRole('region', { name: 'Service Level Expectation' })
  const scatter = page.getByRole('figure', { name: 'Cycle time scatterplot' })
  const aging = page.getByRole('figure', { name: 'Aging work in progress' })
  const lineLabel = (chart: typeof scatter, text: string | RegExp) =>
    chart.locator('svg').getByText(text, { exact: true })
  await expect(editor).toContainText(/Kanban Guide 2020/)
  // The sample team's SLE.
  await expect(editor.getByTestId('sle-current')).toContainText('Team SLE: 85% within 10 days.')
  await expect(lineLabel(scatter, 'Team SLE: 10 d')).toBeVisible()
  await expect(lineLabel(scatter, /^History 85%: \d+ d$/)).toBeVisible()

  await editor.getByLabel('Share of items (%)').fill('100')
  await editor.getByRole('button', { name: 'Change the SLE' }).click()
  await expect(editor.getByRole('alert')).toContainText('The share of items can be at most 99%')

  await editor.getByLabel('Share of items (%)').fill('90')
  await editor.getByLabel('Cycle time (days)').fill('12')
  await editor.getByRole('button', { name: 'Change the SLE' }).click()
  await expect(editor.getByTestId('sle-current')).toContainText('Team SLE: 90% within 12 days.')
  for (const chart of [scatter, aging]) {
    await expect(lineLabel(chart, 'Team SLE: 12 d')).toBeVisible()
    await expect(lineLabel(chart, /^History 90%: \d+ d$/)).toBeVisible()
    await expect(chart.getByRole('list', { name: /legend/ })).toContainText('Team SLE: 90% within 12 days')
  }
  await expect(scatter.getByTestId('sle-attainment')).toContainText(
    /took 12 days or less: (the SLE of 90% held|short of the 90% the SLE expects)\./
  )

  await editor.getByRole('button', { name: 'Remove the SLE' }).click()
  await expect(editor.getByTestId('sle-current')).toContainText('The team has not set an SLE yet.')
  await expect(lineLabel(scatter, 'Team SLE: 12 d')).toHaveCount(0)
  await expect(lineLabel(scatter, /^History 85%: \d+ d$/)).toBeVisible()
  await expect(editor.getByRole('button', { name: 'Set the SLE' })).toBeVisible()
})

test('a team’s board shows its own WIP limits and breaches, and its charts its own SLE beside the history’s', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await openFlow(page, 'Board')
  const inProgress = column(page, 'In progress')
  const overAlert = page.getByRole('alert').filter({ hasText: 'Over a WIP limit' })
  const team = page.getByLabel('Team', { exact: true })
  await expect(inProgress.locator('.wip-count')).toHaveText('3 of 3')
  await team.selectOption({ label: 'Team Lanes' })
  await expect(page.getByText('Team Lanes’s items, against Team Lanes’s own WIP limits and SLE.')).toBeVisible()
  // The sample's Team Lanes caps its own In progress at 2 and holds 2 there today.
  await expect(inProgress.locator('.wip-count')).toHaveText('2 of 2')
  await expect(column(page, 'In review').locator('.wip-count')).toHaveText('1')
  await expect(overAlert).toHaveCount(0)
  await expect(page.getByText('Team Lanes’s SLE: 85% within 8 days; cards past it are marked.')).toBeVisible()

  await page.getByRole('link', { name: 'Edit Team Lanes’s limits in Product settings' }).click()
  const limit = page.getByLabel('WIP limit of In progress for Team Lanes')
  await expect(limit).toHaveValue('2')
  await limit.fill('0')
  await limit.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: 'The WIP limit must be at least 1' })).toBeVisible()
  await limit.fill('1')
  await limit.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: 'The WIP limit must be at least 1' })).toHaveCount(0)

  await openFlow(page, 'Board')
  // The whole product keeps to the workflow's limits; Team Lanes is over its own.
  await expect(overAlert).toHaveCount(0)
  await team.selectOption({ label: 'Team Lanes' })
  await expect(overAlert).toContainText('In progress holds 2 against a limit of 1')
  await expect(inProgress.locator('.wip-count')).toHaveText('2 of 1')
  await expect(inProgress).toHaveClass(/over-limit/)
  await team.selectOption({ label: 'Team Front Desk' })
  await expect(inProgress.locator('.wip-count')).toHaveText('1 of 2')
  await expect(overAlert).toHaveCount(0)

  // The team chosen on the Board stays chosen on Metrics: its cumulative flow and SLE.
  await team.selectOption({ label: 'Team Lanes' })
  await tab(page, 'Metrics').click()
  await expect(team).toHaveValue(/\d+/)
  await expect(page.getByRole('figure', { name: 'Cumulative flow' }).getByTestId('cfd-breaches')).toContainText(
    /In progress ended \d+ days? above its limit of 1/
  )
  const editor = page.getByRole('region', { name: 'Service Level Expectation of Team Lanes' })
  const scatter = page.getByRole('figure', { name: 'Cycle time scatterplot' })
  await expect(editor.getByTestId('sle-current')).toContainText('Team Lanes’s SLE: 85% within 8 days.')
  await expect(scatter.locator('svg').getByText('Team SLE: 8 d', { exact: true })).toBeVisible()
  await expect(scatter.locator('svg').getByText(/^History 85%: \d+ d$/)).toBeVisible()

  await team.selectOption({ label: 'Team Front Desk' })
  const frontDesk = page.getByRole('region', { name: 'Service Level Expectation of Team Front Desk' })
  await expect(frontDesk.getByTestId('sle-current')).toContainText('Team Front Desk has not set an SLE yet.')
  await frontDesk.getByLabel('Share of items (%)').fill('80')
  await frontDesk.getByLabel('Cycle time (days)').fill('7')
  await frontDesk.getByRole('button', { name: 'Set the SLE' }).click()
  await expect(frontDesk.getByTestId('sle-current')).toContainText('Team Front Desk’s SLE: 80% within 7 days.')
  await expect(scatter.locator('svg').getByText('Team SLE: 7 d', { exact: true })).toBeVisible()
  // The product's own SLE is untouched.
  await team.selectOption({ label: 'All teams' })
  await expect(
    page.getByRole('region', { name: 'Service Level Expectation', exact: true }).getByTestId('sle-current')
  ).toContainText('Team SLE: 85% within 10 days.')
})
