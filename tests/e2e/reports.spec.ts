import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, test, type RunningApp } from './fixtures'

async function openReports(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Reports' }).click()
  await expect(page.getByRole('heading', { name: /^Reports/ })).toBeVisible()
}

/** Clicks a button that downloads a file and saves the file in a temporary folder. */
async function downloadFrom(page: Page, button: string): Promise<string> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const download = await downloading
  const file = join(mkdtempSync(join(tmpdir(), 'po-studio-report-e2e-')), download.suggestedFilename())
  await download.saveAs(file)
  return file
}

test('an exported HTML report opens on its own with no console errors and no network requests', async ({
  page,
  app
}) => {
  await openReports(page, app)
  await page.getByLabel('Author').fill('Robin Graduate')
  await page.getByLabel('Course track').selectOption('PSPO')
  await page.getByRole('button', { name: 'Preview' }).click()
  const preview = page.frameLocator('iframe[title="Report preview"]')
  await expect(preview.getByRole('heading', { name: /Flow and forecasts/ })).toBeVisible()
  await expect(preview.getByText('Robin Graduate')).toBeVisible()

  const file = await downloadFrom(page, 'Download HTML')
  expect(file).toMatch(/\.html$/)

  const reader = await page.context().newPage()
  const errors: string[] = []
  const requests: string[] = []
  reader.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  reader.on('pageerror', (error) => errors.push(error.message))
  reader.on('request', (request) => requests.push(request.url()))
  const url = pathToFileURL(file).href
  await reader.goto(url)
  await expect(reader.getByRole('heading', { name: 'Contents' })).toBeVisible()
  for (const title of [
    'Vision and goals',
    'Backlog health',
    'Ordering and its rationale',
    'Evidence-Based Management',
    'Flow and forecasts',
    'Personas and stakeholders',
    'Assignments, evidence and reflections'
  ])
    await expect(reader.getByRole('link', { name: new RegExp(title) })).toBeVisible()
  await expect(reader.locator('svg.chart').first()).toBeVisible()
  expect(errors).toEqual([])
  expect(requests).toEqual([url])
})

test('a coach reviews a report with a verdict per assignment and overall, and the graduate sees both beside the section and in the journal entry', async ({
  page,
  app
}) => {
  await openReports(page, app)
  const report = await downloadFrom(page, 'Download HTML')

  await page.getByRole('tab', { name: 'Review a report' }).click()
  await page.getByLabel(/Open a report/).setInputFiles(report)
  const opened = page.frameLocator('iframe[title^="Report:"]')
  await expect(opened.getByRole('heading', { name: /Vision and goals/ })).toBeVisible()
  // What the coach reads beyond the assignments: plans, agreements, Kano, progress per track and what each assignment asks.
  for (const heading of [
    'Roadmaps',
    'OKRs',
    'Definitions of Ready and Done',
    'Story map',
    'Kano results',
    'Progress per track'
  ])
    await expect(opened.getByRole('heading', { name: heading, exact: true })).toBeVisible()
  await expect(opened.getByRole('table', { name: 'Evidence per course track' })).toContainText('65')
  await expect(opened.locator('article.assignment').first()).toContainText('What it asks:')
  await page.getByLabel('Flow and forecasts').fill('Tie the SLE to the release date.')
  await page
    .getByRole('textbox', { name: 'Assignment: Strategise your releases' })
    .fill('Compare the forecast with the velocity plan next time.')
  await page.getByLabel('Verdict on “Strategise your releases”').selectOption({ label: 'Not there yet' })
  await page.getByLabel('Verdict on “Make assumptions explicit”').selectOption({ label: 'Meets the expectations' })
  await page.getByLabel('Meets the expectations').check()
  await page.getByLabel('Assessment').fill('Clear evidence throughout.')
  await page.getByLabel('Reviewer').fill('Coach Casey')
  const review = await downloadFrom(page, 'Export review file')
  const file = JSON.parse(readFileSync(review, 'utf8')) as { comments: Array<{ label: string; verdict?: string }> }
  expect(file).toMatchObject({ reviewer: 'Coach Casey', assessment: { verdict: 'meets' } })
  expect(file.comments.find((c) => c.label === 'Strategise your releases')?.verdict).toBe('not-yet')
  expect(file.comments.find((c) => c.label === 'Make assumptions explicit')?.verdict).toBe('meets')

  await page.getByRole('tab', { name: 'Coach reviews' }).click()
  // The sample arrives with its coach's review of an earlier report.
  await expect(
    page.getByRole('article', { name: /Robin, PSPO coach/ }).getByText('Overall: Partly there')
  ).toBeVisible()
  await page.getByLabel(/Import a review file/).setInputFiles(review)
  const card = page.getByRole('article', { name: /Coach Casey/ })
  await expect(card.getByText('Overall: Meets the expectations')).toBeVisible()
  await expect(card.getByRole('term').filter({ hasText: 'Assignment: Strategise your releases' })).toContainText(
    'Not there yet'
  )
  await expect(card.getByRole('term').filter({ hasText: 'Assignment: Make assumptions explicit' })).toContainText(
    'Meets the expectations'
  )
  const flow = card.locator('[data-section="flow"]')
  await expect(flow.getByRole('term')).toHaveText('Flow and forecasts')
  await expect(flow.getByRole('definition')).toHaveText('Tie the SLE to the release date.')
  await expect(card.getByRole('alert')).toHaveCount(0)

  // The assignment's comment also shows in its journal entry.
  await page.getByRole('link', { name: 'Practice' }).click()
  await page.getByRole('tablist', { name: 'Practice views' }).getByRole('tab', { name: 'Journal' }).click()
  await page.getByRole('link', { name: 'Strategise your releases' }).click()
  const comments = page.getByRole('region', { name: /Coach comments/ })
  await expect(comments).toContainText('Coach Casey')
  await expect(comments).toContainText('Compare the forecast with the velocity plan next time.')
  await expect(comments).toContainText('This assignment: Not there yet · overall: Meets the expectations')
})
