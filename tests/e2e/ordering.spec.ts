import type { Locator, Page } from '@playwright/test'
import { expect, test, type RunningApp } from './fixtures'
import { productNamed, serverApi } from './pages/server'

const sampleProductId = async (page: Page, app: RunningApp) =>
  (await productNamed(serverApi(page.request, app), 'Sample')).id

const backlogTitles = async (page: Page, app: RunningApp, productId: number) =>
  (await serverApi(page.request, app).call('backlog.list', { productId })).map((i) => i.title)

const wsjfTable = (page: Page) => page.getByRole('table', { name: 'WSJF scores' })
const rowTitles = (table: Locator) => table.locator('tbody th').allTextContents()

async function score(page: Page, title: string, scores: Record<string, number>): Promise<void> {
  for (const [column, value] of Object.entries(scores)) {
    await page.getByLabel(`${column} for ${title}`, { exact: true }).selectOption(String(value))
  }
}

/** The place of an item in the Backlog screen's full order, read through the filter. */
async function backlogPosition(page: Page, title: string): Promise<number> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(title)
  const row = page.getByRole('list', { name: 'Product Backlog' }).getByRole('listitem', { name: title, exact: true })
  await expect(row).toBeVisible()
  return Number(await row.getAttribute('aria-posinset'))
}

test('scoring a column changes WSJF and the model order; the order can be applied to the backlog and undone', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  const productId = await sampleProductId(page, app)
  const board = await serverApi(page.request, app).call('ordering.board', { productId })
  const [low, high] = [board.items[2]!.title, board.items[3]!.title]
  const before = await backlogTitles(page, app, productId)

  await page.getByRole('link', { name: 'Ordering' }).click()
  await expect(page.getByRole('tab', { name: 'WSJF' })).toHaveAttribute('aria-selected', 'true')
  await score(page, low, {
    'User-Business Value': 1,
    'Time Criticality': 1,
    'Risk Reduction / Opportunity Enablement': 1,
    'Job Size': 1
  })
  await score(page, high, {
    'User-Business Value': 8,
    'Time Criticality': 8,
    'Risk Reduction / Opportunity Enablement': 8,
    'Job Size': 2
  })
  await expect(page.getByRole('cell', { name: `WSJF of ${low}` })).toHaveText('3')
  await expect(page.getByRole('cell', { name: `WSJF of ${high}` })).toHaveText('12')

  await page.getByLabel('Rows in').selectOption('wsjf')
  await expect(page.getByText(/Equal WSJF: the smaller Job Size goes first, then your order/)).toBeVisible()
  await expect
    .poll(async () => (await rowTitles(wsjfTable(page))).indexOf(low))
    .toBeGreaterThan((await rowTitles(wsjfTable(page))).indexOf(high))

  // Column mode: only Time Criticality can be changed, one item after another.
  await page.getByLabel('Score', { exact: true }).selectOption('tc')
  await expect(page.getByLabel(`User-Business Value for ${low}`, { exact: true })).toHaveCount(0)
  await score(page, low, { 'Time Criticality': 20 })
  await expect(page.getByRole('cell', { name: `WSJF of ${low}` })).toHaveText('22')
  await expect
    .poll(async () => {
      const titles = await rowTitles(wsjfTable(page))
      return titles.indexOf(low) < titles.indexOf(high)
    })
    .toBe(true)

  // The server kept the score.
  const scored = await serverApi(page.request, app).call('ordering.board', { productId })
  expect(scored.items.find((i) => i.title === low)?.wsjf).toBe(22)

  await page.getByRole('button', { name: 'Apply the WSJF order to my backlog…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Apply the WSJF order?' })
  await expect(dialog.getByRole('list', { name: 'Changes of place' })).toContainText(low)
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Undo apply' })).toBeVisible()

  const applied = await backlogTitles(page, app, productId)
  expect(applied).not.toEqual(before)
  expect(applied.indexOf(low)).toBeLessThan(applied.indexOf(high))

  await page.getByRole('link', { name: 'Backlog' }).click()
  await expect.poll(() => backlogPosition(page, low)).toBe(applied.indexOf(low) + 1)
  await expect.poll(() => backlogPosition(page, high)).toBe(applied.indexOf(high) + 1)
  expect(applied.indexOf(low)).toBeLessThan(before.indexOf(low))

  // Undo from the history of applied orders, then the backlog shows the old order again.
  await page.getByRole('link', { name: 'Ordering' }).click()
  await page.getByRole('tab', { name: 'History' }).click()
  await page
    .getByRole('region', { name: 'Model orders applied to the backlog' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(page.getByText(/Your previous order is back/)).toBeVisible()
  await expect.poll(() => backlogTitles(page, app, productId)).toEqual(before)
  await page.getByRole('link', { name: 'Backlog' }).click()
  await expect.poll(() => backlogPosition(page, low)).toBe(before.indexOf(low) + 1)
})

test('a Kano CSV with a bad line names the line and imports nothing', async ({ page, app }) => {
  await page.goto(app.url)
  const productId = await sampleProductId(page, app)
  const featuresBefore = await serverApi(page.request, app).call('kano.features.list', { productId })

  await page.getByRole('link', { name: 'Ordering' }).click()
  await page.getByRole('tab', { name: 'Kano' }).click()
  await page
    .getByLabel('CSV text')
    .fill(
      [
        'feature,functional,dysfunctional,respondent',
        'Lane heat map,like,dislike,R1',
        'Lane heat map,maybe,dislike,R2'
      ].join('\n')
    )
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  const error = page.getByRole('alert').filter({ hasText: 'Nothing was imported' })
  await expect(error).toContainText('line 3, column 2')
  await expect(error).toContainText('maybe')
  expect(await serverApi(page.request, app).call('kano.features.list', { productId })).toEqual(featuresBefore)
  await expect(page.getByRole('region', { name: 'Features to survey' })).not.toContainText('Lane heat map')
})

test('a refused score shows the reason beside its cell and is not kept', async ({ page, app }) => {
  await page.goto(app.url)
  const productId = await sampleProductId(page, app)
  const board = await serverApi(page.request, app).call('ordering.board', { productId })
  const item = board.items[0]!

  await page.getByRole('link', { name: 'Ordering' }).click()
  await page.getByLabel('Money figures (CD3)').check()
  const cell = page.getByLabel(`Cost of Delay per week for ${item.title}`, { exact: true })
  await cell.fill('-500')
  await cell.press('Enter')
  await expect(
    page.getByRole('alert').filter({ hasText: 'The Cost of Delay per week cannot be negative' })
  ).toBeVisible()
  await expect(cell).toHaveAttribute('aria-invalid', 'true')
  const after = await serverApi(page.request, app).call('ordering.board', { productId })
  expect(after.items[0]!.scores.codPerWeek).toBe(item.scores.codPerWeek)
})
