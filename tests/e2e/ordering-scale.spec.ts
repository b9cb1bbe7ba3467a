import type { Locator, Page } from '@playwright/test'
import { expect, test, type RunningApp } from './fixtures'
import { LARGE_PRODUCT, WAITING_COUNT, largeItemTitle, waitingItemNumber } from './large-product/content'
import { MAX_ROWS_IN_DOM, expectScrollableList, expectScrollableTable, scrollToRow } from './large-product/scrolling'

/** Every Ordering tab with the 10,000-item product: its first rows, its last row, and a small DOM. */

const firstTitle = largeItemTitle(waitingItemNumber(1))
const lastTitle = largeItemTitle(waitingItemNumber(WAITING_COUNT))

async function openTab(page: Page, app: RunningApp, tab: string): Promise<void> {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Ordering' }).click()
  await page.getByRole('tab', { name: tab, exact: true }).click()
}

const expectWaitingItems = (page: Page, table: Locator) =>
  expectScrollableTable(page, table, WAITING_COUNT, firstTitle, lastTitle)

test('WSJF lists 9,200 items with a small DOM, and a score set on row 9,000 is kept after a reload', async ({
  page,
  largeApp
}) => {
  await openTab(page, largeApp, 'WSJF')
  const table = page.getByRole('table', { name: 'WSJF scores' })
  await expectWaitingItems(page, table)

  const title = largeItemTitle(waitingItemNumber(9000))
  const row = await scrollToRow(table, 9001)
  await expect(row.getByRole('rowheader')).toHaveText(title)
  const select = row.getByLabel(`User-Business Value for ${title}`, { exact: true })
  const score = (await select.inputValue()) === '13' ? '20' : '13'
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/ordering.setScores') && response.ok())
  await select.selectOption(score)
  await saved

  await page.reload()
  const again = await scrollToRow(page.getByRole('table', { name: 'WSJF scores' }), 9001)
  await expect(again.getByLabel(`User-Business Value for ${title}`, { exact: true })).toHaveValue(score)
})

test('in column mode Tab walks down one column, past the rows drawn at first, each row scrolled into view', async ({
  page,
  largeApp
}) => {
  await openTab(page, largeApp, 'WSJF')
  await page.getByLabel('Score', { exact: true }).selectOption('tc')
  const timeCriticality = (row: number) =>
    page.getByLabel(`Time Criticality for ${largeItemTitle(waitingItemNumber(row))}`, { exact: true })
  await timeCriticality(1).focus()
  // One row at a time, as a person tabs: each Tab lands on the next row's cell, drawn in time.
  for (let row = 2; row <= 61; row++) {
    await page.keyboard.press('Tab')
    await expect(timeCriticality(row)).toBeFocused()
  }
  await expect(timeCriticality(61)).toBeInViewport()
  await page.keyboard.press('Shift+Tab')
  await expect(timeCriticality(60)).toBeFocused()
})

test('Value–effort keeps its table, quadrant lists and chart small with 9,200 items', async ({ page, largeApp }) => {
  await openTab(page, largeApp, 'Value–effort')
  await expectWaitingItems(page, page.getByRole('table', { name: 'Value and effort' }))
  // Thousands of scored items are a few dozen marks: one circle per crowded spot.
  const chart = page.getByRole('figure', { name: 'Value versus effort' })
  await expect(chart.getByRole('img', { name: /^[\d,]+ items with value 20 and effort 1$/ })).toBeAttached()
  expect(await chart.locator('.scatter-crowd, .scatter-dot').count()).toBeLessThan(100)
  const quickWins = page.getByRole('list', { name: /Quick Wins/ })
  await expect(quickWins.getByRole('listitem').first()).toBeVisible()
  expect(await page.locator('li').count()).toBeLessThan(MAX_ROWS_IN_DOM)
})

test('MoSCoW lists 9,200 items with a small DOM', async ({ page, largeApp }) => {
  await openTab(page, largeApp, 'MoSCoW')
  await expectWaitingItems(page, page.getByRole('table', { name: 'Items' }))
})

test('Compare lists both orders of 9,200 items, and the preview of applying one, with a small DOM', async ({
  page,
  largeApp
}) => {
  await openTab(page, largeApp, 'Compare')
  const yours = page.getByRole('list', { name: 'Your order' })
  await expectScrollableList(page, yours, WAITING_COUNT, firstTitle, lastTitle)
  await expect(page.getByRole('list', { name: 'By WSJF' }).getByRole('listitem').first()).toBeVisible()

  // Applying the model previews thousands of moves: the preview is a virtual list too.
  await page.getByRole('button', { name: 'Apply the WSJF order to my backlog…' }).click()
  const moves = page
    .getByRole('dialog', { name: 'Apply the WSJF order?' })
    .getByRole('list', { name: 'Changes of place' })
  await expect(moves.getByRole('listitem').first()).toHaveAttribute('aria-setsize', /^\d{4}$/)
  expect(await page.locator('li').count()).toBeLessThan(MAX_ROWS_IN_DOM)
})

test('Kano lists 1,000 features with a small DOM', async ({ page, largeApp }) => {
  await openTab(page, largeApp, 'Kano')
  const features = page.getByRole('list', { name: 'Features to survey' })
  const count = LARGE_PRODUCT.kanoFeatures
  await expectScrollableList(page, features, count, 'Feature 1', `Feature ${count}`)
  await expect(page.getByText(`The 25 features with the most answers, of ${count.toLocaleString('en')}`)).toBeVisible()
})

test('History shows the score changes a page at a time, down to the oldest', async ({ page, largeApp }) => {
  await openTab(page, largeApp, 'History')
  const changes = page.getByRole('list', { name: 'Score changes, newest first' })
  const pages = page.getByRole('navigation', { name: 'Pages of score changes' })
  await expect(changes.getByRole('listitem').first()).toBeVisible()
  await expect(pages).toContainText(/Changes 1–100 of 8,\d{3}/)
  await pages.getByRole('button', { name: 'Oldest' }).click()
  // The last page ends with the last change.
  await expect(pages).toContainText(/Changes [\d,]+–([\d,]+) of \1(?![\d,])/)
  await expect(pages.getByRole('button', { name: 'Older' })).toBeDisabled()
  // The label follows the click at once; the rows follow when the page has loaded.
  await expect(changes).toHaveAttribute('aria-busy', 'false')
  await changes.getByRole('listitem').last().scrollIntoViewIfNeeded()
  await expect(changes.getByRole('listitem').last()).toBeVisible()
  expect(await page.locator('li').count()).toBeLessThan(MAX_ROWS_IN_DOM)

  // One item's changes, picked by typing its title rather than from a list of every item.
  const title = largeItemTitle(waitingItemNumber(9000))
  const picker = page.getByRole('combobox', { name: 'Show changes of' })
  await picker.fill(title)
  await page.getByRole('option', { name: `9000. ${title}` }).click()
  await expect(picker).toHaveValue(`9000. ${title}`)
  await expect(changes.getByRole('listitem')).toHaveCount(1)
  await expect(changes).toContainText('Value not set →')
  await expect(pages).toBeHidden()
})
