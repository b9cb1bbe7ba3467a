import type { Page } from '@playwright/test'
import { expect, test, type RunningApp } from './fixtures'

async function openFlow(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Flow & Forecast' }).click()
  await expect(page.getByRole('heading', { name: /Flow & Forecast/ })).toBeVisible()
}

const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Flow and forecast views' }).getByRole('tab', { name, exact: true })
const percentileTable = (page: Page) => page.getByRole('table', { name: 'Forecast percentiles' })
const basis = (page: Page) => page.getByTestId('forecast-basis')

async function runForecast(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run forecast' }).click()
  await expect(page.getByRole('button', { name: 'Run forecast' })).toBeEnabled({ timeout: 30_000 })
  await expect(percentileTable(page)).toBeVisible()
}

test('the flow metrics of the sample product render as charts with the SLE in words', async ({ page, app }) => {
  await openFlow(page, app)
  await expect(tab(page, 'Metrics')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByText(/85% of items finish in \d+ days? or less\./)).toBeVisible()

  const figure = (title: string) => page.getByRole('figure', { name: title })
  await expect(figure('Cycle time scatterplot').locator('.recharts-scatter-symbol path').first()).toBeAttached()
  await expect(figure('Throughput run chart').locator('.recharts-bar-rectangle path').first()).toBeAttached()
  await expect(figure('Cumulative flow').locator('.recharts-area-area')).toHaveCount(5)
  await expect(figure('Aging work in progress')).toContainText('in progress')
  await expect(figure('Arrivals and departures per week')).toContainText(/arrived and \d+ finished/)

  // Per day has a bar per calendar day of the window; per week far fewer.
  const bars = figure('Throughput run chart').locator('.recharts-bar-rectangle')
  const weekly = await bars.count()
  await page.getByRole('radio', { name: 'Per day' }).check()
  await expect.poll(() => bars.count()).toBeGreaterThan(weekly)
})

test('a "when" forecast reads as dates, re-runs exactly with its seed and changes with the history window', async ({
  page,
  app
}) => {
  await openFlow(page, app)
  await tab(page, 'Forecast').click()
  await page.getByRole('textbox', { name: 'Number of items' }).fill('20')
  await runForecast(page)

  await expect(page.getByRole('heading', { name: 'When will the next 20 items be done?' })).toBeVisible()
  await expect(percentileTable(page).getByRole('cell', { name: /^on or before / })).toHaveCount(4)
  await expect(
    page.getByRole('figure', { name: 'How the trials came out' }).locator('.recharts-bar-rectangle').first()
  ).toBeAttached()
  // Beside the simulation, the exact distribution of the same question and how far the trials are from it.
  await expect(page.getByTestId('exact-check')).toContainText(
    /^Exact distribution of the same question: 50% on or before .+ total-variation distance/
  )
  const seed = await page.getByLabel('Seed').inputValue()
  const first = { table: await percentileTable(page).innerText(), basis: await basis(page).innerText() }
  expect(first.basis).toContain('in the 90 days up to')
  expect(first.basis).toContain(`seed ${seed}`)

  // Same seed, same settings: the very same answer.
  await runForecast(page)
  expect(await percentileTable(page).innerText()).toBe(first.table)

  // A shorter window: a different history behind the forecast, the seed kept.
  await page.getByLabel('History window (days)').fill('30')
  await runForecast(page)
  await expect(basis(page)).toContainText('in the 30 days up to')
  await expect(basis(page)).toContainText(`seed ${seed}`)
  const workingDays = (text: string) => Number(/(\d+) working days in the/.exec(text)?.[1])
  expect(workingDays(await basis(page).innerText())).toBeLessThan(workingDays(first.basis))
  await expect(percentileTable(page).getByRole('cell', { name: /^on or before / })).toHaveCount(4)
})

test('the as-of date ends the history window, moves the forecast, and offers the last finish when the history stopped long before', async ({
  page,
  app
}) => {
  const utcDay = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10)
  await openFlow(page, app)
  await tab(page, 'Forecast').click()
  const asOf = page.getByLabel('As of (the window ends here)')
  await expect(asOf).toHaveValue(utcDay(0))
  await runForecast(page)
  const today = { table: await percentileTable(page).innerText(), basis: await basis(page).innerText() }

  // Three weeks earlier: another window, and the forecast starts the day after it.
  await asOf.fill(utcDay(-21))
  await expect(page.getByLabel(/^Start date/)).toHaveValue(utcDay(-20))
  await runForecast(page)
  await expect(basis(page)).not.toHaveText(today.basis)
  expect(await percentileTable(page).innerText()).not.toBe(today.table)

  // Far beyond the last finish, most of the window would be idle: the form says so and offers the last finish.
  await expect(page.getByRole('status').filter({ hasText: 'The last item in this history finished' })).toHaveCount(0)
  await asOf.fill(utcDay(120))
  const notice = page.getByRole('status').filter({ hasText: 'The last item in this history finished' })
  await expect(notice).toContainText('so the 90-day window holds no finish at all')
  await notice.getByRole('button', { name: /^Use .+ as the as-of date$/ }).click()
  await expect(notice).toHaveCount(0)
  const lastFinish = await asOf.inputValue()
  expect(lastFinish <= utcDay(0)).toBe(true)
  await runForecast(page)
  await expect(percentileTable(page).getByRole('cell', { name: /^on or before / })).toHaveCount(4)
})

test('a long run shows its progress and can be cancelled while the page stays usable', async ({ page, app }) => {
  await openFlow(page, app)
  await tab(page, 'Forecast').click()
  await page.getByRole('textbox', { name: 'Number of items' }).fill('5000')
  await page.getByLabel('Trials').fill('1000000')
  await page.getByRole('button', { name: 'Run forecast' }).click()

  const progress = page.getByRole('progressbar', { name: 'Forecast progress' })
  await expect(progress).toBeVisible()
  await expect(progress).toHaveAttribute('aria-valuenow', /\d+/)
  // The UI thread is free: typing into the form works while the worker runs.
  await page.getByRole('textbox', { name: 'Number of items' }).fill('10')
  await expect(page.getByRole('textbox', { name: 'Number of items' })).toHaveValue('10')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(progress).toBeHidden()
  await expect(page.getByText('The forecast was cancelled.')).toBeVisible()
})

test('a "when" forecast can ask about the open items of the active Product Goal', async ({ page, app }) => {
  await openFlow(page, app)
  await tab(page, 'Forecast').click()
  await page.getByRole('radio', { name: /^The open items of the Product Goal “/ }).check()
  await runForecast(page)
  await expect(
    page.getByText(/^When will the open items of the Product Goal “.+” \(\d+ items?\) be done\?$/)
  ).toBeVisible()
  await expect(percentileTable(page).getByRole('cell', { name: /^on or before / })).toHaveCount(4)
})

test('a saved forecast appears with the history of its question', async ({ page, app }) => {
  await openFlow(page, app)
  await tab(page, 'Forecast').click()
  await runForecast(page)
  await page.getByRole('button', { name: 'Save this forecast' }).click()
  await expect(page.getByText(/^Saved “When will the next 20 items be done\?”/)).toBeVisible()

  await tab(page, 'Saved forecasts').click()
  await expect(page.getByLabel('Question')).toContainText('When will the next 20 items be done?')
  await expect(page.getByRole('figure', { name: 'How the forecast moved' })).toBeVisible()
  // The sample saved this question twice before, a month apart; the new forecast joins that history.
  await expect(
    page.getByRole('table', { name: /Saved forecasts for/ }).getByRole('cell', { name: /^on or before / })
  ).toHaveCount(3)
})

test('the release view colours each open item by its chance and sets it beside a velocity plan', async ({
  page,
  app
}) => {
  await openFlow(page, app)
  await tab(page, 'Release').click()
  await page.getByRole('button', { name: 'Compare by target date' }).click()
  const table = page.getByRole('table', { name: /Open items in backlog order/ })
  await expect(table).toBeVisible({ timeout: 30_000 })
  await expect(table.getByText(/^Likely · /).first()).toBeVisible()
  await expect(table.getByText(/^Sprint 1, ends /).first()).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Velocity plan (points per Sprint)' })).toBeVisible()
  await expect(page.getByText(/Velocity is [\d.]+ points per Sprint/)).toBeVisible()
})

test('backtesting scores past forecasts against what happened', async ({ page, app }) => {
  await openFlow(page, app)
  await tab(page, 'Backtest').click()
  await page.getByRole('button', { name: 'Check past forecasts' }).click()
  await expect(page.getByText(/The 85th percentile held in \d+ of \d+ past forecasts/)).toBeVisible({ timeout: 30_000 })
  await expect(
    page
      .getByRole('table', { name: 'Past forecasts and outcomes' })
      .getByText(/^(Held|Missed)$/)
      .first()
  ).toBeVisible()
})

test('a product without history explains why it cannot forecast yet', async ({ page, emptyApp }) => {
  const created = await page.request.post(`${emptyApp.origin}/api/products.create`, {
    headers: { Authorization: `Bearer ${emptyApp.token}` },
    data: { name: 'Brand new' }
  })
  expect((await created.json()).ok).toBe(true)
  await openFlow(page, emptyApp)
  await expect(page.getByRole('heading', { name: 'No finished work in this window yet' })).toBeVisible()

  await tab(page, 'Forecast').click()
  await page.getByRole('button', { name: 'Run forecast' }).click()
  await expect(page.getByRole('heading', { name: 'Not enough history for an honest forecast' })).toBeVisible()
  await expect(page.getByText(/finished items on no day/)).toBeVisible()
  await expect(percentileTable(page)).toHaveCount(0)
})
