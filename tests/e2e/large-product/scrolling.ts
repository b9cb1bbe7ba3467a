import type { Locator, Page } from '@playwright/test'
import { expect } from '../fixtures'

/** A virtualised table or list keeps fewer rows than this in the DOM, whatever its length. */
export const MAX_ROWS_IN_DOM = 500

/** The scroll box a virtualised table or list sits in. */
export const scrollBox = (tableOrList: Locator) => tableOrList.locator('xpath=..')

/** Scrolls a virtualised table until the row with `aria-rowindex` is rendered, then into view. */
export async function scrollToRow(table: Locator, rowIndex: number): Promise<Locator> {
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
export async function expectScrollableTable(
  page: Page,
  table: Locator,
  rows: number,
  first: string,
  last: string
): Promise<void> {
  await expect(table).toHaveAttribute('aria-rowcount', String(rows + 1))
  await expect(table.getByRole('rowheader', { name: first, exact: true })).toBeVisible()
  expect(await page.locator('tr').count()).toBeLessThan(MAX_ROWS_IN_DOM)
  const lastRow = await scrollToRow(table, rows + 1)
  await expect(lastRow.getByRole('rowheader', { name: last, exact: true })).toBeVisible()
  expect(await page.locator('tr').count()).toBeLessThan(MAX_ROWS_IN_DOM)
}

/** A virtualised list announces its size, shows its first items and scrolls to its end from the keyboard. */
export async function expectScrollableList(
  page: Page,
  list: Locator,
  size: number,
  first: string,
  last: string
): Promise<void> {
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(size))
  await expect(list.getByRole('listitem').filter({ hasText: first }).first()).toBeVisible()
  await scrollBox(list).focus()
  const end = list.locator(`li[aria-posinset="${size}"]`)
  await expect
    .poll(async () => {
      await page.keyboard.press('End')
      return end.count()
    })
    .toBe(1)
  await expect(end).toContainText(last)
  await expect(end).toBeVisible()
  expect(await page.locator('li').count()).toBeLessThan(MAX_ROWS_IN_DOM)
}
