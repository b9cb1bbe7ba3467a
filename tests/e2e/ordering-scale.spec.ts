import type { Locator, Page } from '@playwright/test'
import { expect, test, type RunningApp } from './fixtures'
import { LARGE_PRODUCT, WAITING_COUNT, largeItemTitle, waitingItemNumber } from './large-product/content'

/** Every Ordering tab with the 10,000-item product: its first rows, its last row, and a small DOM. */

const MAX_ROWS_IN_DOM = 500
const firstTitle = largeItemTitle(waitingItemNumber(1))
const lastTitle = largeItemTitle(waitingItemNumber(WAITING_COUNT))

async function openTab(page: Page, app: RunningApp, tab: string): Promise<void> {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Ordering' }).click()
  await page.getByRole('tab', { name: tab, exact: true }).click()
}

/** The scroll box a virtualised table or list sits in. */
const scrollBox = (tableOrList: Locator) => tableOrList.locator('xpath=..')

/** Scrolls a virtualised table until the row with `aria-rowindex` is rendered, then into view. */
async function scrollToRow(table: Locator, rowIndex: number): Promise<Locator> {
  const row = table.locator(`tr[aria-rowindex="${rowIndex}"]`)
  await expect
    .poll(async () => {
      if ((await row.count()) > 0) return true
      await scrollBox(table).evaluate((box, target) => {
        const count = Number(box.querySelector('table')?.getAttribute('aria-rowcount'))
        box.scrollTop = (box.scrollHeight * (target - 1)) / count - box.clientHeight / 2
      }, rowIndex)
      return false
    })
    .toBe(true)
  await row.scrollIntoViewIfNeeded()
  return row
}

/** A virtualised table's size is announced, its first rows show, the end is reachable and the DOM stays small. */
async function expectScrollableTable(page: Page, table: Locator): Promise<void> {
  await expect(table).toHaveAttribute('aria-rowcount', String(WAITING_COUNT + 1))
  await expect(table.getByRole('rowheader', { name: firstTitle, exact: true })).toBeVisible()
  expect(await page.locator('tr').count()).toBeLessThan(MAX_ROWS_IN_DOM)
  const last = await scrollToRow(table, WAITING_COUNT + 1)
  await expect(last.getByRole('rowheader', { name: lastTitle, exact: true })).toBeVisible()
  expect(await page.locator('tr').count()).toBeLessThan(MAX_ROWS_IN_DOM)
}

/** A virtualised list scrolls to its end from the keyboard, like any scrolling box. */
async function expectScrollableList(page: Page, list: Locator, size: number, first: string, last: string): Promise<void> {
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(size))
  await expect(list.getByRole('listitem').filter({ hasText: first }).first()).toBeVisible()
  await scrollBox(list).focus()
  await expect
    .poll(async () => {
      await page.keyboard.press('End')
      return list.locator(`li[aria-posinset="${size}"]`).count()
    })
    .toBe(1)
  await expect(list.locator(`li[aria-posinset="${size}"]`)).toContainText(last)
  await expect(list.locator(`li[aria-posinset="${size}"]`)).toBeVisible()
  expect(await page.locator('li').count()).toBeLessThan(MAX_ROWS_IN_DOM)
}

test('WSJF lists 9,200 items with a small DOM, and a score set on row 9,000 is kept after a reload', async ({ page, largeApp }) => {
  await openTab(page, largeApp, 'WSJF')
  const table = page.getByRole('table', { name: 'WSJF scores' })
  await expectScrollableTable(page, table)

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

test('Value–effort keeps its table, quadrant lists and chart small with 9,200 items', async ({ page, largeApp }) => {
  await openTab(page, largeApp, 'Value–effort')
  await expectScrollableTable(page, page.getByRole('table', { name: 'Value and effort' }))
  // Thousands of scored items are a few dozen marks: one circle per crowded spot.
  const chart = page.getByRole('figure', { name: 'Value versus effort' })
  await expect(chart.getByRole('img', { name: /^\d+ items with value 20 and effort 1$/ })).toBeAttached()
  expect(await chart.locator('.scatter-crowd, .scatter-dot').count()).toBeLessThan(100)
  const quickWins = page.getByRole('list', { name: /Quick Wins/ })
  await expect(quickWins.getByRole('listitem').first()).toBeVisible()
  expect(await page.locator('li').count()).toBeLessThan(MAX_ROWS_IN_DOM)
})

test('MoSCoW lists 9,200 items with a small DOM', async ({ page, largeApp }) => {
  await openTab(page, largeApp, 'MoSCoW')
  await expectScrollableTable(page, page.getByRole('table', { name: 'Items' }))
})

test('Compare lists both orders of 9,200 items with a small DOM', async ({ page, largeApp }) => {
  await openTab(page, largeApp, 'Compare')
  const yours = page.getByRole('list', { name: 'Your order' })
  await expectScrollableList(page, yours, WAITING_COUNT, firstTitle, lastTitle)
  await expect(page.getByRole('list', { name: 'By WSJF' }).getByRole('listitem').first()).toBeVisible()
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
  await expect(pages.getByRole('button', { name: 'Older' })).toBeDisabled()
  await changes.getByRole('listitem').last().scrollIntoViewIfNeeded()
  await expect(changes.getByRole('listitem').last()).toBeVisible()
  expect(await page.locator('li').count()).toBeLessThan(MAX_ROWS_IN_DOM)
})
