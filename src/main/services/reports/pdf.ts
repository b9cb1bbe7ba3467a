import { existsSync } from 'node:fs'
import { ApiError } from '@shared/api'

/** Prints a self-contained HTML document to PDF bytes. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>

/** The same launch flags as the end-to-end tests (playwright.config.ts): no sandbox, no background traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

/**
 * Browser mode and the command line print with the system's Chromium (`PO_STUDIO_CHROMIUM`, else
 * /usr/bin/chromium) driven by playwright-core; the desktop app uses its own window instead (see
 * src/main/shell/print-pdf.ts). The page loads nothing: the report forbids every request.
 */
export function chromiumPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter {
  return async (html) => {
    const executablePath = env.PO_STUDIO_CHROMIUM ?? '/usr/bin/chromium'
    if (!existsSync(executablePath))
      throw new ApiError(
        'not_found',
        `A PDF needs Chromium, which was not found at ${executablePath}. Install it (e.g. apt-get install chromium) or set PO_STUDIO_CHROMIUM to its path; the HTML report prints the same from any browser.`
      )
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage()
      await page.setContent(html, { waitUntil: 'load' })
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    } finally {
      await browser.close()
    }
  }
}
