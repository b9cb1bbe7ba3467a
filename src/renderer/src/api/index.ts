import { createApiClient } from '@shared/api/client'
import { chooseTransport } from './transport'

/** The renderer's single way to reach the main side. */
export const api = createApiClient(chooseTransport())

export { authState, watchForNewToken } from './session'
