import type { MethodName, MethodOutput, ParsedInput } from '@shared/api'

/** One function per API method; services implement them and never see unvalidated input. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>
}
