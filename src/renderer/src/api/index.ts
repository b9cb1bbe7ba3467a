import { checkingInput, createApiClient } from '@shared/api/client'
import { chooseTransport } from './transport'

/** The renderer's single way to reach the main side; input the contract refuses never leaves the page. */
export const api = createApiClient(checkingInput(chooseTransport()))

export { authState, watchForNewToken } from './session'
