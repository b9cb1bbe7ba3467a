import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { itemDetails } from './pages/backlog'

/** The document's and the main pane's scroll heights against what they show. */
const scrolling = (page: Page) =>
  page.evaluate(() => {
    type Box = { scrollHeight: number; clientHeight: number }
    const { document: doc } = globalThis as unknown as {
      document: { documentElement: Box; getElementById(id: string): Box }
    }
    const main = doc.getElementById('main')
    return {
      frame: doc.documentElement.scrollHeight - doc.documentElement.clientHeight,
      main: main.scrollHeight - main.clientHeight
    }
  })

test('tall pages scroll inside the main pane, never the whole frame', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(app.url)
  await expect(page.getByRole('list', { name: 'Product Backlog' }).getByRole('listitem').first()).toBeVisible()
  const pages: Array<[name: string, open: () => Promise<void>, last: () => ReturnType<Page['getByRole']>]> = [
    [
      'Product settings',
      () => page.getByRole('tab', { name: 'Product settings', exact: true }).click(),
      () => page.getByRole('heading', { name: 'Dates and numbers' })
    ],
    [
      'Forecast',
      async () => {
        await page.getByRole('link', { name: 'Flow & Forecast', exact: true }).click()
        await page.locator('main').getByText('Forecast', { exact: true }).first().click()
      },
      () => page.getByRole('button', { name: 'Run forecast' })
    ],
    [
      'Products',
      () => page.getByRole('link', { name: 'Products', exact: true }).click(),
      () => page.getByRole('heading', { name: 'About this installation' })
    ]
  ]
  for (const [name, open, last] of pages) {
    await open()
    await expect(last()).toBeVisible()
    const { frame, main } = await scrolling(page)
    expect(frame, `${name}: the frame scrolls`).toBe(0)
    expect(main, `${name}: taller than the window, so the main pane scrolls`).toBeGreaterThan(0)
    await last().scrollIntoViewIfNeeded()
    await expect(last(), name).toBeInViewport()
    expect((await scrolling(page)).frame, `${name}: the frame stays put`).toBe(0)
    await expect(page.getByRole('navigation', { name: 'Areas' })).toBeInViewport()
    await expect(page.getByRole('button', { name: /^(Dark|Light) theme$/ })).toBeInViewport()
  }
})

test('the item details resize with a splitter the keyboard moves, and the list keeps the titles readable', async ({
  page,
  app
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(app.url)
  // The item's detail is held back until the splitter has the focus: the title that appears then
  // must not take the focus away from where the user put it.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/backlog.detail', async (route) => {
    await held
    await route.continue()
  })
  const list = page.getByRole('list', { name: 'Product Backlog' })
  await list.getByRole('listitem').nth(2).click()
  const splitter = page.getByRole('separator', { name: 'Resize the item details' })
  const before = Number(await splitter.getAttribute('aria-valuenow'))
  await splitter.focus()
  await page.keyboard.press('ArrowRight')
  release()
  await expect(itemDetails(page).getByLabel('Title', { exact: true })).toBeVisible()
  await expect(splitter).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before - 48))
  await page.keyboard.press('End')
  await expect(splitter).toHaveAttribute('aria-valuenow', '320')
  // With the details open the list still shows a good part of each title.
  const title = list.getByRole('listitem').nth(2).locator('.row-title-text')
  expect((await title.boundingBox())!.width).toBeGreaterThan(200)
  await page.keyboard.press('ArrowLeft')
  await expect(splitter).toHaveAttribute('aria-valuenow', '344')
})
