import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** WCAG 2.1 A and AA; a serious or critical finding fails, the rest are listed in the attachment. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const BLOCKING = new Set(['serious', 'critical'])

interface ScreenResult {
  screen: string
  blocking: string[]
  minor: number
}

async function settle(page: Page): Promise<void> {
  await expect(page.locator('main [aria-busy="true"], main [role="status"]:has-text("Loading")')).toHaveCount(0, {
    timeout: 20_000
  })
}

async function audit(page: Page, screen: string): Promise<ScreenResult> {
  await settle(page)
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const blocking = violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`
    )
  return { screen, blocking, minor: violations.length - blocking.length }
}

/** An area's own sub-navigation: an ARIA tab list, or a nav of links for views with their own address. */
function subViews(page: Page) {
  return page
    .locator('main')
    .locator('[role="tablist"] [role="tab"], nav a')
    .first()
    .locator('xpath=ancestor::*[@role="tablist" or self::nav][1]')
}

/** Every area from the navigation, and every view of each area's own tabs or sub-navigation. */
async function auditEveryScreen(page: Page): Promise<ScreenResult[]> {
  const results: ScreenResult[] = []
  const nav = page.getByRole('navigation', { name: 'Areas' })
  const areas = await nav.getByRole('link').allTextContents()
  for (const area of areas) {
    await nav.getByRole('link', { name: area, exact: true }).click()
    await expect(nav.getByRole('link', { name: area, exact: true })).toHaveAttribute('aria-current', 'page')
    await settle(page)
    const views = subViews(page)
    const names = (await views.count()) > 0 ? await views.locator('[role="tab"], a').allTextContents() : []
    if (names.length === 0) results.push(await audit(page, area))
    for (const name of names) {
      await views.locator('[role="tab"], a').filter({ hasText: name }).first().click()
      results.push(await audit(page, `${area} › ${name}`))
    }
  }
  return results
}

for (const theme of ['light', 'dark'] as const) {
  test(`every screen of the sample product passes an axe audit in the ${theme} theme`, async ({
    page,
    app
  }, testInfo) => {
    test.setTimeout(600_000)
    await page.emulateMedia({ colorScheme: theme })
    await page.goto(app.url)
    await expect(page.getByRole('list', { name: 'Product Backlog' }).getByRole('listitem').first()).toBeVisible()
    const toggle = page.getByRole('button', { name: /^(Dark|Light) theme$/ })
    if ((await toggle.textContent()) === (theme === 'dark' ? 'Dark theme' : 'Light theme')) await toggle.click()
    await expect(toggle).toHaveText(theme === 'dark' ? 'Light theme' : 'Dark theme')

    const results = await auditEveryScreen(page)
    const table = results.map((r) => `${r.screen}: ${r.blocking.length} serious/critical, ${r.minor} other`).join('\n')
    await testInfo.attach(`axe-${theme}.txt`, { body: table, contentType: 'text/plain' })
    expect(results.length).toBeGreaterThan(30)
    const failures = results
      .filter((r) => r.blocking.length > 0)
      .map((r) => `${r.screen}\n  ${r.blocking.join('\n  ')}`)
    expect(failures, failures.join('\n')).toEqual([])
  })
}
