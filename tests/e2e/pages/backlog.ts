import type { Page } from '@playwright/test'

/** The Product Backlog list: one list item per visible row, named by the item's title. */
export const backlogList = (page: Page) => page.getByRole('list', { name: 'Product Backlog' })

/** The titles of the rows the list holds in the page right now, top to bottom. */
export const backlogRowTitles = (page: Page) =>
  backlogList(page)
    .getByRole('listitem')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')))

/** The open item's details panel, named by the item's key ("Item POOL-12 · position 3"). */
export const itemDetails = (page: Page) => page.getByRole('complementary', { name: /^Item [A-Z][A-Z0-9]*-\d+/ })
