import { useState, type FormEvent } from 'react'
import type { BacklogListItem } from '@shared/api'
import { scaleSteps, type EstimateScale } from '@shared/domain/items/estimate-scale'
import { parentProblem } from '@shared/domain/items/hierarchy'
import { REFINEMENT_TIPS } from '@shared/domain/estimation'
import {
  SPLIT_PATTERNS,
  SPLIT_PATTERN_INFO,
  suggestChildren,
  type SplitPattern,
  type SuggestedChild
} from '@shared/domain/splitting'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useSplitItem } from './queries'

interface SplitDialogProps {
  productId: number
  item: BacklogListItem
  scale: EstimateScale
  onClose: () => void
}

interface ChildDraft extends SuggestedChild {
  key: number
  estimate: number | null
}

let nextKey = 1
const drafts = (children: SuggestedChild[]): ChildDraft[] =>
  children.map((child) => ({ ...child, key: nextKey++, estimate: null }))

/** Split an item along a pattern: the pattern suggests the children, the user edits them. */
export function SplitDialog({ productId, item, scale, onClose }: SplitDialogProps) {
  const [pattern, setPattern] = useState<SplitPattern>('workflow-steps')
  const [children, setChildren] = useState<ChildDraft[]>(() => drafts(suggestChildren('workflow-steps', item.title)))
  const split = useSplitItem(productId)

  const choose = (next: SplitPattern) => {
    setPattern(next)
    setChildren(drafts(suggestChildren(next, item.title)))
  }
  const change = (key: number, patch: Partial<ChildDraft>) =>
    setChildren((list) => list.map((c) => (c.key === key ? { ...c, ...patch } : c)))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    split.mutate(
      {
        itemId: item.id,
        pattern,
        children: children.map(({ title, estimate, type }) => ({
          title,
          estimate,
          type: type === 'spike' ? 'spike' : 'story'
        }))
      },
      {
        onSuccess: ({ children: created }) => {
          notify(`Split “${item.title}” into ${created.length} items, right under it in the backlog.`)
          onClose()
        }
      }
    )
  }

  return (
    <Dialog open title={`Split “${item.title}”`} onClose={onClose}>
      <form className="stack split-form" onSubmit={submit}>
        <fieldset className="split-patterns">
          <legend>Pattern</legend>
          <p className="muted small">{REFINEMENT_TIPS.split}</p>
          {SPLIT_PATTERNS.map((p) => (
            <label key={p} className={p === pattern ? 'split-pattern chosen' : 'split-pattern'}>
              <input type="radio" name="split-pattern" value={p} checked={p === pattern} onChange={() => choose(p)} />
              <span>
                <strong>{SPLIT_PATTERN_INFO[p].label}</strong>
                <span className="muted small"> {SPLIT_PATTERN_INFO[p].hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="split-children">
          <legend>New items, in order (edit them freely)</legend>
          <ol>
            {children.map((child, index) => (
              <li key={child.key} className="split-child">
                <label className="visually-hidden" htmlFor={`split-title-${child.key}`}>
                  Title of new item {index + 1}
                </label>
                <input
                  id={`split-title-${child.key}`}
                  value={child.title}
                  maxLength={500}
                  onChange={(e) => change(child.key, { title: e.target.value })}
                />
                <label className="visually-hidden" htmlFor={`split-estimate-${child.key}`}>
                  Estimate of new item {index + 1}
                </label>
                <select
                  id={`split-estimate-${child.key}`}
                  value={child.estimate ?? ''}
                  onChange={(e) =>
                    change(child.key, { estimate: e.target.value === '' ? null : Number(e.target.value) })
                  }
                >
                  <option value="">No estimate</option>
                  {scaleSteps(scale).map((step) => (
                    <option key={step.points} value={step.points}>
                      {step.label}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove new item ${index + 1}`}
                  disabled={children.length <= 2}
                  onClick={() => setChildren((list) => list.filter((c) => c.key !== child.key))}
                >
                  ×
                </button>
              </li>
            ))}
          </ol>
          <div>
            <button
              type="button"
              onClick={() => setChildren((list) => [...list, ...drafts([{ title: '', type: 'story' }])])}
              disabled={children.length >= 20}
            >
              Add an item
            </button>
          </div>
        </fieldset>
        <p className="muted small">
          The new items go right under “{item.title}” as its children and carry its labels; it keeps its history
          {parentProblem(item.type, 'story') === null ? '' : ' and becomes a feature'}.
        </p>
        <ErrorMessage error={split.error} />
        <div className="toolbar">
          <button type="submit" className="primary" disabled={split.isPending || children.some((c) => !c.title.trim())}>
            Split into {children.length} items
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  )
}
