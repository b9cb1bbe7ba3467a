import { api, type MethodName, type ParsedInput } from '@shared/api'

/** Sample inputs go through the method's own schema, so defaults are filled exactly as the API fills them. */
export const input = <M extends MethodName>(method: M, value: unknown): ParsedInput<M> =>
  api[method].input.parse(value) as ParsedInput<M>
