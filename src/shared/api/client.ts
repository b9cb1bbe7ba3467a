import { api, type MethodInput, type MethodName, type MethodOutput } from './contract'
import { invalidInput } from './issues'
import { ApiError, type ApiResult } from './result'

/** Moves one call across a boundary (IPC or HTTP) and returns the dispatcher's answer. */
export type Transport = (method: MethodName, input: unknown) => Promise<ApiResult<unknown>>

export interface ApiClient {
  call<M extends MethodName>(
    method: M,
    ...input: Record<never, never> extends MethodInput<M> ? [MethodInput<M>?] : [MethodInput<M>]
  ): Promise<MethodOutput<M>>
}

/** A typed client over any transport; failed calls reject with an ApiError that keeps code and field issues. */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, ...rest) {
      const result = await transport(method, rest[0] ?? {})
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.issues)
      return result.value as never
    }
  }
}

/**
 * Checks each input against its method's schema before it crosses, so a form hears of an empty
 * required field at once and in the main side's words; the main side still checks everything.
 */
export function checkingInput(transport: Transport): Transport {
  return async (method, input) => {
    const parsed = api[method].input.safeParse(input)
    if (!parsed.success) return { ok: false, error: invalidInput(method, parsed.error) }
    return transport(method, input)
  }
}
