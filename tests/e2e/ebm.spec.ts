import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { productNamed, serverApi } from './pages/server'

/** A day `n` days before today, as the server counts days (UTC). */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

const sections = (page: Page) => page.getByRole('tablist', { name: 'Evidence-Based Management sections' })
const blindSpots = (page: Page) => page.getByRole('list', { name: 'Blind spots' })
const valueRows = (page: Page) => page.getByRole('region', { name: 'Values, newest first' }).locator('tbody tr')

test('adopting a catalogue measure and recording values draws its trend and closes the blind spot; a bad CSV line adds nothing', async ({
  page,
  emptyApp
}) => {
  await page.goto(emptyApp.url)
  await serverApi(page.request, emptyApp).call('products.create', { name: 'Pool booking' })
  await page.reload()
  await page.getByRole('link', { name: 'Evidence-Based Management' }).click()

  const currentValue = page.getByRole('region', { name: 'Current Value' })
  await expect(page.getByRole('heading', { name: 'No measures yet' })).toBeVisible()
  await expect(currentValue).toContainText('0 measures')
  await expect(blindSpots(page)).toContainText('No measure for Current Value')

  await page.getByRole('link', { name: 'Browse the catalogue' }).click()
  await page.getByRole('radio', { name: 'Current Value' }).check()
  await page.getByRole('button', { name: 'Adopt Customer satisfaction' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Adopted “Customer satisfaction”' })).toBeVisible()
  await page.getByRole('link', { name: 'Customer satisfaction: adopted, open it' }).click()

  await expect(page.getByRole('heading', { name: 'Customer satisfaction', level: 2 })).toBeVisible()
  for (const [date, value] of [
    [daysAgo(60), '3.4'],
    [daysAgo(30), '3.7'],
    [daysAgo(1), '3.9']
  ] as const) {
    await page.getByLabel('Date', { exact: true }).fill(date)
    await page.getByRole('spinbutton', { name: 'Value (out of 5)' }).fill(value)
    await page.getByRole('button', { name: 'Record value' }).click()
    await expect(page.getByRole('status').filter({ hasText: /^Recorded/ })).toBeVisible()
  }
  await expect(valueRows(page)).toHaveCount(3)
  const line = page.locator('.ebm-trend .recharts-line-curve')
  await expect(line).toBeVisible()
  await expect(line).toHaveAttribute('d', /^M[\d.]+,[\d.]+/)
  await expect(page.locator('.ebm-trend .recharts-line-dots circle')).toHaveCount(3)

  // All or nothing: a good row before the bad one must not slip in.
  await page.getByLabel('CSV text').fill(`date,value\n${daysAgo(10)},3.8\n${daysAgo(5)},lots`)
  await page.getByRole('button', { name: 'Import values' }).click()
  const importError = page.getByRole('form', { name: 'Import values from CSV' }).getByRole('alert')
  await expect(importError).toContainText('Nothing was imported')
  await expect(importError).toContainText('line 3')
  await expect(valueRows(page)).toHaveCount(3)

  await sections(page).getByRole('tab', { name: 'Overview' }).click()
  await expect(currentValue).toContainText('1 measure')
  await expect(currentValue.getByRole('link', { name: 'Customer satisfaction' })).toBeVisible()
  await expect(blindSpots(page)).not.toContainText('No measure for Current Value')
  await expect(blindSpots(page)).toContainText('No measure for Time-to-Market')
  await expect(page.getByRole('heading', { name: 'No measures yet' })).toHaveCount(0)
})

test('an experiment is written as a hypothesis, linked to a backlog item, decided, and the decision survives a reload', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Evidence-Based Management' }).click()
  await sections(page).getByRole('tab', { name: 'Experiments' }).click()
  await expect(page.getByRole('list', { name: 'Experiments', exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'New experiment' }).click()
  await page.getByLabel('Title').fill('Reminder the evening before')
  await page.getByLabel('We believe (the change)').fill('a reminder the evening before a booked swim')
  await page.getByLabel('will result in (the outcome)').fill('more swimmers coming back every week.')
  await page.getByLabel('We will know when (measure)').selectOption({ label: 'Customer usage index' })
  await page.getByLabel(/^reaches/).fill('65')
  await page.getByLabel('by (date)').fill(daysAgo(-60))
  await expect(page.locator('.ebm-preview')).toContainText(
    `We believe a reminder the evening before a booked swim will result in more swimmers coming back every week; we will know when Customer usage index reaches 65% by ${daysAgo(-60)}.`
  )
  await page.getByLabel('Find an item').fill('calendar')
  await page
    .getByRole('button', { name: /^Link [A-Z][A-Z0-9]*-\d+ .*calendar/ })
    .first()
    .click()
  await expect(page.getByRole('list', { name: 'Linked items' }).getByRole('listitem')).toHaveCount(1)
  await page.getByRole('button', { name: 'Add experiment' }).click()

  const card = page.getByRole('article', { name: 'Reminder the evening before' })
  await expect(card).toBeVisible()
  await expect(card.getByRole('region', { name: 'Result of Reminder the evening before' })).toContainText(
    'Expected 65%'
  )
  await card.getByRole('radio', { name: 'Pivot' }).check()
  await card.getByLabel('Decision notes').fill('Swimmers ignore reminders; try a weekly lane digest instead.')
  await card.getByRole('button', { name: 'Record decision' }).click()
  await expect(card.getByText('Decision: Pivot')).toBeVisible()

  await page.reload()
  const reloaded = page.getByRole('article', { name: 'Reminder the evening before' })
  await expect(reloaded.getByRole('radio', { name: 'Pivot' })).toBeChecked()
  await expect(reloaded.getByLabel('Decision notes')).toHaveValue(
    'Swimmers ignore reminders; try a weekly lane digest instead.'
  )
  await expect(reloaded.getByText('Decision: Pivot')).toBeVisible()
  await expect(reloaded).toContainText('calendar')
})

test('a goal’s target starts from its measure’s latest value, and the saved goal shows it with its progress', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  const api = serverApi(page.request, app)
  const productId = (await productNamed(api, 'Sample')).id
  const measure = (await api.call('ebm.measures.list', { productId })).find((m) => m.latest !== null)!
  await page.getByRole('link', { name: 'Evidence-Based Management' }).click()
  await sections(page).getByRole('tab', { name: 'Goals' }).click()
  await page.getByRole('button', { name: 'New Strategic Goal' }).click()

  const form = page.getByRole('region', { name: 'New Strategic Goal' })
  await form.getByLabel('Title').fill('Swimmers come back every week')
  await form.getByRole('button', { name: 'Add a target' }).click()
  await form.getByRole('button', { name: 'Add a target' }).click()
  await form.getByRole('button', { name: 'Remove target 1' }).click()
  await expect(form.getByLabel('Measure 2', { exact: true })).toHaveCount(0)
  await form.getByLabel('Measure 1', { exact: true }).selectOption(String(measure.id))
  await expect(form.getByLabel('Baseline 1', { exact: true })).toHaveValue(String(measure.latest!.value))
  await form.getByLabel('Target 1', { exact: true }).fill(String(measure.latest!.value + 10))
  await form.getByRole('button', { name: 'Add goal' }).click()

  const card = page.getByRole('article', { name: 'Swimmers come back every week' })
  await expect(card.getByRole('list', { name: 'Targets of Swimmers come back every week' })).toContainText(measure.name)
  // Its baseline is where the measure stands today, so the goal starts at none of the way.
  await expect(card.getByRole('progressbar', { name: 'Progress of Swimmers come back every week' })).toHaveAttribute(
    'aria-valuenow',
    '0'
  )
  const saved = (await api.call('ebm.goals.list', { productId })).find(
    (g) => g.title === 'Swimmers come back every week'
  )
  expect(saved?.targets.map(({ measureId, baseline, target }) => ({ measureId, baseline, target }))).toEqual([
    { measureId: measure.id, baseline: measure.latest!.value, target: measure.latest!.value + 10 }
  ])
})
