import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function openJournalEntry(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Practice' }).click()
  await page.getByRole('tablist', { name: 'Practice views' }).getByRole('tab', { name: 'Journal' }).click()
  await page.getByRole('table').getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()
}

test('evidence linked from the vision keeps the text it had, after the vision is edited', async ({ page, app }) => {
  const title = 'Create an inspiring product vision and share it clearly'
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Practice' }).click()

  // The catalogue: a track, its outcomes and where each is practised.
  await page.getByRole('link', { name: 'QSPO-I', exact: true }).click()
  const card = page.getByRole('listitem', { name: title })
  await expect(card.getByRole('link', { name: 'Vision board, product box and Lean Canvas' })).toBeVisible()
  await card.getByRole('button', { name: 'Start a journal entry' }).click()
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()

  await page
    .getByRole('textbox', { name: 'Plan', exact: true })
    .fill('Share the vision board at the next Sprint Review')
  await page.getByLabel('Status').selectOption('In progress')
  await page.getByRole('button', { name: 'Save entry' }).click()
  await page.getByLabel('What you did').fill('Presented the vision board to the pool managers')
  await page.getByRole('button', { name: 'Log action' }).click()
  await expect(page.getByRole('list').filter({ hasText: 'Presented the vision board' })).toBeVisible()

  // Link the current vision.
  await page.getByLabel('Kind').selectOption('Vision version')
  const which = page.getByLabel('Which one')
  const latest = await which.locator('option', { hasText: /^Version 2 / }).textContent()
  await which.selectOption({ label: latest ?? '' })
  await page.getByLabel('Your comment (optional)').fill('The vision as I presented it')
  await page.getByRole('button', { name: 'Link evidence' }).click()
  const evidence = page.getByRole('listitem', { name: 'Vision version: Vision version 2' })
  await expect(evidence).toContainText('The vision as I presented it')
  const needRow = evidence.locator('dl > div', { hasText: 'Elevator pitch: Need' })
  const oldNeed = (await needRow.locator('dd').textContent()) ?? ''
  expect(oldNeed.length).toBeGreaterThan(0)

  // Change the vision afterwards.
  await evidence.getByRole('link', { name: 'Open the current version' }).click()
  const need = page.getByLabel('Need (who …)')
  await expect(need).toHaveValue(oldNeed)
  await need.fill('want to be sure of a lane before they leave home')
  await page.getByRole('button', { name: 'Save…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save the vision' })
  await dialog.getByLabel('Reason for the change').fill('A sharper need after the review')
  await dialog.getByRole('button', { name: 'Save version' }).click()
  await expect(dialog).toBeHidden()

  // The evidence still shows the vision as it was when linked.
  await openJournalEntry(page, title)
  const kept = page.getByRole('listitem', { name: 'Vision version: Vision version 2' })
  await expect(kept.locator('dl > div', { hasText: 'Elevator pitch: Need' }).locator('dd')).toHaveText(oldNeed)
  await expect(kept).not.toContainText('sure of a lane before they leave home')

  // Progress counts the outcome as evidenced.
  await page.getByRole('tablist', { name: 'Practice views' }).getByRole('tab', { name: 'Progress' }).click()
  const qspo = page.getByRole('region', { name: 'Qualified Scrum Product Owner I (QSPO-I)' })
  await expect(qspo.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '6%')
  await expect(qspo.getByRole('list').first()).toContainText(title)
})

test('backing up from the Products page and restoring brings back the data as it was', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Products', exact: true }).click()
  const backups = page.getByRole('region', { name: 'Backups' })
  await backups.getByRole('button', { name: 'Back up now' }).click()
  const restoreButton = backups.getByRole('button', { name: /^Restore po-studio_.*_manual\.sqlite3$/ })
  await expect(restoreButton).toBeVisible()

  await page.getByLabel('Product name').fill('Made after the backup')
  await page.getByRole('button', { name: 'Create product' }).click()
  const active = page.getByRole('region', { name: 'Active products' })
  await expect(active.getByRole('listitem', { name: 'Made after the backup' })).toBeVisible()

  await restoreButton.click()
  const confirm = page.getByRole('dialog', { name: 'Restore this backup' })
  await expect(confirm).toContainText('kept as a backup first')
  await confirm.getByRole('button', { name: 'Restore backup' }).click()

  // The app reloads on the restored database: the product made afterwards is gone, the sample is back.
  await expect(active.getByRole('listitem', { name: 'Sample: Lanes' })).toBeVisible()
  await expect(active.getByRole('listitem', { name: 'Made after the backup' })).toHaveCount(0)
  await expect(backups.getByRole('row', { name: /before-restore/ })).toBeVisible()
})

test('a CSPO learning goal links to its screen, takes an EBM experiment as evidence, and progress counts 65 goals; the glossary is one step from the help', async ({
  page,
  app
}) => {
  const title = 'Decide from feedback and progress whether to keep going with a Product Goal or change it'
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Practice' }).click()
  await page.getByRole('link', { name: 'CSPO', exact: true }).click()
  await expect(page.getByRole('list', { name: 'CSPO learning goals' }).locator(':scope > li')).toHaveCount(65)
  const card = page.getByRole('listitem', { name: title })
  await expect(card.getByRole('link', { name: 'Experiments' })).toHaveAttribute('href', /\/ebm\/experiments$/)
  await card.getByRole('button', { name: 'Start a journal entry' }).click()
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()

  await page.getByLabel('Kind').selectOption('EBM experiment')
  await page.getByLabel('Which one').selectOption({ label: 'Badges for regular swimmers — Pivot' })
  await page.getByRole('button', { name: 'Link evidence' }).click()
  const evidence = page.getByRole('listitem', { name: 'EBM experiment: Experiment: Badges for regular swimmers' })
  await expect(evidence.locator('dl > div', { hasText: 'Decision' }).first()).toContainText('Pivot')

  await page.getByRole('tablist', { name: 'Practice views' }).getByRole('tab', { name: 'Progress' }).click()
  const cspo = page.getByRole('region', { name: 'Certified Scrum Product Owner (CSPO)' })
  await expect(cspo).toContainText('1 of 65 learning goals has evidence')

  // The help leads to the glossary, which narrows as one types.
  await page.keyboard.press('?')
  await page.getByRole('dialog', { name: 'Help' }).getByRole('button', { name: 'Open the glossary' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
  await page.getByLabel('Search the glossary').fill('ready')
  await expect(page.getByRole('status').filter({ hasText: 'terms match' })).toContainText('match “ready”')
  await expect(page.getByRole('term').first()).toHaveText('Definition of Ready')
  await expect(page.getByRole('definition').first()).toContainText('Course practice, not in the guides')
})
