import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { PdfPrinter } from '../services/reports/pdf'

/**
 * In the desktop app a report is printed by Electron itself: a hidden window without preload or
 * scripts loads the HTML from a temporary file (no size limit, unlike a data URL) and prints it.
 */
export const printPdfWithElectron: PdfPrinter = async (html) => {
  const dir = mkdtempSync(join(tmpdir(), 'po-studio-report-'))
  const file = join(dir, 'report.html')
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true }
  })
  try {
    writeFileSync(file, html)
    await window.loadFile(file)
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })
  } finally {
    window.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
}
