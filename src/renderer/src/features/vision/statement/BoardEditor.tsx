import { VISION_FIELD_LABELS, type BoardField, type VisionContent } from '@shared/domain/vision/content'
import { TextField } from '@renderer/ui/TextField'

const HINTS: Record<BoardField, string> = {
  vision: 'Why the product exists: the change it brings about, in one or two sentences.',
  targetGroup: 'Which market or segment; who are the users and the customers?',
  needs: 'What problem does it solve, what benefit does it bring?',
  product: 'What is it, what makes it stand out; is it feasible?',
  businessGoals: 'How does it benefit the company: revenue, cost, reputation?'
}

interface BoardEditorProps {
  board: VisionContent['board']
  onChange: (field: BoardField, value: string) => void
}

/** Pichler's Product Vision Board: the vision across the top, four boxes below it. */
export function BoardEditor({ board, onChange }: BoardEditorProps) {
  return (
    <div className="vision-board">
      {(Object.keys(HINTS) as BoardField[]).map((field) => (
        <TextField
          key={field}
          className={`board-box board-${field}`}
          label={VISION_FIELD_LABELS.board[field]}
          hint={HINTS[field]}
          value={board[field]}
          rows={field === 'vision' ? 2 : 7}
          onChange={(value) => onChange(field, value)}
        />
      ))}
    </div>
  )
}
