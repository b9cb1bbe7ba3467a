import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { itemDetails } from './pages/backlog'
import { serverApi } from './pages/server'

const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true })

async function openHealth(page: Page) {
  await page.getByRole('tablist', { name: 'Backlog views' }).getByRole('tab', { name: 'Health', exact: true }).click()
  await expect(panel(page, 'Detailed appropriately')).toBeVisible()
}

test('the health view scores all four DEEP letters of the sample, links to the items behind a finding, and follows an edit', async ({
  page,
  app
}) => {
  const [product] = await serverApi(page.request, app).call('products.list', {})
  // An unestimated item at the very top: Estimated must name it, and drop it once it has an estimate.
  const added = await serverApi(page.request, app).call('backlog.create', {
    productId: product!.id,
    title: 'Show the opening hours of each pool',
    placement: 'top'
  })

  await page.goto(app.url)
  await openHealth(page)
  await expect(page).toHaveURL(/#\/backlog\/health/)
  for (const name of ['Detailed appropriately', 'Estimated', 'Emergent', 'Prioritised']) {
    await expect(panel(page, name).getByText('/ 100')).toBeVisible()
    await expect(panel(page, name).getByText('Next step:').first()).toBeVisible()
  }
  await expect(panel(page, 'Emergent')).toContainText('In the last 30 days:')
  await expect(page.getByRole('heading', { name: 'Arrivals and departures per week' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /INVEST over the top \d+ items/ })).toBeVisible()

  const unestimated = panel(page, 'Estimated').locator('[data-rule="unestimated"]')
  await expect(unestimated).toContainText(/\d+ items? in the top \d+ (has|have) no estimate/)
  const evidenceBefore = await unestimated.locator('.deep-evidence').innerText()
  const link = unestimated.getByRole('link', { name: '#1 Show the opening hours of each pool' })
  await link.click()

  await expect(page).toHaveURL(/#\/backlog$/)
  const detail = itemDetails(page)
  await expect(detail.getByRole('heading', { name: `Item ${added.key} · position 1` })).toBeVisible()
  await expect(detail.getByLabel('Title')).toHaveValue('Show the opening hours of each pool')

  await detail.getByLabel('Estimate', { exact: true }).selectOption('3')
  await detail.getByRole('button', { name: 'Save changes' }).click()
  await expect(detail.getByText('Saved.')).toBeVisible()

  await openHealth(page)
  const after = panel(page, 'Estimated').locator('[data-rule="unestimated"], [data-rule="top-estimated"]')
  await expect(after.locator('.deep-evidence')).not.toHaveText(evidenceBefore)
  await expect(panel(page, 'Estimated').getByRole('link', { name: /Show the opening hours of each pool/ })).toHaveCount(
    0
  )
})

test('an empty backlog says there is nothing to measure yet', async ({ page, emptyApp }) => {
  await page.goto(emptyApp.url)
  await page.getByLabel('Product name').fill('Pool booking')
  await page.getByRole('button', { name: 'Create product' }).click()
  await page.getByRole('link', { name: 'Backlog', exact: true }).first().click()
  await page.getByRole('tablist', { name: 'Backlog views' }).getByRole('tab', { name: 'Health', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Nothing to measure yet' })).toBeVisible()
})
