import { expect, test } from './fixtures'

test('a Business Model Canvas is saved as versions, two versions compare block by block, and a version is linked as evidence for an assignment', async ({
  page,
  emptyApp
}) => {
  await page.goto(emptyApp.url)
  await page.getByLabel('Product name').fill('Pool booking')
  await page.getByRole('button', { name: 'Create product' }).click()
  await expect(page.getByRole('combobox', { name: 'Product', exact: true })).toHaveValue(/.+/)
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Strategy' }).click()
  await expect(page.getByRole('tab', { name: 'Business Model Canvas', selected: true })).toBeVisible()

  await page.getByRole('button', { name: 'Start a Business Model Canvas…' }).click()
  const start = page.getByRole('dialog', { name: 'New Business Model Canvas' })
  await start.getByLabel('Title').fill('Lanes at the pools')
  await start.getByRole('button', { name: 'Start the canvas' }).click()
  await expect(start).toBeHidden()

  // The blocks are reached in the canvas's reading order from the keyboard.
  await page.getByLabel('Key partners').fill('The leisure trust')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Key activities')).toBeFocused()
  await page.getByLabel('Customer segments').fill('Lane swimmers')
  await page.getByLabel('Revenue streams').fill('Swim fees')
  const saveVersion = async (reason: string) => {
    await page.getByRole('button', { name: 'Save…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Save the Business Model Canvas' })
    await dialog.getByLabel('Reason for the change').fill(reason)
    await dialog.getByRole('button', { name: 'Save version' }).click()
    await expect(dialog).toBeHidden()
  }
  await saveVersion('First model with the pool managers')
  await expect(page.getByText('Version 1, saved')).toBeVisible()

  await page.getByLabel('Customer segments').fill('Lane swimmers\nParents booking lessons')
  await expect(page.getByText('Unsaved changes.')).toBeVisible()
  await saveVersion('Interviews: parents book the lessons')
  await expect(page.getByText(/Version 2, saved .*Interviews: parents book the lessons/)).toBeVisible()
  await expect(page.getByLabel('Customer segments')).toHaveValue('Lane swimmers\nParents booking lessons')

  await page.getByRole('tab', { name: 'Versions' }).click()
  const versions = page.getByRole('list', { name: 'Saved versions, newest first' }).getByRole('listitem')
  await expect(versions).toHaveCount(2)
  await expect(versions.first()).toContainText('Changed: Customer segments')
  await page.getByRole('button', { name: 'Compare' }).click()
  const table = page.getByRole('table', { name: /Version 1 compared with version 2/ })
  await expect(
    table.getByRole('row', { name: /Customer segments/ }).locator('ins', { hasText: 'Parents booking lessons' })
  ).toHaveCount(1)
  await expect(page.getByText('1 field differs between version 1 and version 2.')).toBeVisible()

  // Link the first version to the PSPO assignment on making assumptions explicit.
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Practice' }).click()
  await page.getByRole('link', { name: 'PSPO', exact: true }).click()
  await page
    .getByRole('listitem', { name: 'Make assumptions explicit' })
    .getByRole('button', { name: 'Start a journal entry' })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: 'Make assumptions explicit' })).toBeVisible()
  await page.getByLabel('Kind').selectOption('Strategy canvas version')
  const which = page.getByLabel('Which one')
  const first = await which
    .locator('option', { hasText: 'Business Model Canvas: Lanes at the pools, version 1 ' })
    .textContent()
  await which.selectOption({ label: first ?? '' })
  await page.getByLabel('Your comment (optional)').fill('The model before the interviews')
  await page.getByRole('button', { name: 'Link evidence' }).click()
  const evidence = page.getByRole('listitem', {
    name: 'Strategy canvas version: Business Model Canvas: Lanes at the pools, version 1'
  })
  await expect(evidence).toContainText('The model before the interviews')
  await expect(evidence.locator('dl > div', { hasText: 'Customer segments' }).locator('dd')).toHaveText('Lane swimmers')
  await evidence.getByRole('link', { name: 'Open the current version' }).click()
  await expect(page.getByRole('tab', { name: 'Business Model Canvas', selected: true })).toBeVisible()
})

test('competitors are scored from the keyboard and the totals follow; the cost of ownership sits beside the EBM measures', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Strategy' }).click()
  await page.getByRole('tab', { name: 'Competitors' }).click()
  const table = page.getByRole('table', { name: /Scores from 1 \(poor\) to 5 \(excellent\)/ })
  const totals = table.locator('tfoot')
  await expect(totals).toContainText('of 50')
  const swimbookTotal = totals.locator('td').nth(1)
  const before = await swimbookTotal.textContent()

  // SwimBook reaches all six pools after all: 2 → 5 on a criterion weighed ×3 adds 9.
  const score = table.getByRole('combobox', { name: 'Score of SwimBook on Works at all six pools' })
  await score.focus()
  await score.selectOption('5')
  const points = (text: string | null) => Number(/^(\d+) of/.exec(text ?? '')?.[1])
  await expect.poll(async () => points(await swimbookTotal.textContent())).toBe(points(before) + 9)
  await expect(table.getByRole('row', { name: /Works at all six pools/ })).toContainText('best')

  await page.getByRole('form', { name: 'Add a criterion' }).getByLabel('Name').fill('Works offline at the desk')
  await page.getByLabel('Weight', { exact: true }).selectOption('×2')
  await page.getByRole('button', { name: 'Add criterion' }).click()
  await expect(table.getByRole('row', { name: /Works offline at the desk/ })).toBeVisible()
  await expect(totals).toContainText('1 not scored')

  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Evidence-Based Management' }).click()
  await page
    .getByRole('tablist', { name: 'Evidence-Based Management sections' })
    .getByRole('tab', { name: 'Measures' })
    .click()
  const tco = page.getByRole('region', { name: 'Total cost of ownership' })
  await expect(tco).toContainText('EBM Guide 2024, “Current Value”')
  const year = tco.locator('dl > div', { hasText: 'Recurring, over a year' }).locator('dd')
  const yearBefore = Number(((await year.textContent()) ?? '').replace(/,/g, ''))
  await tco.getByRole('form', { name: 'Add a cost item' }).getByLabel('Name').fill('Error monitoring')
  await tco.getByLabel('Category').selectOption('Licence')
  await tco.getByLabel('Amount').fill('50')
  await tco.getByLabel('Period').selectOption('Monthly')
  await tco.getByRole('button', { name: 'Add cost' }).click()
  await expect(tco.getByRole('row', { name: /Error monitoring/ })).toBeVisible()
  await expect(year).toHaveText((yearBefore + 600).toLocaleString('en'))

  await tco.getByRole('button', { name: 'Edit the cost Error monitoring' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit the cost Error monitoring' })
  await edit.getByLabel('Amount').fill('80')
  await edit.getByRole('button', { name: 'Save cost' }).click()
  await expect(edit).toBeHidden()
  await expect(year).toHaveText((yearBefore + 960).toLocaleString('en'))
})

test('a technical strategy is saved as a version and named beside the cost of ownership; an influence added from the keyboard lands in its quadrant', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Strategy' }).click()
  await page.getByRole('tab', { name: 'Technical strategy' }).click()
  await expect(page.getByRole('combobox', { name: 'Technical strategy', exact: true })).toHaveValue(/.+/)
  const retired = page.getByLabel('What will be retired')
  await retired.fill(`${await retired.inputValue()}\nThe second payment provider, after the renewal`)
  await page.getByRole('button', { name: 'Save…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save the Technical strategy' })
  await dialog.getByLabel('Reason for the change').fill('One payment provider is enough')
  await dialog.getByRole('button', { name: 'Save version' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText(/Version 2, saved .*One payment provider is enough/)).toBeVisible()

  // The cost of ownership names the strategy that keeps it in check and leads back to it.
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Evidence-Based Management' }).click()
  await page
    .getByRole('tablist', { name: 'Evidence-Based Management sections' })
    .getByRole('tab', { name: 'Measures' })
    .click()
  const strategy = page.getByRole('region', { name: 'Technical strategy' })
  await expect(strategy).toContainText('version 2')
  await expect(strategy).toContainText('One payment provider is enough')
  await strategy.getByRole('link', { name: 'Keeping Lanes affordable' }).click()
  await expect(page.getByRole('tab', { name: 'Technical strategy', selected: true })).toBeVisible()

  // A factor added without the mouse: name, both ratings from their lists, a note, then Enter.
  await page.getByRole('tab', { name: 'Influences' }).click()
  const form = page.getByRole('form', { name: 'Add a factor' })
  await form.getByLabel('Factor').focus()
  await page.keyboard.type('Staff turnover at the front desk')
  await page.keyboard.press('Tab')
  await expect(form.getByLabel('Predictability')).toBeFocused()
  await page.keyboard.type('1')
  await expect(form.getByLabel('Predictability')).toHaveValue('1')
  await page.keyboard.press('Tab')
  await expect(form.getByLabel('Control')).toBeFocused()
  await page.keyboard.type('4')
  await expect(form.getByLabel('Control')).toHaveValue('4')
  await page.keyboard.press('Tab')
  await page.keyboard.type('New desk staff need the tablet explained')
  await page.keyboard.press('Enter')

  const row = page.getByRole('row', { name: /Staff turnover at the front desk/ })
  await expect(row).toContainText('Experiment and steer')
  await expect(form.getByLabel('Factor')).toHaveValue('')
  const steer = page.getByRole('region', { name: /Experiment and steer/ })
  await expect(steer.getByRole('listitem').filter({ hasText: 'Staff turnover at the front desk' })).toBeVisible()
  await expect(steer).toContainText('Scrum Guide 2020, “Scrum Theory”')
  await expect(page.getByRole('region', { name: /Sense and adapt/ })).not.toContainText('Staff turnover')
})
