import type { ApiResult, Transport } from '@shared/api'
import { authState, currentToken } from './session'

function failure(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'internal', message } }
}

/** The token is read on every call, so one opened later in this tab takes effect without a reload. */
function httpTransport(): Transport {
  return async (method, input) => {
    const token = currentToken()
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
      return failure('Could not reach the PO Studio server. Is the terminal that started it still running?')
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
  // Taken at start-up, before the router rewrites the address bar's hash.
  currentToken()
  return httpTransport()
}
