import { isComplete, type HypothesisPart } from '../shape/hypothesis'

/** The sentence the experiment will be saved with, its blanks marked until they are filled. */
export function HypothesisPreview({ parts }: { parts: readonly HypothesisPart[] }) {
  return (
    <figure className="ebm-preview" aria-labelledby="ebm-preview-label">
      <figcaption id="ebm-preview-label">Hypothesis {isComplete(parts) ? '' : '(fill in the blanks)'}</figcaption>
      <blockquote>
        {parts.map((part, i) =>
          part.kind === 'text' ? (
            <span key={i}>{part.text}</span>
          ) : (
            <mark key={i} className={part.filled ? 'ebm-slot' : 'ebm-slot empty'}>
              {part.text}
            </mark>
          )
        )}
      </blockquote>
    </figure>
  )
}
