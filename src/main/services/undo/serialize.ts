const queues = new WeakMap<object, Promise<unknown>>()

/**
 * Runs `work` after every earlier piece of work queued on `key` has settled. Recorded edits, undo
 * and redo take their before and after pictures around the change, so none may interleave.
 */
export function serialized<T>(key: object, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve()
  const next = previous.then(work, work)
  queues.set(
    key,
    next.catch(() => undefined)
  )
  return next
}
