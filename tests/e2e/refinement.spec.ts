import type { Page } from '@playwright/test'
import { expect, test, type RunningApp } from './fixtures'
import { serverApi } from './pages/server'
import { backlogList as backlog, backlogRowTitles as rowTitles } from './pages/backlog'

async function openRefinement(page: Page, app: RunningApp) {
  await page.goto(app.url)
  await page.getByRole('tab', { name: 'Refinement', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Not ready yet, from the top' })).toBeVisible()
  const first = page.locator('.refine-row').first()
  return (await first.getAttribute('aria-label')) as string
}

test('a story is split into children under it; undo takes the split back and redo brings it again', async ({
  page,
  app
}) => {
  const title = await openRefinement(page, app)
  await page.getByRole('button', { name: `Split ${title}` }).click()
  const dialog = page.getByRole('dialog', { name: `Split “${title}”` })
  await dialog.getByLabel('Create, read, update, delete').check()
  await expect(dialog.getByLabel('Title of new item 4')).toHaveValue(/^.+$/)
  await dialog.getByRole('button', { name: 'Remove new item 4' }).click()
  await dialog.getByRole('button', { name: 'Remove new item 3' }).click()
  await dialog.getByLabel('Title of new item 1').fill('Book a lane from the timetable')
  await dialog.getByLabel('Title of new item 2').fill('See my lane bookings in one list')
  await dialog.getByLabel('Estimate of new item 2').selectOption('3')
  await dialog.getByRole('button', { name: 'Split into 2 items' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('tab', { name: 'Items', exact: true }).click()
  const children = ['Book a lane from the timetable', 'See my lane bookings in one list']
  await expect(backlog(page).getByRole('listitem', { name: children[1] })).toBeVisible()
  const order = await rowTitles(page)
  expect(order.slice(order.indexOf(title), order.indexOf(title) + 3)).toEqual([title, ...children])

  await page.getByRole('button', { name: /^Undo split of/ }).click()
  await expect(backlog(page).getByRole('listitem', { name: children[0] })).toHaveCount(0)
  await expect(backlog(page).getByRole('listitem', { name: title })).toBeVisible()

  // Redo from the keyboard, with the focus outside any text field.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+Shift+Z')
  await expect(backlog(page).getByRole('listitem', { name: children[0] })).toBeVisible()
  await page.reload()
  await expect(backlog(page).getByRole('listitem', { name: children[1] })).toBeVisible()
})

test('a story dragged to another step and slice of the map stays there after a reload', async ({ page, app }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(app.url)
  await page.getByRole('tab', { name: 'Story map', exact: true }).click()
  const story = 'As a lane swimmer, I want to filter sessions by lane speed, so that I only see sessions I can swim in'
  const fromName = 'Find a swim › Browse sessions, Release 1: book with confidence'
  const toName = 'Book › Pay, Release 2: fewer empty lanes'
  const cell = (name: string) => page.getByRole('region', { name })
  await expect(cell(fromName).getByRole('listitem', { name: story })).toBeVisible()

  await cell(toName).scrollIntoViewIfNeeded()
  const start = (await cell(fromName)
    .getByRole('button', { name: `Drag ${story}` })
    .boundingBox())!
  const target = (await cell(toName).boundingBox())!
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2)
  await page.mouse.down()
  await page.mouse.move(start.x + 20, start.y + 20, { steps: 5 })
  await page.mouse.move(target.x + target.width / 2, target.y + 20, { steps: 15 })
  await page.mouse.up()
  await expect(cell(toName).getByRole('listitem', { name: story })).toBeVisible()

  await page.reload()
  await expect(cell(toName).getByRole('listitem', { name: story })).toBeVisible()
  await expect(cell(fromName).getByRole('listitem', { name: story })).toHaveCount(0)

  // The keyboard way: the move dialog.
  await page.getByRole('button', { name: `Move ${story}` }).click()
  const dialog = page.getByRole('dialog', { name: `Move “${story}”` })
  await dialog.getByLabel('Step', { exact: true }).selectOption({ label: 'Change or cancel' })
  await dialog.getByLabel('Release slice').selectOption({ label: 'No release yet' })
  await dialog.getByRole('button', { name: 'Move', exact: true }).click()
  await expect(
    cell('Manage bookings › Change or cancel, No release yet').getByRole('listitem', { name: story })
  ).toBeVisible()
})

test('Planning Poker records the agreed estimate on the item', async ({ page, app }) => {
  const title = await openRefinement(page, app)
  await page.getByRole('button', { name: `Estimate ${title} with Planning Poker` }).click()
  await page.getByLabel('Participants, one per line').fill('Ana\nBen\nCleo')
  await page.getByRole('button', { name: 'Start voting' }).click()

  await page.getByRole('button', { name: 'Vote 5', exact: true }).click()
  await page.getByRole('button', { name: 'I am Ben: show the cards' }).click()
  await page.getByRole('button', { name: 'Vote 8', exact: true }).click()
  await page.getByRole('button', { name: 'I am Cleo: show the cards' }).click()
  await page.getByRole('button', { name: 'Vote 20', exact: true }).click()
  await page.getByRole('button', { name: 'Reveal the cards' }).click()
  await expect(page.getByText('The cards range from 5 to 20')).toBeVisible()
  await expect(page.getByText('Hear Cleo first')).toBeVisible()

  await page.getByRole('button', { name: 'Vote again' }).click()
  for (const [vote, next] of [
    ['5', 'Ben'],
    ['8', 'Cleo']
  ] as const) {
    await page.getByRole('button', { name: `Vote ${vote}`, exact: true }).click()
    await page.getByRole('button', { name: `I am ${next}: show the cards` }).click()
  }
  await page.getByRole('button', { name: 'Vote 8', exact: true }).click()
  await page.getByRole('button', { name: 'Reveal the cards' }).click()
  await expect(page.getByLabel('Agreed estimate')).toHaveValue('8')
  await page.getByRole('button', { name: 'Save the estimate' }).click()
  await expect(page.getByText(`Saved 8 as the estimate of “${title}”.`)).toBeVisible()

  const products = await serverApi(page.request, app).call('products.list', {})
  const items = await serverApi(page.request, app).call('backlog.list', { productId: products[0]!.id })
  expect(items.find((i) => i.title === title)?.estimate).toBe(8)
  await expect(page.getByRole('button', { name: /^Undo estimate change of “/ })).toBeVisible()
})
