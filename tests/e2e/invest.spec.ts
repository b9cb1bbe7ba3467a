import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { backlogList as backlog, itemDetails } from './pages/backlog'

const findings = (page: Page) => itemDetails(page).getByRole('list', { name: 'INVEST findings' }).getByRole('listitem')

/** Adds a story at the top of the sample backlog and opens it in the detail panel. */
async function openNewStory(page: Page, title: string): Promise<void> {
  await page.getByLabel('New item').fill(title)
  await page.getByLabel('Add at top').check()
  await page.getByLabel('New item').press('Enter')
  await backlog(page).getByRole('listitem', { name: title, exact: true }).click()
  await expect(itemDetails(page).getByLabel('Title')).toHaveValue(title)
}

test('the INVEST check follows the text as it is typed: vague words and missing criteria appear and go', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await openNewStory(page, 'Booking')
  const title = itemDetails(page).getByLabel('Title')

  await title.fill('As a swimmer, I want fast and easy booking, so that I save time')
  const vague = findings(page).filter({ hasText: 'cannot be checked' })
  await expect(vague).toContainText('“fast”')
  await expect(vague).toContainText('“easy”')
  await expect(vague).toContainText('T · Testable')
  await expect(itemDetails(page).getByRole('listitem').filter({ hasText: 'Testable: fails' })).toHaveCount(1)
  const noCriteria = findings(page).filter({ hasText: 'There are no acceptance criteria' })
  await expect(noCriteria).toBeVisible()

  await title.fill('As a swimmer, I want to book a lane in three taps, so that I save time')
  await expect(vague).toHaveCount(0)
  await expect(noCriteria).toBeVisible()

  await itemDetails(page).getByRole('button', { name: 'Add criterion' }).click()
  await itemDetails(page)
    .getByLabel(/^Criterion 1/)
    .fill('Given a free lane, when I tap Book, then the booking is confirmed within 2 seconds')
  await expect(noCriteria).toHaveCount(0)
  // The criterion is recognised as a scenario and shown step by step.
  const scenario = itemDetails(page)
    .getByRole('definition')
    .filter({ hasText: 'the booking is confirmed within 2 seconds' })
  await expect(scenario).toBeVisible()
  await expect(itemDetails(page).getByText('Scenario', { exact: true })).toBeVisible()

  await itemDetails(page).getByRole('button', { name: 'Save changes' }).click()
  await expect(itemDetails(page).getByText('Saved.')).toBeVisible()
  const row = backlog(page).getByRole('listitem').first()
  await expect(row).toHaveAttribute(
    'aria-label',
    'As a swimmer, I want to book a lane in three taps, so that I save time'
  )
  // Estimable is the one letter left: no estimate yet.
  await expect(row).toContainText('INVEST 5/6 E')
})

/** "…: N items finished." on the flow metrics: what the throughput chart counts. */
async function finishedInWindow(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Flow & Forecast' }).click()
  const line = page.getByText(/: \d+ items? finished\./)
  await expect(line).toBeVisible()
  const count = Number(/: (\d+) items? finished/.exec(await line.innerText())![1])
  await page.getByRole('link', { name: 'Backlog', exact: true }).click()
  return count
}

test('an item is done only when the Definition of Done is confirmed; one that does not meet it goes back to the Product Backlog and is not counted', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  const before = await finishedInWindow(page)
  await openNewStory(page, 'Publish the autumn timetable')
  const status = itemDetails(page).getByLabel('Status', { exact: true })
  const row = backlog(page).getByRole('listitem').first()
  const history = itemDetails(page).getByRole('list', { name: 'Status changes, oldest first' })
  const dialog = page.getByRole('dialog', { name: 'Move to Done' })

  await status.selectOption({ label: 'In progress' })
  await itemDetails(page).getByRole('button', { name: 'Save changes' }).click()
  await expect(row).toContainText('In progress')

  // Not done: there is no "done anyway"; the item goes back to the first to-do state with the reason kept.
  await status.selectOption({ label: 'Done' })
  await itemDetails(page).getByRole('button', { name: 'Save and move to Done…' }).click()
  await dialog.getByText('It does not meet the Definition of Done').click()
  await expect(dialog).toContainText('Scrum Guide 2020')
  await dialog.getByLabel('What is missing?').fill('Screen reader check not done')
  await dialog.getByRole('button', { name: 'Not done: back to the Product Backlog' }).click()
  await expect(row).toContainText('New')
  await expect(history.getByRole('listitem').last()).toContainText('In progress → New')
  await expect(history.getByRole('listitem').last()).toContainText(
    'Not done, back to the Product Backlog: Screen reader check not done'
  )
  expect(await finishedInWindow(page)).toBe(before)

  // Confirmed: now it is done, and it counts.
  await backlog(page).getByRole('listitem', { name: 'Publish the autumn timetable', exact: true }).click()
  await status.selectOption({ label: 'Done' })
  await itemDetails(page).getByRole('button', { name: 'Save and move to Done…' }).click()
  const confirm = dialog.getByRole('button', { name: 'Confirm Definition of Done' })
  await expect(confirm).toBeDisabled()
  const lines = dialog.getByRole('checkbox')
  expect(await lines.count()).toBeGreaterThan(2)
  for (const line of await lines.all()) await line.check()
  await confirm.click()
  await expect(row).toContainText('Done')
  await expect(history.getByRole('listitem').last()).toContainText('New → Done')
  expect(await finishedInWindow(page)).toBe(before + 1)
})

test('a removed state is neither done nor open: moving an item there asks nothing, and the row stays, greyed', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('tab', { name: 'Product settings', exact: true }).click()
  const addState = page.getByRole('form', { name: 'Add a workflow state' })
  await addState.getByLabel('New state').fill('Won’t do')
  await addState.getByLabel('Category').selectOption({ label: 'Removed (neither done nor open)' })
  await addState.getByRole('button', { name: 'Add state' }).click()
  await expect(page.getByLabel('Category of Won’t do')).toHaveValue('removed')

  await page.getByRole('tab', { name: 'Items', exact: true }).click()
  await openNewStory(page, 'Print the timetable on the fax')
  await itemDetails(page).getByLabel('Status', { exact: true }).selectOption({ label: 'Won’t do' })
  await itemDetails(page).getByRole('button', { name: 'Save changes' }).click()
  await expect(itemDetails(page).getByText('Saved.')).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  const row = backlog(page).getByRole('listitem', { name: 'Print the timetable on the fax' })
  await expect(row).toContainText('Won’t do')
  await expect(row).toHaveClass(/\bremoved\b/)
})

test('product settings: T-shirt sizes show on rows, and a new Definition of Ready line makes items not ready', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  const firstRow = backlog(page).getByRole('listitem').first()
  await expect(firstRow).toContainText('3')
  await page.getByRole('tab', { name: 'Product settings', exact: true }).click()
  await page.getByLabel('T-shirt sizes').check()
  await expect(page.getByText('Sizes are kept as points')).toBeVisible()

  const ready = page.getByRole('region', { name: 'Definition of Ready' })
  await ready.getByRole('button', { name: 'Add a line' }).click()
  await ready.getByRole('textbox').last().fill('A tester has read the criteria')
  await ready.getByRole('button', { name: 'Save Definition of Ready' }).click()
  await expect(page.getByText('Definition of Ready saved.')).toBeVisible()

  await page.getByRole('tab', { name: 'Items', exact: true }).click()
  // The first sample item is estimated at 3 points: M on the T-shirt scale.
  await expect(firstRow.locator('.row-estimate')).toHaveText('M')
  await expect(backlog(page).getByTitle('Meets the Definition of Ready')).toHaveCount(0)
})
