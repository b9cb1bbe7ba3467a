import { expect, test } from './fixtures'

test('every area’s views are one kind of tabs: a tab list, a panel named by its tab, and the arrow keys move between them', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Practice' }).click()
  const tabs = page.getByRole('tablist', { name: 'Practice views' })
  const tracks = tabs.getByRole('tab', { name: 'Course tracks' })
  await expect(tracks).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tabpanel', { name: 'Course tracks' })).toBeVisible()
  // One tab stop: only the selected tab is in the tab order.
  await expect(tabs.getByRole('tab', { name: 'Journal' })).toHaveAttribute('tabindex', '-1')

  await tracks.focus()
  await page.keyboard.press('ArrowRight')
  const journal = tabs.getByRole('tab', { name: 'Journal' })
  await expect(journal).toBeFocused()
  await expect(journal).toHaveAttribute('aria-selected', 'true')
  await expect(page).toHaveURL(/#\/practice\/journal$/)
  await expect(page.getByRole('tabpanel', { name: 'Journal' })).toBeVisible()
  await page.keyboard.press('End')
  await expect(tabs.getByRole('tab', { name: 'Progress' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(tracks).toBeFocused()
  await expect(tracks).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowLeft')
  await expect(tabs.getByRole('tab', { name: 'Progress' })).toHaveAttribute('aria-selected', 'true')

  // The same component in the other areas with views of their own.
  for (const [area, list, second] of [
    ['Backlog', 'Backlog views', 'Story map'],
    ['Flow & Forecast', 'Flow and forecast views', 'Board'],
    ['Evidence-Based Management', 'Evidence-Based Management sections', 'Measures']
  ] as const) {
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area, exact: true }).click()
    const first = page.getByRole('tablist', { name: list }).getByRole('tab', { selected: true })
    await first.focus()
    await page.keyboard.press('ArrowRight')
    await expect(
      page.getByRole('tablist', { name: list }).getByRole('tab', { name: second, exact: true })
    ).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('tabpanel', { name: second, exact: true })).toBeVisible()
  }
})
