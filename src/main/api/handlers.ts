import type { MethodName, MethodOutput, ParsedInput } from '@shared/api'

/** Handlers for a subset of the methods: one function each, never given unvalidated input. */
export type HandlerMap<M extends MethodName> = {
  [K in M]: (input: ParsedInput<K>) => MethodOutput<K> | Promise<MethodOutput<K>>
}

/** The methods named with one of these prefixes, e.g. MethodsOf<'goals' | 'sprints'>. */
export type MethodsOf<P extends string> = Extract<MethodName, `${P}.${string}`>

/** The complete table; services implement it one area at a time. */
export type Handlers = HandlerMap<MethodName>
