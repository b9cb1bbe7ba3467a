import { expect, test } from './fixtures'
import { backlogList as backlog } from './pages/backlog'

test('items carry their product’s key from 1, shown in the list and the detail and found by search, under a prefix the Product Owner sets', async ({
  page,
  emptyApp
}) => {
  await page.goto(emptyApp.url)
  await page.getByLabel('Product name').fill('Pool booking')
  await page.getByRole('button', { name: 'Create product' }).click()
  await page.getByRole('link', { name: 'Backlog' }).click()
  for (const title of ['Book a lane', 'Cancel a booking', 'Pay at the desk']) {
    await page.getByLabel('New item').fill(title)
    await page.getByLabel('New item').press('Enter')
    await expect(backlog(page).getByRole('listitem', { name: title })).toBeVisible()
  }
  await expect(backlog(page).getByRole('listitem', { name: 'Book a lane' })).toContainText('PB-1')
  await expect(backlog(page).getByRole('listitem', { name: 'Pay at the desk' })).toContainText('PB-3')

  await page.getByRole('searchbox', { name: 'Search' }).fill('pb-2')
  await expect(backlog(page).getByRole('listitem')).toHaveCount(1)
  await expect(backlog(page).getByRole('listitem', { name: 'Cancel a booking' })).toBeVisible()
  await backlog(page).getByRole('listitem', { name: 'Cancel a booking' }).click()
  await expect(page.getByRole('heading', { name: /Item PB-2/ })).toBeVisible()

  await page.getByRole('tab', { name: 'Product settings', exact: true }).click()
  await page.getByLabel('Key prefix').fill('pool')
  await page.getByRole('button', { name: 'Save prefix' }).click()
  await expect(page.getByText('Item keys now start with POOL.')).toBeVisible()
  await page.getByRole('link', { name: 'Backlog' }).click()
  await page.getByRole('searchbox', { name: 'Search' }).fill('')
  await expect(backlog(page).getByRole('listitem', { name: 'Book a lane' })).toContainText('POOL-1')
})
