import { expect, test } from './fixtures'

test('a Sprint Review is prepared, feedback is captured per person and held; a piece of feedback becomes an item that shows who asked', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Vision & Goals' }).click()
  await page.getByRole('tab', { name: 'Sprint Review' }).click()
  // The screen opens on a Sprint under way; the sample's two teams share dates, so choose Team Lanes' one.
  await expect(page.getByRole('heading', { name: /^Sprint Review of / })).toBeVisible()
  const sprint = page.getByRole('combobox', { name: 'Sprint', exact: true })
  await sprint.selectOption((await sprint.locator('option', { hasText: /^Sprint 7 \(/ }).getAttribute('value'))!)
  await expect(page.getByRole('heading', { name: 'Sprint Review of Sprint 7' })).toBeVisible()

  await page.getByRole('button', { name: 'Prepare the Sprint Review' }).click()
  const agenda = page.getByRole('region', { name: 'Agenda' })
  await expect(agenda).toContainText('working session with the stakeholders, not a presentation')
  await expect(agenda).toContainText('Scrum Guide 2020, “Sprint Review”')
  await expect(agenda.getByRole('region', { name: '2. The Increment' })).toContainText('met the Definition of Done')
  await expect(agenda.getByRole('region', { name: '3. Towards the Product Goal' })).toContainText('serving it are done')
  await expect(page.getByText('Prepared', { exact: true })).toBeVisible()

  await page.getByLabel('Invite a stakeholder').selectOption({ label: 'Grace Lim (Operations lead)' })
  await page.getByRole('button', { name: 'Invite', exact: true }).click()
  const people = page.getByRole('list', { name: 'Feedback per person' })
  await expect(people.getByRole('heading', { name: /Grace Lim/ })).toBeVisible()

  // Keyboard-fast: choose the person, type, Enter; the text field keeps the focus for the next remark.
  const said = page.getByLabel('What they said')
  await page.getByLabel('Who', { exact: true }).selectOption({ label: 'Tom Price' })
  await said.fill('Show phone numbers on the no-show list')
  await said.press('Enter')
  await expect(people.getByText('Show phone numbers on the no-show list')).toBeVisible()
  await expect(said).toBeFocused()
  await expect(said).toHaveValue('')
  await page.getByLabel('Who', { exact: true }).selectOption({ label: 'Grace Lim' })
  await said.fill('Weekly no-show totals per pool')
  await said.press('Enter')
  await expect(people.getByText('Weekly no-show totals per pool')).toBeVisible()
  // Tom gave feedback without being invited: he is there now.
  await expect(people.getByRole('heading', { name: /Tom Price/ })).toBeVisible()

  await page.getByRole('button', { name: 'Make an item from “Show phone numbers on the no-show list”' }).click()
  const dialog = page.getByRole('dialog', { name: 'Make an item from feedback' })
  await expect(dialog.getByLabel('Title')).toHaveValue('Show phone numbers on the no-show list')
  await dialog.getByLabel('Title').fill('Phone numbers on the no-show list')
  await dialog.getByRole('button', { name: 'Add the item' }).click()
  await expect(dialog).toBeHidden()
  const made = people.getByRole('link', { name: 'Became “Phone numbers on the no-show list”' })
  await expect(made).toBeVisible()

  await page.getByRole('radio', { name: 'Met', exact: true }).check()
  await page.getByLabel('Review notes').fill('Duty managers want to call no-shows before the session.')
  await page.getByRole('button', { name: 'Hold and close the review' }).click()
  await expect(page.getByText(/^Held on /)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Prepare again' })).toHaveCount(0)

  await page.getByLabel('New improvement action').fill('Send the agenda a day ahead')
  await page.getByLabel('New improvement action').press('Enter')
  await expect(page.getByRole('checkbox', { name: 'Send the agenda a day ahead' })).not.toBeChecked()
  await page.getByRole('checkbox', { name: 'Send the agenda a day ahead' }).click()
  await expect(page.getByRole('checkbox', { name: 'Send the agenda a day ahead' })).toBeChecked()

  // The item says who asked for it.
  await made.click()
  const askedBy = page.getByRole('region', { name: 'Asked for by' })
  await expect(askedBy).toContainText('Tom Price')
  await expect(askedBy).toContainText('at the Sprint Review of Sprint 7')
  await expect(askedBy).toContainText('“Show phone numbers on the no-show list”')

  // And the stakeholder shows what they asked for, and the review in the contact log.
  await page.getByRole('link', { name: 'Customers & Stakeholders' }).click()
  await page.getByRole('tab', { name: 'Stakeholder map' }).click()
  await page.getByRole('row', { name: 'Tom Price' }).getByRole('button', { name: 'Tom Price', exact: true }).click()
  await expect(page.getByRole('region', { name: 'What Tom Price asked for' })).toContainText(
    'Became “Phone numbers on the no-show list”'
  )
  await expect(page.getByRole('region', { name: 'Contact log' })).toContainText(
    'Sprint Review of Sprint 7: Show phone numbers on the no-show list'
  )
})
