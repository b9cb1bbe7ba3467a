import { ipcMain, type BrowserWindow } from 'electron'
import type { ApiResult } from '@shared/api'
import type { Dispatch } from '../api/dispatcher'
import { isTrustedSender } from './trusted-sender'

/** The one IPC channel between the renderer and the services. */
export const API_CHANNEL = 'po-studio:api'

function forbidden(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'forbidden', message } }
}

export function registerApiChannel(
  dispatch: () => Dispatch | null,
  window: () => BrowserWindow | null,
  isOurPage: (url: string) => boolean
): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event, window(), isOurPage)) return forbidden('This frame may not call the PO Studio API.')
    if (typeof method !== 'string')
      return { ok: false, error: { code: 'invalid_input', message: 'The method name must be a string.' } }
    const current = dispatch()
    if (!current) return { ok: false, error: { code: 'internal', message: 'PO Studio is shutting down.' } }
    return current(method, input)
  })
}
