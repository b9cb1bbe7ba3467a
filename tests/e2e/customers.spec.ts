import type { Page } from '@playwright/test'
import { expect, test, type RunningApp } from './fixtures'

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

async function openStakeholderMap(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url)
  await page.getByLabel('Product name').fill('Pool booking')
  await page.getByRole('button', { name: 'Create product' }).click()
  await expect(page.getByRole('combobox', { name: 'Product', exact: true })).toHaveValue(/.+/)
  await page.getByRole('link', { name: 'Customers & Stakeholders' }).click()
  await page.getByRole('tab', { name: 'Stakeholder map' }).click()
}

async function addStakeholder(
  page: Page,
  fields: { name: string; power: number; interest: number; cadence: number; lastContact: string }
) {
  await page.getByRole('button', { name: 'Add stakeholder…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a stakeholder' })
  await dialog.getByLabel('Name').fill(fields.name)
  await dialog.getByLabel(/^Power/).fill(String(fields.power))
  await dialog.getByLabel(/^Interest \(/).fill(String(fields.interest))
  await dialog.getByLabel('Contact every (days)').fill(String(fields.cadence))
  await dialog.getByLabel('Last contact').fill(fields.lastContact)
  await dialog.getByRole('button', { name: 'Add stakeholder' }).click()
  await expect(dialog).toBeHidden()
}

const row = (page: Page, name: string) => page.getByRole('table').getByRole('row', { name })

test('a stakeholder dragged across the power / interest grid changes quadrant guidance, and keeps it after a reload', async ({
  page,
  emptyApp
}) => {
  await openStakeholderMap(page, emptyApp)
  await addStakeholder(page, { name: 'Dana Council', power: 80, interest: 20, cadence: 14, lastContact: isoDaysAgo(1) })
  await expect(row(page, 'Dana Council').locator('.stakeholder-quadrant')).toHaveText('Keep satisfied')

  const marker = page.getByRole('button', { name: /^Dana Council: Keep satisfied/ })
  const grid = (await page.locator('.power-grid').boundingBox())!
  const from = (await marker.locator('.marker-dot').boundingBox())!
  // Drop three quarters across (high interest) and a quarter up (low power): "Keep informed".
  const to = { x: grid.x + grid.width * 0.75, y: grid.y + grid.height * 0.75 }
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(from.x + ((to.x - from.x) * step) / 10, from.y + ((to.y - from.y) * step) / 10)
  }
  await expect(page.getByText(/Dana Council → Keep informed/)).toBeVisible()
  await page.mouse.up()

  await expect(row(page, 'Dana Council').locator('.stakeholder-quadrant')).toHaveText('Keep informed')
  await expect(page.getByRole('button', { name: /^Dana Council: Keep informed, power 25, interest 75/ })).toBeVisible()

  await page.reload()
  await expect(row(page, 'Dana Council').locator('.stakeholder-quadrant')).toHaveText('Keep informed')
  await expect(page.getByRole('button', { name: /^Dana Council: Keep informed/ })).toBeVisible()
})

test('an overdue contact is highlighted, and logging a contact clears it', async ({ page, emptyApp }) => {
  await openStakeholderMap(page, emptyApp)
  await addStakeholder(page, {
    name: 'Lee Lifeguard',
    power: 30,
    interest: 70,
    cadence: 7,
    lastContact: isoDaysAgo(20)
  })

  await expect(row(page, 'Lee Lifeguard')).toContainText(/Overdue by 1[234] days/)
  await expect(page.getByText('1 contact is overdue')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Lee Lifeguard: Keep informed.*contact overdue/ })).toBeVisible()

  await page.getByRole('button', { name: 'Log contact with Lee Lifeguard today' }).click()
  await expect(row(page, 'Lee Lifeguard')).toContainText('Next due')
  await expect(row(page, 'Lee Lifeguard')).not.toContainText('Overdue')
  await expect(page.getByText('1 contact is overdue')).toBeHidden()
})
