import { join } from 'node:path'
import type { Page } from '@playwright/test'
import Database from 'better-sqlite3'
import { generateNKeysBetween } from 'fractional-indexing'
import { expect, test, type RunningApp } from './fixtures'
import { backlogList as backlog, backlogRowTitles as rowTitles, itemDetails } from './pages/backlog'
import { productNamed, serverApi } from './pages/server'

/** The order as the server has it, read through the same API the renderer uses. */
async function serverOrder(page: Page, app: RunningApp, productName: string): Promise<string[]> {
  const api = serverApi(page.request, app)
  const product = await productNamed(api, productName)
  return (await api.call('backlog.list', { productId: product.id })).map((i) => i.title)
}

async function addItem(page: Page, title: string): Promise<void> {
  await page.getByLabel('New item').fill(title)
  await page.getByLabel('New item').press('Enter')
  await expect(backlog(page).getByRole('listitem', { name: title })).toBeVisible()
}

test('a Product Owner creates a product, fills and orders its backlog, and the order survives a reload', async ({
  page,
  emptyApp
}) => {
  await page.goto(emptyApp.url)
  await expect(page.getByRole('heading', { name: 'No active products' })).toBeVisible()
  await page.getByLabel('Product name').fill('Pool booking')
  await page.getByRole('button', { name: 'Create product' }).click()
  await expect(page.getByRole('combobox', { name: 'Product', exact: true })).toHaveValue(/.+/)

  await page.getByRole('link', { name: 'Backlog' }).click()
  for (const title of ['Alpha story', 'Bravo bug', 'Charlie spike']) await addItem(page, title)
  await expect.poll(() => rowTitles(page)).toEqual(['Alpha story', 'Bravo bug', 'Charlie spike'])

  // Keyboard: focus the last row and move it up twice.
  await backlog(page).getByRole('listitem', { name: 'Charlie spike' }).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(() => rowTitles(page)).toEqual(['Alpha story', 'Charlie spike', 'Bravo bug'])
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(() => rowTitles(page)).toEqual(['Charlie spike', 'Alpha story', 'Bravo bug'])
  await expect
    .poll(() => serverOrder(page, emptyApp, 'Pool booking'))
    .toEqual(['Charlie spike', 'Alpha story', 'Bravo bug'])

  // Drag: take Bravo by its handle and drop it on the first row.
  const handle = page.getByRole('button', { name: 'Drag Bravo bug' })
  const target = backlog(page).getByRole('listitem', { name: 'Charlie spike' })
  const from = (await handle.boundingBox())!
  const to = (await target.boundingBox())!
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(
      from.x + from.width / 2,
      from.y + from.height / 2 + ((to.y + 4 - from.y - from.height / 2) * step) / 12
    )
  }
  await page.mouse.up()
  await expect.poll(() => rowTitles(page)).toEqual(['Bravo bug', 'Charlie spike', 'Alpha story'])
  await expect
    .poll(() => serverOrder(page, emptyApp, 'Pool booking'))
    .toEqual(['Bravo bug', 'Charlie spike', 'Alpha story'])

  await page.reload()
  await expect.poll(() => rowTitles(page)).toEqual(['Bravo bug', 'Charlie spike', 'Alpha story'])
})

test('an empty title is refused before sending, with a message that names the field by its label', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await expect(backlog(page).getByRole('listitem').first()).toBeVisible()
  const before = await serverOrder(page, app, 'Sample: Lanes')
  const creates: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/backlog.create')) creates.push(request.url())
  })
  await page.getByLabel('New item').fill('   ')
  await page.getByRole('button', { name: 'Add item' }).click()
  await expect(page.getByText('Title: Give the item a title')).toBeVisible()
  expect(creates).toEqual([])
  expect(await serverOrder(page, app, 'Sample: Lanes')).toEqual(before)
})

test('editing an item changes its status and estimate, and deleting it can be undone', async ({ page, app }) => {
  await page.goto(app.url)
  const first = backlog(page).getByRole('listitem').first()
  const title = (await first.getAttribute('aria-label'))!
  await first.click()
  const details = itemDetails(page)
  await details.getByLabel('Estimate', { exact: true }).selectOption('13')
  await details.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' })
  // Done means the Definition of Done is met: the sample product has one to confirm.
  await details.getByRole('button', { name: 'Save and move to Done…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Move to Done' })
  for (const line of await dialog.getByRole('checkbox').all()) await line.check()
  await dialog.getByRole('button', { name: 'Confirm Definition of Done' }).click()
  await expect(first).toContainText('13')
  await expect(first).toContainText('Done')

  await details.getByRole('button', { name: 'Delete item' }).click()
  await expect(backlog(page).getByRole('listitem', { name: title })).toHaveCount(0)
  // The toast's Undo (the header's Undo button names the edit).
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(backlog(page).getByRole('listitem').first()).toHaveAttribute('aria-label', title)
})

test('the sample product fills the backlog on a first start, and the list is virtualised', async ({ page, app }) => {
  await page.goto(app.url)
  await expect(page.getByRole('combobox', { name: 'Product', exact: true }).locator('option:checked')).toHaveText(
    /^Sample: /
  )
  const counter = page.getByText(/^\d+ items$/)
  await expect(counter).toBeVisible()
  const total = Number((await counter.textContent())!.match(/(\d+) items/)![1])
  expect(total).toBeGreaterThan(50)
  await expect(backlog(page).getByRole('listitem').nth(10)).toBeVisible()
  // Only the rows in view (plus a small overscan) are in the DOM.
  expect(await backlog(page).getByRole('listitem').count()).toBeLessThan(total / 2)
})

test('a 10,000-item backlog keeps only the visible rows in the DOM and reaches the last item from the keyboard', async ({
  page,
  emptyApp
}) => {
  const created = await page.request.post(`${emptyApp.origin}/api/products.create`, {
    headers: { Authorization: `Bearer ${emptyApp.token}` },
    data: { name: 'Big backlog' }
  })
  const product = (await created.json()).value as { id: number }
  // Loaded through a second SQLite connection while the app runs, as an import would.
  const db = new Database(join(emptyApp.dataDir, 'po-studio.sqlite3'))
  const state = db
    .prepare('SELECT id FROM workflow_states WHERE product_id = ? ORDER BY position LIMIT 1')
    .get(product.id) as { id: number }
  const insert = db.prepare(
    "INSERT INTO backlog_items (product_id, type, title, description, state_id, rank, created_at, updated_at) VALUES (?, 'story', ?, '', ?, ?, ?, ?)"
  )
  const stamp = new Date().toISOString()
  db.transaction(() =>
    generateNKeysBetween(null, null, 10_000).forEach((rank, i) =>
      insert.run(product.id, `Story ${i + 1}`, state.id, rank, stamp, stamp)
    )
  )()
  db.close()

  await page.goto(emptyApp.url)
  await expect(page.getByText('10,000 items')).toBeVisible()
  const first = backlog(page).getByRole('listitem', { name: 'Story 1', exact: true })
  await expect(first).toBeVisible()
  expect(await backlog(page).getByRole('listitem').count()).toBeLessThan(100)
  await first.focus()
  await page.keyboard.press('End')
  await expect(backlog(page).getByRole('listitem', { name: 'Story 10000' })).toBeFocused()
  expect(await backlog(page).getByRole('listitem').count()).toBeLessThan(100)
})

test('the filters narrow the list by type, label, readiness and an estimate range, and Clear brings every item back', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  const items = await serverApi(page.request, app).call('backlog.list', {
    productId: (await productNamed(serverApi(page.request, app), 'Sample')).id
  })
  const bar = page.getByRole('search', { name: 'Search and filter the backlog' })
  // Counts are grouped in the locale the tests read (en-GB), as the app writes them.
  const grouped = (count: number) => count.toLocaleString('en-GB')
  const shown = (count: number) =>
    page.getByText(`${grouped(count)} of ${grouped(items.length)} items`, { exact: true })

  const stories = items.filter((i) => i.type === 'story')
  await bar.getByLabel('Type', { exact: true }).selectOption('story')
  await expect(shown(stories.length)).toBeVisible()
  const label = stories.flatMap((i) => i.labels)[0]!
  await bar.getByLabel('Label', { exact: true }).selectOption(label)
  const labelled = stories.filter((i) => i.labels.includes(label))
  await expect(shown(labelled.length)).toBeVisible()
  await bar.getByLabel('Ready', { exact: true }).selectOption('yes')
  const ready = labelled.filter((i) => i.ready)
  await expect(shown(ready.length)).toBeVisible()
  // Each filter took some items away, so each was really applied.
  expect(items.length > stories.length && stories.length > labelled.length && labelled.length > ready.length).toBe(true)

  await bar.getByRole('button', { name: 'Clear' }).click()
  await expect(page.getByText(`${grouped(items.length)} items`, { exact: true })).toBeVisible()
  await bar.getByLabel('Estimate', { exact: true }).selectOption('range')
  await bar.getByLabel('From', { exact: true }).fill('1')
  await bar.getByLabel('to', { exact: true }).fill('3')
  const small = items.filter((i) => i.estimate !== null && i.estimate >= 1 && i.estimate <= 3)
  expect(small.length).toBeGreaterThan(0)
  await expect(shown(small.length)).toBeVisible()
})

test('a long title shows whole in the details; a pasted line break becomes a space, and Enter saves', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  const first = backlog(page).getByRole('listitem').first()
  await first.click()
  const details = itemDetails(page)
  const title = details.getByLabel('Title', { exact: true })

  const long =
    'As a parent, I want to see which pool each class is in on the booking page, so that I book the right class'
  await title.fill(long)
  // Nothing of it is scrolled out of sight, across or down.
  const hidden = await title.evaluate((field) => [
    field.scrollWidth - field.clientWidth,
    field.scrollHeight - field.clientHeight
  ])
  expect(hidden).toEqual([0, 0])

  await title.fill('Pay for a lane\nwith a gift card')
  await expect(title).toHaveValue('Pay for a lane with a gift card')
  await title.press('Enter')
  await expect(details.getByText('Saved.', { exact: true })).toBeVisible()
  await expect(first).toHaveAttribute('aria-label', 'Pay for a lane with a gift card')
})
