import type { HandlerMap } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { getProduct } from '../products'
import { createUndoLog } from './log'
import { serialized } from './serialize'

export { BACKLOG_EDITS } from './backlog-edits'
export { withUndo, type UndoableEdits } from './undoable'

export function undoHandlers(deps: ServiceDeps): HandlerMap<'backlog.undo' | 'backlog.redo' | 'backlog.undoState'> {
  const log = createUndoLog(deps)
  const forProduct =
    <T>(work: (productId: number) => Promise<T>) =>
    ({ productId }: { productId: number }) =>
      serialized(deps.db, async () => {
        await getProduct(deps.db, productId)
        return work(productId)
      })
  return {
    'backlog.undo': forProduct(log.undo),
    'backlog.redo': forProduct(log.redo),
    'backlog.undoState': forProduct(log.state)
  }
}
