import { api, ApiError, invalidInput, isMethodName, type ApiResult } from '@shared/api'
import type { Handlers } from './handlers'

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>

/**
 * The single entry to the services for IPC, browser mode and the CLI: validates the input with
 * the method's schema, calls the handler, and returns errors as data instead of throwing.
 */
export function createDispatcher(
  handlers: Handlers,
  onInternalError: (method: string, error: unknown) => void
): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `There is no API method called "${method}".` } }
    }
    // No input at all means an empty one; anything that is not an object (null, a list, a number)
    // is refused before a schema's defaults could read it as "nothing asked".
    const given = input === undefined ? {} : input
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      const kind = given === null ? 'null' : Array.isArray(given) ? 'a list' : `a ${typeof given}`
      const issues = [{ path: '(input)', message: `Expected a JSON object, got ${kind}` }]
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `Invalid input for ${method}: send a JSON object with the method's input, e.g. {}; got ${kind}.`,
          issues
        }
      }
    }
    const spec = api[method]
    const parsed = spec.input.safeParse(given)
    if (!parsed.success) return { ok: false, error: invalidInput(method, parsed.error) }
    try {
      const handler = handlers[method] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return { ok: true, value: spec.output.parse(value) }
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toShape() }
      onInternalError(method, error)
      const detail = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { code: 'internal', message: `PO Studio could not complete ${method}: ${detail}` } }
    }
  }
}
