import { expect, test } from './fixtures'

/** A day `n` days from today, as the server counts days (UTC). */
const daysAhead = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)

test('the riskiest assumption becomes an experiment in one step, and EBM shows which assumption it tests', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Discovery' }).click()
  await page.getByRole('tab', { name: 'Assumption map' }).click()

  const next = page.getByRole('region', { name: 'Test this next' })
  await expect(next).toContainText('Parents will book and pay for a whole term of lessons online')
  await expect(
    page.getByRole('region', { name: /^Test first:/ }).getByRole('button', { name: /^1 Parents will book and pay/ })
  ).toBeVisible()
  await next.getByRole('button', { name: 'Make it an experiment…' }).click()

  // The form starts from the assumption: its title, and "we believe" in its words.
  await expect(page.getByLabel('Title')).toHaveValue(
    'Parents will book and pay for a whole term of lessons online instead of queuing at the desk'
  )
  await page.getByLabel('Title').fill('Term booking online')
  await page
    .getByLabel('will result in (the outcome)')
    .fill('fewer parents queuing at the desk on the first day of term')
  await page.getByLabel('We will know when (measure)').selectOption({ label: 'Customer usage index' })
  await page.getByLabel(/^reaches/).fill('60')
  await page.getByLabel('by (date)').fill(daysAhead(30))
  await expect(page.locator('.ebm-preview')).toContainText(
    'We believe parents will book and pay for a whole term of lessons online instead of queuing at the desk will result in'
  )
  await page.getByRole('button', { name: 'Make it an experiment', exact: true }).click()

  // The assumption shows its experiment, and the next riskiest one is offered.
  const row = page.getByRole('row', { name: /Parents will book and pay/ })
  await expect(row.getByRole('link', { name: 'Term booking online' })).toBeVisible()
  await expect(next).not.toContainText('Parents will book and pay')

  await row.getByRole('link', { name: 'Term booking online' }).click()
  const card = page.getByRole('article', { name: 'Term booking online' })
  await expect(card).toBeVisible()
  await expect(card).toContainText('Tests the assumption')
  await expect(card.getByRole('link', { name: /^Parents will book and pay for a whole term/ })).toBeVisible()
  await expect(card.locator('.ebm-hypothesis')).toContainText(`reaches 60% by ${daysAhead(30)}`)
})

test('an interview is logged with who, what was learned and its evidence, linked to an assumption', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Discovery' }).click()
  await page.getByRole('tab', { name: 'Interviews & feedback' }).click()
  const log = page.getByRole('list', { name: 'Interviews and feedback, newest first' })
  await expect(log.getByRole('article').first()).toContainText('Reception log at Millbrook')

  await page.getByRole('button', { name: 'Log an interview…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Log an interview or feedback' })
  await dialog.getByRole('button', { name: 'Add to the log' }).click()
  // The errors name the fields as the form shows them.
  await expect(dialog.getByRole('alert')).toContainText('What you learned')
  await dialog.getByLabel('What you learned').fill('No-shows cluster on Monday mornings')
  await dialog.getByRole('button', { name: 'Add to the log' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Person: Choose a persona or stakeholder, or write a name')
  await dialog.getByLabel('Stakeholder').selectOption({ label: 'Grace Lim' })
  await dialog.getByLabel('Evidence', { exact: true }).fill('Twelve weeks of the no-show list')
  await dialog.getByRole('checkbox', { name: /^Check-in can keep working/ }).check()
  await dialog.getByRole('button', { name: 'Add to the log' }).click()
  await expect(dialog).toBeHidden()
  const entry = log.getByRole('article', { name: 'Interview with Grace Lim' })
  await expect(entry).toContainText('No-shows cluster on Monday mornings')
  await expect(entry).toContainText('Check-in can keep working at the desk')
})

test('the product definition is saved as a new version with its reason and compared with the one before', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Discovery' }).click()
  await page.getByRole('tab', { name: 'Product definition' }).click()
  await expect(page.getByText('Version 2, saved')).toBeVisible()
  await page.getByLabel('Product Owner').fill('The trust’s digital lead, with the operations lead as deputy')
  await page.getByRole('button', { name: 'Save…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save the product definition' })
  await dialog.getByLabel('Reason for the change').fill('A deputy for holidays')
  await dialog.getByRole('button', { name: 'Save version' }).click()
  await expect(page.getByText('Version 3, saved')).toBeVisible()
  await page.getByRole('button', { name: 'Compare' }).click()
  const table = page.locator('.diff-table')
  await expect(table.getByRole('rowheader', { name: /^Product Owner/ })).toBeVisible()
  // Word by word: the added words are marked, the removed ones struck through.
  await expect(table.locator('ins').last()).toContainText('operations lead as deputy')
  await expect(table.locator('del').last()).toContainText('one Product Backlog for all six pools')
})
