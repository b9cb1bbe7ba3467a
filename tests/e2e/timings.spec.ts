import { performance } from 'node:perf_hooks'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { largeItemTitle, waitingItemNumber } from './large-product/content'

/**
 * Not a test: with the 10,000-item product, how long each Ordering tab takes until its first rows
 * show, beside the Backlog list in the same browser, printed as JSON lines. Run it with
 * `PO_STUDIO_TIMINGS=1 npx playwright test tests/e2e/timings.spec.ts` after `npm run build`.
 */
test.skip(!process.env.PO_STUDIO_TIMINGS, 'Set PO_STUDIO_TIMINGS=1 to print the timings at scale.')
test.setTimeout(15 * 60_000)

const firstWaiting = largeItemTitle(waitingItemNumber(1))
const LONG = { state: 'visible', timeout: 5 * 60_000 } as const

function report(name: string, ms: number, elements?: number): void {
  console.log(JSON.stringify({ name, value: Math.round(ms), unit: 'ms', ...(elements !== undefined && { elements }) }))
}

const elementCount = (page: Page) => page.locator('*').count()

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** From a blank page to the first row in view: loading the app, reading the data and rendering. */
async function openScreen(page: Page, origin: string, route: string, firstRow: Locator): Promise<number> {
  await page.goto('about:blank')
  return timed(async () => {
    await page.goto(`${origin}/#${route}`)
    await firstRow.waitFor(LONG)
  })
}

test('first rows of the Backlog list and of each Ordering tab with 10,000 items', async ({ page, largeApp }) => {
  await page.goto(largeApp.url)
  await expect(page.getByRole('link', { name: 'Ordering' })).toBeVisible()
  const { origin } = largeApp
  const cycleTimeDots = page.getByRole('figure', { name: 'Cycle time scatterplot' }).locator('.recharts-scatter-symbol')
  const rowHeader = (table: string) => page.getByRole('table', { name: table }).getByRole('rowheader', { name: firstWaiting, exact: true })

  const screens: Array<[string, string, Locator]> = [
    ['Backlog list', '/backlog', page.getByRole('list', { name: 'Product Backlog' }).getByRole('listitem').first()],
    ['Ordering › WSJF', '/ordering/wsjf', rowHeader('WSJF scores')],
    ['Ordering › Value–effort', '/ordering/value-effort', rowHeader('Value and effort')],
    ['Ordering › MoSCoW', '/ordering/moscow', rowHeader('Items')],
    ['Ordering › Kano', '/ordering/kano', page.getByRole('button', { name: 'Delete feature Feature 1', exact: true })],
    ['Ordering › Compare', '/ordering/compare', page.getByRole('region', { name: 'Your order' }).getByText(firstWaiting, { exact: true })],
    ['Ordering › Value poker', '/ordering/poker', page.getByRole('combobox', { name: 'Item' })],
    ['Ordering › History', '/ordering/history', page.getByRole('list', { name: 'Score changes, newest first' }).getByRole('listitem').first()],
    ['Flow › Metrics', '/flow', cycleTimeDots.first()]
  ]
  for (const [name, route, firstRow] of screens) {
    report(`${name}: first rows visible`, await openScreen(page, origin, route, firstRow), await elementCount(page))
  }

  await openScreen(page, origin, '/flow', cycleTimeDots.first())
  report(
    'Flow › Metrics: switch to the last 365 days',
    await timed(async () => {
      // A select's change is a discrete event: React draws the new window before selectOption returns.
      await page.getByLabel('History window').selectOption('365')
      await cycleTimeDots.first().waitFor(LONG)
    }),
    await cycleTimeDots.count()
  )

  await openScreen(page, origin, '/ordering/wsjf', rowHeader('WSJF scores'))
  const scores = { 'User-Business Value': '8', 'Time Criticality': '5', 'Risk Reduction / Opportunity Enablement': '3', 'Job Size': '2' }
  report(
    'Ordering › WSJF: set four scores on one row',
    await timed(async () => {
      for (const [column, value] of Object.entries(scores)) await page.getByLabel(`${column} for ${firstWaiting}`, { exact: true }).selectOption(value)
      await expect(page.getByRole('cell', { name: `WSJF of ${firstWaiting}` })).toHaveText('8', { timeout: LONG.timeout })
    })
  )
  report(
    'Ordering › WSJF: switch to Compare',
    await timed(async () => {
      await page.getByRole('tab', { name: 'Compare' }).click()
      await page.getByRole('region', { name: 'Your order' }).getByText(firstWaiting, { exact: true }).waitFor(LONG)
    })
  )
})
