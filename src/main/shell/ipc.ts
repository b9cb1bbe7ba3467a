import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import type { ApiResult } from '@shared/api'
import type { Dispatch } from '../api/dispatcher'
import { isAppUrl } from './app-protocol'

/** The one IPC channel between the renderer and the services. */
export const API_CHANNEL = 'po-studio:api'

function forbidden(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'forbidden', message } }
}

/** Only the main frame of our own window, showing our own pages, may call the API. */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame
  if (!frame || !window || window.isDestroyed()) return false
  if (event.sender !== window.webContents) return false
  if (frame !== window.webContents.mainFrame || frame.parent !== null) return false
  return isAppUrl(frame.url)
}

export function registerApiChannel(dispatch: () => Dispatch | null, window: () => BrowserWindow | null): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event, window())) return forbidden('This frame may not call the PO Studio API.')
    if (typeof method !== 'string') return { ok: false, error: { code: 'invalid_input', message: 'The method name must be a string.' } }
    const current = dispatch()
    if (!current) return { ok: false, error: { code: 'internal', message: 'PO Studio is shutting down.' } }
    return current(method, input)
  })
}
