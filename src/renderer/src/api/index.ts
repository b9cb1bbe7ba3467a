import { api as contract, invalidInput, type Transport } from '@shared/api'
import { createApiClient } from '@shared/api/client'
import { chooseTransport } from './transport'

/**
 * Forms learn of a missing or malformed field before anything is sent, in the same words the main
 * side would use: the input is checked against the method's own schema. The main side still checks
 * everything it receives.
 */
function checkedBeforeSending(transport: Transport): Transport {
  return async (method, input) => {
    const parsed = contract[method].input.safeParse(input)
    return parsed.success ? transport(method, input) : { ok: false, error: invalidInput(method, parsed.error) }
  }
}

/** The renderer's single way to reach the main side. */
export const api = createApiClient(checkedBeforeSending(chooseTransport()))

export { authState, watchForNewToken } from './session'
