import { z } from 'zod'
import { defineMethod } from '../define'
import { ByProduct } from './common'

const Label = z.string()

export const UndoState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** What undo would take back, e.g. `move of “Checkout”`; null when there is nothing. */
  undoLabel: Label.nullable(),
  redoLabel: Label.nullable()
})
export type UndoState = z.infer<typeof UndoState>

export const undoMethods = {
  'backlog.undo': defineMethod({
    summary: "Take back the product's latest backlog edit (its items' rows return exactly as they were).",
    input: ByProduct,
    output: z.object({ label: Label })
  }),

  'backlog.redo': defineMethod({
    summary: 'Make the edit undone last again; a new edit since then ends the redo history.',
    input: ByProduct,
    output: z.object({ label: Label })
  }),

  'backlog.undoState': defineMethod({
    summary: 'Whether there is an edit to undo or redo, and what it was.',
    input: ByProduct,
    output: UndoState
  })
} as const
