import { changedFields, compareFields, type FieldDiff } from '../versions/diff'
import { canvasBlockValue, canvasFieldRefs, type CanvasContent, type CanvasKind } from './canvases'

export const compareCanvasContent = (from: CanvasContent, to: CanvasContent): FieldDiff<CanvasKind>[] =>
  compareFields(canvasFieldRefs(to.kind), canvasBlockValue, from, to)

export const changedCanvasBlocks = (previous: CanvasContent | null, next: CanvasContent): string[] =>
  changedFields(canvasFieldRefs(next.kind), canvasBlockValue, previous, next)
