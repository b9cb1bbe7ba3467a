import {
  CANVAS_BLOCKS,
  CANVAS_BLOCK_HINTS,
  CANVAS_BLOCK_LABELS,
  type CanvasContent
} from '@shared/domain/strategy/canvases'
import { TextField } from '@renderer/ui/TextField'

interface CanvasBlocksProps {
  content: CanvasContent
  onChange: (block: string, value: string) => void
}

/**
 * Every block of a canvas as a labelled text area, in reading order (which is also the tab order);
 * the grid areas in CSS put each block in its classic place on the canvas.
 */
export function CanvasBlocks({ content, onChange }: CanvasBlocksProps) {
  const labels = CANVAS_BLOCK_LABELS[content.kind] as Record<string, string>
  const hints = CANVAS_BLOCK_HINTS[content.kind] as Record<string, string>
  const values = content as unknown as Record<string, string>
  return (
    <div className={`canvas-grid canvas-grid-${content.kind}`}>
      {CANVAS_BLOCKS[content.kind].map((block) => (
        <TextField
          key={block}
          className={`canvas-block block-${block}`}
          label={labels[block]!}
          hint={`${hints[block]!} One note per line.`}
          value={values[block] ?? ''}
          rows={content.kind === 'swot' ? 6 : 5}
          onChange={(value) => onChange(block, value)}
        />
      ))}
    </div>
  )
}
