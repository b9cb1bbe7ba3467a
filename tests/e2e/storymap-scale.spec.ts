import { expect, test } from './fixtures'
import { LARGE_PRODUCT, NOT_DONE_COUNT, largeItemTitle } from './large-product/content'
import { expectScrollableList } from './large-product/scrolling'

test('a new story map of a 10,000-item product lists every open story off the map with a small DOM', async ({
  page,
  largeApp
}) => {
  await page.goto(largeApp.url)
  await page.getByRole('tab', { name: 'Story map', exact: true }).click()
  await page.getByLabel('New activity').fill('Shop')
  await page.getByRole('button', { name: 'Add activity' }).click()
  const offMap = page.getByRole('list', { name: /Not on the map/ })
  // Items 1 to 7 are done; the first open one is in progress.
  await expectScrollableList(page, offMap, NOT_DONE_COUNT, largeItemTitle(8), largeItemTitle(LARGE_PRODUCT.items))
  await expect(offMap.getByRole('listitem', { name: largeItemTitle(LARGE_PRODUCT.items) })).toBeVisible()
})
