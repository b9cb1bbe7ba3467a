import { useId, useState } from 'react'
import type { FeedbackTrace } from '@shared/api/methods/sprint-reviews'
import type { ItemType } from '@shared/domain/backlog'
import { ItemTypeField } from '@renderer/features/backlog/ItemTypeField'
import { useBacklog } from '@renderer/features/backlog/queries'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ItemPicker } from '@renderer/ui/itemPicker/ItemPicker'
import { notify } from '@renderer/ui/toastStore'
import { useReviewWrite } from './queries'
import { titleFromFeedback } from './shape'

/** One step from a piece of feedback to the Product Backlog: a new item, or a change to one that is there. */
export function FeedbackToItemDialog({
  productId,
  feedback,
  kind,
  onClose
}: {
  productId: number
  feedback: FeedbackTrace
  kind: 'new' | 'existing'
  onClose: () => void
}) {
  const convert = useReviewWrite(productId, 'sprintReviews.feedbackToItem')
  const backlog = useBacklog(productId)
  const [title, setTitle] = useState(() => titleFromFeedback(feedback.text))
  const [type, setType] = useState<ItemType>('story')
  const [placement, setPlacement] = useState<'top' | 'bottom'>('top')
  const [itemId, setItemId] = useState<number | null>(null)
  const ids = { title: useId(), type: useId(), placement: useId(), item: useId() }
  const done = (what: string) => () => {
    notify(what)
    onClose()
  }
  return (
    <Dialog
      open
      title={kind === 'new' ? 'Make an item from feedback' : 'Change an item with feedback'}
      onClose={onClose}
    >
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          if (kind === 'new')
            convert.mutate(
              { feedbackId: feedback.feedbackId, item: { kind, title, type, placement } },
              { onSuccess: done(`Added “${title}” for ${feedback.stakeholderName}.`) }
            )
          else if (itemId !== null)
            convert.mutate(
              { feedbackId: feedback.feedbackId, item: { kind, itemId } },
              { onSuccess: done(`Added ${feedback.stakeholderName}’s feedback to the item’s notes.`) }
            )
        }}
      >
        <blockquote className="feedback-quote">
          {feedback.text}
          <footer className="muted small">{feedback.stakeholderName}</footer>
        </blockquote>
        {kind === 'new' ? (
          <>
            <div className="field">
              <label htmlFor={ids.title}>Title</label>
              <input
                id={ids.title}
                type="text"
                value={title}
                maxLength={500}
                autoFocus
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
            <ItemTypeField id={ids.type} value={type} onChange={setType} />
            <div className="field">
              <label htmlFor={ids.placement}>Place it</label>
              <select
                id={ids.placement}
                value={placement}
                onChange={(e) => setPlacement(e.target.value as 'top' | 'bottom')}
              >
                <option value="top">At the top of the backlog, to order it soon</option>
                <option value="bottom">At the bottom of the backlog</option>
              </select>
            </div>
          </>
        ) : (
          <ItemPicker
            id={ids.item}
            label="Item to change"
            items={(backlog.data ?? []).map((i) => ({ id: i.id, label: i.title }))}
            value={itemId}
            onChange={setItemId}
          />
        )}
        <p className="muted small">The item’s notes record who asked, at which Sprint Review, and what they said.</p>
        <ErrorMessage error={convert.error ?? backlog.error} />
        <div className="row-actions">
          <button
            type="submit"
            className="primary"
            disabled={convert.isPending || (kind === 'existing' && itemId === null)}
          >
            {kind === 'new' ? 'Add the item' : 'Add the feedback to the item'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  )
}
