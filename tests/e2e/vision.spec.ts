import type { Page } from '@playwright/test'
import { expect, test, type RunningApp } from './fixtures'

async function openNewProduct(page: Page, app: RunningApp, name: string): Promise<void> {
  await page.goto(app.url)
  await page.getByLabel('Product name').fill(name)
  await page.getByRole('button', { name: 'Create product' }).click()
  await expect(page.getByRole('combobox', { name: 'Product', exact: true })).toHaveValue(/.+/)
  await page.getByRole('link', { name: 'Vision & Goals' }).click()
}

async function saveVision(page: Page, reason: string): Promise<void> {
  await page.getByRole('button', { name: 'Save…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save the vision' })
  await dialog.getByLabel('Reason for the change').fill(reason)
  await dialog.getByRole('button', { name: 'Save version' }).click()
  await expect(dialog).toBeHidden()
}

test('an elevator pitch reads back as one sentence, is saved as versions with reasons, and two versions compare side by side', async ({
  page,
  emptyApp
}) => {
  await openNewProduct(page, emptyApp, 'Pool booking')
  const preview = page.getByRole('figure', { name: 'Preview of the elevator pitch' }).locator('blockquote')
  await expect(preview).toHaveText(/^For <target customer> who <need>/)

  await page.getByLabel('Target customer (For …)').fill('swimmers at busy public pools')
  await page.getByLabel('Need (who …)').fill('want a lane without queuing')
  await page.getByLabel('Product name (the …)').fill('Lanes')
  await page.getByLabel('Product category (is a …)').fill('booking app')
  await page.getByLabel('Key benefit (that …)').fill('reserves a lane in seconds')
  await page.getByLabel('Alternative (Unlike …)').fill('phoning the front desk')
  await page.getByLabel('Differentiator (our product …)').fill('shows how busy each lane is')
  await expect(preview).toHaveText(
    'For swimmers at busy public pools who want a lane without queuing, the Lanes is a booking app that reserves a lane in seconds. ' +
      'Unlike phoning the front desk, our product shows how busy each lane is.'
  )

  await saveVision(page, 'First draft after the kick-off')
  await expect(page.getByText('Version 1, saved')).toBeVisible()

  await page.getByLabel('Need (who …)').fill('want to swim after work without waiting')
  await expect(page.getByText('Unsaved changes.')).toBeVisible()
  await saveVision(page, 'Interviews: the evening rush is the pain')
  await expect(page.getByText(/Version 2, saved .*Interviews: the evening rush is the pain/)).toBeVisible()

  await page.getByRole('tab', { name: 'Versions' }).click()
  const versions = page.getByRole('list', { name: 'Saved versions, newest first' }).getByRole('listitem')
  await expect(versions).toHaveCount(2)
  await expect(versions.first()).toContainText('Interviews: the evening rush is the pain')
  await expect(versions.first()).toContainText('Changed: Elevator pitch: Need')

  await expect(page.getByLabel('Older version')).toHaveValue(/\d+/)
  await page.getByRole('button', { name: 'Compare' }).click()
  const table = page.getByRole('table', { name: /Version 1 compared with version 2/ })
  const needRow = table.getByRole('row', { name: /Elevator pitch: Need/ })
  await expect(needRow.locator('del', { hasText: 'queuing' })).toHaveCount(1)
  await expect(needRow.locator('ins', { hasText: 'waiting' })).toHaveCount(1)
  await expect(page.getByText('1 field differs between version 1 and version 2.')).toBeVisible()
})

test('one Product Goal is active at a time: starting another explains why, and ending the first lets the next start', async ({
  page,
  emptyApp
}) => {
  await openNewProduct(page, emptyApp, 'Pool booking')
  await page.getByRole('tab', { name: 'Product Goals' }).click()

  const addGoal = async (title: string) => {
    await page.getByRole('button', { name: 'New Product Goal…' }).click()
    const form = page.getByRole('region', { name: 'New Product Goal' })
    await form.getByLabel('Product Goal').fill(title)
    await form.getByLabel('Measure').fill('Share of bookings made online')
    await form.getByLabel('Baseline').fill('35%')
    await form.getByLabel('Target', { exact: true }).fill('70%')
    await form.getByRole('button', { name: 'Add draft goal' }).click()
    await expect(page.getByRole('list', { name: 'Draft goals' }).getByRole('article', { name: title })).toBeVisible()
  }

  await addGoal('Members book online')
  await addGoal('Families book together')
  const drafts = page.getByRole('list', { name: 'Draft goals' })
  await drafts
    .getByRole('article', { name: 'Members book online' })
    .getByRole('button', { name: 'Start pursuing' })
    .click()
  const active = page.getByRole('region', { name: 'Active Product Goal' })
  await expect(active.getByRole('article', { name: 'Members book online' })).toBeVisible()

  const second = drafts.getByRole('article', { name: 'Families book together' })
  await second.getByRole('button', { name: 'Start pursuing' }).click()
  await expect(second.getByRole('alert')).toContainText('“Members book online” is the active Product Goal')
  await expect(second.getByRole('alert')).toContainText('one Product Goal at a time')

  await active.getByRole('button', { name: 'End goal…' }).click()
  const dialog = page.getByRole('dialog', { name: 'End the Product Goal' })
  await expect(dialog.getByRole('radio', { name: 'Achieved' })).toBeChecked()
  await dialog.getByLabel('What showed it was achieved?').fill('72% of bookings were online in March')
  await dialog.getByRole('button', { name: 'End as achieved' }).click()
  await expect(dialog).toBeHidden()

  const history = page.getByRole('list', { name: 'Ended goals' })
  await expect(history.getByRole('article', { name: 'Members book online' })).toContainText(
    '72% of bookings were online in March'
  )
  await expect(history.getByRole('article', { name: 'Members book online' })).toContainText('Achieved')

  await second.getByRole('button', { name: 'Start pursuing' }).click()
  await expect(active.getByRole('article', { name: 'Families book together' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Draft goals' }).getByRole('article')).toHaveCount(0)
})

test('a Sprint of 40 days is refused with its reason and the guide it comes from', async ({ page, emptyApp }) => {
  await openNewProduct(page, emptyApp, 'Pool booking')
  await page.getByRole('tab', { name: 'Sprints' }).click()
  await page.getByRole('button', { name: 'New Sprint…' }).click()
  const dialog = page.getByRole('dialog', { name: 'New Sprint' })
  await dialog.getByLabel('Sprint name').fill('Sprint 1')
  await dialog.getByLabel('Start').fill('2099-04-01')
  await dialog.getByLabel('End').fill('2099-05-10')
  await dialog.getByLabel('Sprint Goal').fill('Swimmers book a lane online')
  const rules = dialog.getByRole('list', { name: 'Scrum rules this Sprint breaks' })
  await expect(rules).toContainText('one month or less')
  await expect(rules).toContainText('2099-04-30')

  // The service refuses it too, with the same sentence and source.
  await dialog.getByRole('button', { name: 'Add Sprint' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Scrum Guide 2020, “The Sprint”')
  await expect(page.getByRole('list', { name: 'Sprints, newest first' })).toHaveCount(0)

  await dialog.getByLabel('End').fill('2099-04-30')
  await expect(rules).toBeHidden()
  await dialog.getByRole('button', { name: 'Add Sprint' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('list', { name: 'Sprints, newest first' })).toContainText('Sprint 1')
})
