import type { ApiResult } from '../shared/api/result'

/** The one channel the preload exposes to the renderer; absent in browser mode. */
export interface PoStudioBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>
}

declare global {
  interface Window {
    poStudio?: PoStudioBridge
  }
}
