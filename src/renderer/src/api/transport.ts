import type { ApiResult, Transport } from '@shared/api'
import { authState, takeTokenFromLocation } from './session'

function failure(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'internal', message } }
}

function httpTransport(token: string | null): Transport {
  return async (method, input) => {
    if (!token) {
      authState.markUnauthorized()
      return { ok: false, error: { code: 'forbidden', message: 'This page was opened without an access token.' } }
    }
    let response: Response
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input)
      })
    } catch {
      return failure('Could not reach the PO Studio server. Is `po-studio serve` still running?')
    }
    if (response.status === 401) authState.markUnauthorized()
    try {
      return (await response.json()) as ApiResult<unknown>
    } catch {
      return failure(`The server answered ${method} with status ${response.status} and no readable result.`)
    }
  }
}

/** Electron's preload bridge when present, otherwise the loopback HTTP API of browser mode. */
export function chooseTransport(): Transport {
  const bridge = window.poStudio
  if (bridge) return (method, input) => bridge.invoke(method, input)
  return httpTransport(takeTokenFromLocation())
}
