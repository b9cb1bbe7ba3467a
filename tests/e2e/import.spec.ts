import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { FILE_TOO_LARGE } from '../../src/shared/api/limits'
import { encodeText } from '../../src/shared/domain/csv'
import { expect, test, type RunningApp } from './fixtures'
import { serverApi } from './pages/server'
import { backlogList as backlog, backlogRowTitles as rowTitles } from './pages/backlog'

const JIRA = resolve(import.meta.dirname, '../fixtures/jira-export.csv')
const CARD = 'As a shopper, I want to pay by card, so that I can finish my order'
const RECEIPT = 'As a shopper, I want a receipt by email, so that I have proof'
const REFUND = 'Refund fails for gift cards'

async function serverStates(page: Page, app: RunningApp): Promise<Record<string, string>> {
  const api = serverApi(page.request, app)
  const [product] = await api.call('products.list', {})
  const states = await api.call('workflow.list', { productId: product!.id })
  const items = await api.call('backlog.list', { productId: product!.id })
  return Object.fromEntries(items.map((i) => [i.title, states.find((s) => s.id === i.stateId)!.name]))
}

test('a Jira export is previewed, imported, searched by a word in a criterion, and two items change status together', async ({
  page,
  emptyApp
}) => {
  await page.goto(emptyApp.url)
  await page.getByLabel('Product name').fill('Shop')
  await page.getByRole('button', { name: 'Create product' }).click()
  await page.getByRole('link', { name: 'Backlog' }).click()

  await page.getByRole('link', { name: 'Import CSV…' }).click()
  await expect(page.getByRole('heading', { name: /Import a backlog/ })).toBeVisible()
  await page.getByLabel('CSV file').setInputFiles(JIRA)
  // The header says Jira, so the format is chosen and the preview shows at once.
  await expect(page.getByRole('radio', { name: /Jira/ })).toBeChecked()
  await expect(page.getByRole('status').filter({ hasText: '4 rows: 4 to add, 0 to update' })).toBeVisible()
  const preview = page.getByRole('table', { name: 'The items the import will add or update' })
  await expect(preview.getByRole('row')).toHaveCount(5)
  await expect(preview.getByRole('row', { name: /SHOP-2/ })).toContainText(CARD)
  await expect(preview.getByRole('row', { name: /SHOP-2/ })).toContainText('payments, web')
  await expect(preview.getByRole('row', { name: /SHOP-4/ })).toContainText('(was Code Review)')

  await page.getByRole('button', { name: 'Import 4 items' }).click()
  await expect.poll(() => rowTitles(page)).toEqual(['Checkout and payments', CARD, RECEIPT, REFUND])

  // "declined" appears only in an acceptance criterion of the card story.
  await page.getByRole('searchbox', { name: 'Search' }).fill('declined')
  await expect.poll(() => rowTitles(page)).toEqual([CARD])
  await expect(backlog(page).getByRole('listitem', { name: CARD })).toContainText('Criteria:')
  await expect(page.getByText('1 of 4 items')).toBeVisible()
  await page.getByRole('button', { name: 'Clear', exact: true }).click()
  await expect.poll(() => rowTitles(page)).toHaveLength(4)

  await page.getByRole('checkbox', { name: `Select ${RECEIPT}` }).click()
  await page.getByRole('checkbox', { name: `Select ${REFUND}` }).click()
  const bulk = page.getByRole('region', { name: 'Bulk edit' })
  await expect(bulk.getByRole('status')).toHaveText('2 items selected')
  await bulk.getByLabel('Status').selectOption({ label: 'Ready' })
  await expect(backlog(page).getByRole('listitem', { name: RECEIPT })).toContainText('Ready')
  await expect(backlog(page).getByRole('listitem', { name: REFUND })).toContainText('Ready')
  await expect
    .poll(() => serverStates(page, emptyApp))
    .toEqual({
      'Checkout and payments': 'In progress',
      [CARD]: 'Done',
      [RECEIPT]: 'Ready',
      [REFUND]: 'Ready'
    })
})

test('a file with an error shows it by line and column and cannot be imported', async ({ page, emptyApp }) => {
  await page.goto(emptyApp.url)
  await page.getByLabel('Product name').fill('Lists')
  await page.getByRole('button', { name: 'Create product' }).click()
  await page.getByRole('link', { name: 'Backlog' }).click()
  await page.getByRole('link', { name: 'Import CSV…' }).click()
  await page.getByLabel('CSV file').setInputFiles({
    name: 'list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Name,Points\nExport report,3\n,5\n')
  })
  await expect(page.getByRole('radio', { name: /Any CSV/ })).toBeChecked()
  await page.getByLabel('Title', { exact: true }).selectOption('Name')
  await page.getByLabel('Estimate', { exact: true }).selectOption('Points')
  const problems = page.getByRole('table', { name: 'Errors and warnings by line and column' })
  await expect(problems.getByRole('row', { name: /The title is empty/ })).toContainText('3')
  await expect(page.getByRole('button', { name: 'Import 2 items' })).toBeDisabled()
})

test('a file larger than one call carries is refused by its size before it is read', async ({ page, emptyApp }) => {
  // 3 GiB, sparse: reading it into the page would take long and most likely fail.
  const dir = mkdtempSync(join(tmpdir(), 'po-studio-large-'))
  const huge = join(dir, 'huge.csv')
  writeFileSync(huge, '')
  truncateSync(huge, 3 * 2 ** 30)
  try {
    await page.goto(emptyApp.url)
    await page.getByLabel('Product name').fill('Lists')
    await page.getByRole('button', { name: 'Create product' }).click()
    await page.getByRole('link', { name: 'Backlog' }).click()
    await page.getByRole('link', { name: 'Import CSV…' }).click()
    await page.getByLabel('CSV file').setInputFiles(huge)
    const refusal = page.getByRole('alert').filter({ hasText: 'huge.csv' })
    await expect(refusal).toHaveText(`huge.csv: ${FILE_TOO_LARGE}.`)
    await expect(page.getByRole('button', { name: 'Preview' })).toBeDisabled()
    // A file that fits is taken again at once.
    await page.getByLabel('CSV file').setInputFiles(JIRA)
    await expect(page.getByRole('status').filter({ hasText: '4 rows: 4 to add, 0 to update' })).toBeVisible()
    await expect(refusal).toHaveCount(0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

/**
 * Keeps every text the import's progress shows, however briefly: a fast machine reads 20 MB in well
 * under a second. A script in the page's own words, since these tests are typed without the DOM.
 */
const watchProgress = (page: Page) =>
  page.evaluate(`(() => {
    const seen = (window.progressSeen = [])
    new MutationObserver(() => {
      const text = document.querySelector('progress[aria-label="Import progress"]')?.parentElement?.textContent
      if (text && seen.at(-1) !== text) seen.push(text)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })()`)

const progressSeen = (page: Page) => page.evaluate('window.progressSeen') as Promise<string[]>

test('a large file shows how far its reading and its import have come, and the preview shows its first rows', async ({
  page,
  emptyApp
}) => {
  test.setTimeout(180_000)
  const rows = ['Summary,Issue key,Issue Type,Status,Description']
  const description = 'A long description of the work, as real exports carry them. '.repeat(16)
  for (let i = 1; i <= 20_000; i++) rows.push(`Story number ${i},BIG-${i},Story,To Do,"${description}${i}"`)
  const buffer = Buffer.from(rows.join('\n'))
  expect(buffer.length).toBeGreaterThan(20_000_000)

  await page.goto(emptyApp.url)
  await page.getByLabel('Product name').fill('Big')
  await page.getByRole('button', { name: 'Create product' }).click()
  await page.getByRole('link', { name: 'Backlog' }).click()
  await page.getByRole('link', { name: 'Import CSV…' }).click()
  await watchProgress(page)
  await page.getByLabel('CSV file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer })
  await expect(page.getByRole('status').filter({ hasText: '20,000 rows: 20,000 to add' })).toBeVisible({
    timeout: 60_000
  })
  // The worker that reads and maps can report faster than the page asks, so which steps show is
  // not fixed; what shows is checked for its form. The write reports between its batches, so it shows.
  for (const text of await progressSeen(page)) expect(text).toMatch(/^(Reading the file|Mapping the rows)…( \d+%)?/)
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveCount(0)
  await expect(page.getByText('The first 200 of 20,000 rows are shown; all of them are imported.')).toBeVisible()
  await expect(
    page.getByRole('table', { name: 'The items the import will add or update' }).getByRole('row')
  ).toHaveCount(201)

  await watchProgress(page)
  await page.getByRole('button', { name: 'Import 20,000 items' }).click()
  await expect(page.getByRole('listitem', { name: 'Story number 1', exact: true })).toBeVisible({ timeout: 120_000 })
  const seen = await progressSeen(page)
  expect(
    seen.some((text) => /^Writing the items… \d+% \([\d,]+ of 20,000 items\)$/.test(text)),
    `progress seen while importing: ${JSON.stringify(seen)}`
  ).toBe(true)
})

/** Day `day` of the month `back` months before this one, as a Portuguese Excel writes it: dd/MM/yyyy. */
function dayFirst(back: number, day: number): string {
  const now = new Date()
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, day))
  return `${String(day).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`
}

/**
 * A Brazilian team's export as Excel saves it: semicolon-separated, Windows-1252, Portuguese headers,
 * and day-first dates whose days are all 12 or less, so that either order reads them.
 */
function excelExport(): Buffer {
  const rows = ['Título;Tipo;Situação;Criado em;Iniciado em;Concluído em']
  for (let i = 1; i <= 10; i++)
    rows.push(
      `Relatório nº ${i};${i === 1 ? 'Incidente' : 'História'};Concluído;${dayFirst(2, i)};${dayFirst(1, i)};${dayFirst(1, i + 2)}`
    )
  rows.push(`Integração com o ERP;História;Em validação;${dayFirst(2, 1)};${dayFirst(1, 1)};`)
  rows.push(`Exportar para PDF;História;A fazer;${dayFirst(2, 2)};;`)
  return Buffer.from(encodeText(rows.join('\r\n'), 'windows-1252'))
}

test('a semicolon-separated Windows-1252 file with day-first dates is read after its questions are answered, and the flow charts and forecast use its dates', async ({
  page,
  emptyApp
}) => {
  await page.goto(emptyApp.url)
  await page.getByLabel('Product name').fill('Loja')
  await page.getByRole('button', { name: 'Create product' }).click()
  await page.getByRole('link', { name: 'Backlog' }).click()
  await page.getByRole('link', { name: 'Import CSV…' }).click()
  await page.getByLabel('CSV file').setInputFiles({ name: 'loja.csv', mimeType: 'text/csv', buffer: excelExport() })
  await expect(
    page.getByText('Read as Windows-1252 (Western European) (the bytes are not valid UTF-8), semicolon-separated.')
  ).toBeVisible()
  await expect(page.getByLabel('Separator')).toHaveValue(';')

  for (const [field, column] of [
    ['Title', 'Título'],
    ['Type', 'Tipo'],
    ['Status', 'Situação'],
    ['Created', 'Criado em'],
    ['Work started', 'Iniciado em'],
    ['Finished (resolved, closed)', 'Concluído em']
  ]) {
    await page.getByLabel(field!, { exact: true }).selectOption(column!)
  }

  const questions = page.getByRole('region', { name: 'Questions about the file' })
  await expect(questions).toContainText('How are the dates in “Criado em”, “Iniciado em”, “Concluído em” written?')
  await expect(page.getByRole('button', { name: 'Import 12 items' })).toBeDisabled()
  await questions.getByRole('radio', { name: /Day first/ }).check()
  await questions.getByLabel('“Em validação”').selectOption('In review')
  await questions.getByLabel('“Incidente”').selectOption('bug')

  const summary = page.getByRole('status').filter({ hasText: '12 rows' })
  await expect(summary).toContainText('12 to add')
  await expect(summary).not.toContainText('error')
  const preview = page.getByRole('table', { name: 'The items the import will add or update' })
  const first = preview.getByRole('row', { name: /Relatório nº 1\b/ })
  await expect(first).toContainText('Bug (was Incidente)')
  await expect(first).toContainText(
    new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 3)).toISOString().slice(0, 10)
  )
  await page.getByRole('button', { name: 'Import 12 items' }).click()
  await expect(backlog(page).getByRole('listitem')).toHaveCount(12)

  // Every finished item took three days from start to finish, by the file's own dates.
  await page.getByRole('link', { name: 'Flow & Forecast' }).click()
  await expect(page.getByText('85% of items finish in 3 days or less.')).toBeVisible()
  await page
    .getByRole('tablist', { name: 'Flow and forecast views' })
    .getByRole('tab', { name: 'Forecast', exact: true })
    .click()
  await page.getByRole('textbox', { name: 'Number of items' }).fill('5')
  await page.getByRole('button', { name: 'Run forecast' }).click()
  await expect(page.getByTestId('forecast-basis')).toContainText('(10 items)', { timeout: 30_000 })
})

test('an imported history that stopped long ago is shown up to its last finish when the user asks', async ({
  page,
  emptyApp
}) => {
  const rows = ['Key,Title,Started,Finished']
  for (let i = 1; i <= 9; i++) rows.push(`OLD-${i},Old item ${i},2024-03-0${i},2024-03-1${i}`)
  const imported = await page.request.post(`${emptyApp.origin}/api/import.commit`, {
    headers: { Authorization: `Bearer ${emptyApp.token}` },
    data: { newProductName: 'Archive', format: 'csv', csv: rows.join('\n') }
  })
  expect((await imported.json()).ok).toBe(true)
  await page.goto(emptyApp.url)
  await page.getByRole('link', { name: 'Flow & Forecast' }).click()
  await expect(page.getByRole('heading', { name: 'No finished work in this window yet' })).toBeVisible()
  const notice = page.getByRole('status').filter({ hasText: 'The last item finished on' })
  await expect(notice).toContainText('Tue, 19 Mar 2024')
  await notice.getByRole('button', { name: 'Show the window up to Tue, 19 Mar 2024' }).click()
  await expect(page.getByLabel('As of (the window ends here)')).toHaveValue('2024-03-19')
  await expect(page.getByText('85% of items finish in 11 days or less.')).toBeVisible()
})
