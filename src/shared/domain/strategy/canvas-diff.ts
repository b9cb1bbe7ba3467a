import { changedFields, compareFields, type FieldDiff } from '../vision/diff'
import { canvasBlockValue, canvasFieldRefs, type CanvasBlockRef, type CanvasContent } from './canvases'

export const compareCanvasContent = (from: CanvasContent, to: CanvasContent): FieldDiff<CanvasBlockRef>[] =>
  compareFields(canvasFieldRefs(to.kind), canvasBlockValue, from, to)

export const changedCanvasBlocks = (previous: CanvasContent | null, next: CanvasContent): string[] =>
  changedFields(canvasFieldRefs(next.kind), canvasBlockValue, previous, next)
