import type { HandlerMap } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { productScoped } from '../products/scope'
import { createUndoLog } from './log'
import { serialized } from './serialize'

export { BACKLOG_EDITS } from './backlog-edits'
export { withUndo, type UndoableEdits } from './undoable'

export function undoHandlers(deps: ServiceDeps): HandlerMap<'backlog.undo' | 'backlog.redo' | 'backlog.undoState'> {
  const log = createUndoLog(deps)
  const forProduct = productScoped(deps.db)
  // One undo or redo at a time per database, the product check included.
  const inTurn = <T>(work: (productId: number) => Promise<T>) => {
    const checked = forProduct(({ productId }: { productId: number }) => work(productId))
    return (input: { productId: number }) => serialized(deps.db, () => checked(input))
  }
  return {
    'backlog.undo': inTurn(log.undo),
    'backlog.redo': inTurn(log.redo),
    'backlog.undoState': inTurn(log.state)
  }
}
