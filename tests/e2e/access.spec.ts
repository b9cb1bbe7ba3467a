import { expect, test } from './fixtures'
import { itemDetails } from './pages/backlog'

test('a page opened without its access link names the command to look at, and recovers when the link is opened', async ({
  page,
  app
}) => {
  await page.goto(app.origin)
  await expect(page.getByRole('heading', { name: 'This page needs its access link' })).toBeVisible()
  // The tests start `po-studio serve` directly, not through npm start or npm run web.
  await expect(page.getByText('po-studio serve', { exact: true })).toBeVisible()
  await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true))

  await page.goto(app.url)
  await expect(page.getByRole('list', { name: 'Product Backlog' }).getByRole('listitem').first()).toBeVisible()
  expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
})

test('a description link that could run code or open the app itself is shown as text', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('list', { name: 'Product Backlog' }).getByRole('listitem').first().click()
  const details = itemDetails(page)
  await details
    .getByLabel('Description', { exact: true })
    .fill('[run me](javascript:alert(1)) [token page](#/x) [guide](https://scrumguides.org/)')
  await details.getByRole('button', { name: 'Preview' }).click()
  const preview = details.getByLabel('Description preview')
  await expect(preview.getByRole('link')).toHaveCount(1)
  await expect(preview.getByRole('link', { name: 'guide' })).toHaveAttribute('href', 'https://scrumguides.org/')
  await expect(preview.getByText('run me')).toBeVisible()
  await expect(preview.getByText('token page')).toBeVisible()
})
