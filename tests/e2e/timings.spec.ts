import { performance } from 'node:perf_hooks'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { largeItemTitle, waitingItemNumber } from './large-product/content'

/**
 * Not a test: with the 10,000-item product, how long each Ordering tab takes until its first rows
 * show, beside the Backlog list in the same browser, and the Flow screens once two teams share the
 * items, printed as JSON lines. Run it with
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
  const rowHeader = (table: string) =>
    page.getByRole('table', { name: table }).getByRole('rowheader', { name: firstWaiting, exact: true })

  const screens: Array<[string, string, Locator]> = [
    ['Backlog list', '/backlog', page.getByRole('list', { name: 'Product Backlog' }).getByRole('listitem').first()],
    ['Ordering › WSJF', '/ordering/wsjf', rowHeader('WSJF scores')],
    ['Ordering › Value–effort', '/ordering/value-effort', rowHeader('Value and effort')],
    ['Ordering › MoSCoW', '/ordering/moscow', rowHeader('Items')],
    ['Ordering › Kano', '/ordering/kano', page.getByRole('button', { name: 'Delete feature Feature 1', exact: true })],
    [
      'Ordering › Compare',
      '/ordering/compare',
      page.getByRole('region', { name: 'Your order' }).getByText(firstWaiting, { exact: true })
    ],
    ['Ordering › Value poker', '/ordering/poker', page.getByRole('combobox', { name: 'Item' })],
    [
      'Ordering › History',
      '/ordering/history',
      page.getByRole('list', { name: 'Score changes, newest first' }).getByRole('listitem').first()
    ],
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
  const scores = {
    'User-Business Value': '8',
    'Time Criticality': '5',
    'Risk Reduction / Opportunity Enablement': '3',
    'Job Size': '2'
  }
  report(
    'Ordering › WSJF: set four scores on one row',
    await timed(async () => {
      for (const [column, value] of Object.entries(scores))
        await page.getByLabel(`${column} for ${firstWaiting}`, { exact: true }).selectOption(value)
      await expect(page.getByRole('cell', { name: `WSJF of ${firstWaiting}` })).toHaveText('8', {
        timeout: LONG.timeout
      })
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

test('the Board and the charts narrowed to one team, and the combined forecast, with 10,000 items of two teams', async ({
  page,
  largeApp
}) => {
  const { origin, token } = largeApp
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input)
    })
    const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } }
    if (!body.ok) throw new Error(`${method}: ${body.error?.message}`)
    return body.value
  }
  const [product] = await call<Array<{ id: number }>>('products.list', {})
  const productId = product!.id
  const teams = [
    await call<{ id: number }>('teams.create', { productId, name: 'Team North' }),
    await call<{ id: number }>('teams.create', { productId, name: 'Team South' })
  ]
  const ids = (await call<Array<{ id: number }>>('backlog.list', { productId })).map((item) => item.id)
  // In turn down the backlog, in the largest batches one bulk edit takes.
  for (const [index, team] of teams.entries()) {
    const mine = ids.filter((_, i) => i % teams.length === index)
    for (let from = 0; from < mine.length; from += 5000)
      await call('backlog.bulkUpdate', { ids: mine.slice(from, from + 5000), patch: { teamId: team.id } })
  }
  const inProgress = (await call<Array<{ id: number; category: string }>>('workflow.list', { productId })).find(
    (s) => s.category === 'in_progress'
  )!
  await call('teams.setWipLimit', { id: teams[0]!.id, stateId: inProgress.id, wipLimit: 3 })
  // The access link, once, so the screens below open by their routes.
  await page.goto(largeApp.url)

  report(
    'Flow › Board of every team: first column visible',
    await openScreen(page, origin, '/flow/board', page.getByRole('heading', { name: 'In progress', exact: true })),
    await elementCount(page)
  )
  report(
    'Flow › Board: narrow to one team',
    await timed(async () => {
      await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Team North' })
      await page.getByText('Team North’s items, against Team North’s own WIP limits and SLE.').waitFor(LONG)
    }),
    await elementCount(page)
  )
  const cycleTimeDots = page.getByRole('figure', { name: 'Cycle time scatterplot' }).locator('.recharts-scatter-symbol')
  report(
    'Flow › Metrics of one team (from the Board)',
    await timed(async () => {
      await page
        .getByRole('tablist', { name: 'Flow and forecast views' })
        .getByRole('tab', { name: 'Metrics', exact: true })
        .click()
      await page.getByRole('region', { name: 'Service Level Expectation of Team North' }).waitFor(LONG)
      await cycleTimeDots.first().waitFor(LONG)
    }),
    await elementCount(page)
  )
  await page
    .getByRole('tablist', { name: 'Flow and forecast views' })
    .getByRole('tab', { name: 'Forecast', exact: true })
    .click()
  await page.getByLabel('Whose work').selectOption({ label: 'All teams combined' })
  await page.getByRole('textbox', { name: 'Number of items' }).fill('500')
  report(
    'Flow › Forecast: all teams combined, 500 items, 10,000 trials, with each team’s own',
    await timed(async () => {
      await page.getByRole('button', { name: 'Run forecast' }).click()
      await page.getByRole('table', { name: 'Each team’s part' }).waitFor(LONG)
    })
  )
})
