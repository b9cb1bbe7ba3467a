import { useId, useMemo, useState } from 'react'
import type { MethodOutput } from '@shared/api'
import { renderHtml } from '@shared/domain/report/render/html'
import {
  REVIEW_VERDICTS,
  VERDICT_LABELS,
  commentTargets,
  composeReview,
  reviewFileName,
  type ReviewComment,
  type ReviewVerdict
} from '@shared/domain/report/review'
import { api } from '@renderer/api'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { readPickedText } from '@renderer/ui/readPickedText'
import { saveFile } from '@renderer/ui/saveFile'
import { formatDateTime } from '@shared/domain/format'

type Opened = MethodOutput<'reports.open'>

const keyOf = (t: Pick<ReviewComment, 'target' | 'targetId'>) => `${t.target}:${t.targetId}`

/** A coach opens an exported HTML report read-only, comments per section and assignment, and exports a review file. */
export function ReviewTab() {
  const [opened, setOpened] = useState<Opened | null>(null)
  const [error, setError] = useState<unknown>(null)

  const open = (file: File | undefined) => {
    if (!file) return
    setError(null)
    readPickedText(file)
      .then((html) => api.call('reports.open', { html }))
      .then(setOpened)
      .catch((e: unknown) => {
        setOpened(null)
        setError(e)
      })
  }

  return (
    <div className="reports-review">
      <div className="file-pick">
        <label>
          Open a report (.html) exported by PO Studio
          <input type="file" accept=".html,text/html" onChange={(e) => open(e.target.files?.[0])} />
        </label>
        <p className="muted small">The report opens read-only; nothing in it is changed or stored here.</p>
      </div>
      {error !== null && <ErrorMessage error={error} />}
      {opened && <ReviewSpace key={opened.report.id + opened.checksum} opened={opened} />}
    </div>
  )
}

function ReviewSpace({ opened }: { opened: Opened }) {
  const { report } = opened
  const html = useMemo(() => renderHtml(report), [report])
  const targets = useMemo(() => commentTargets(report), [report])
  const [comments, setComments] = useState<Record<string, string>>({})
  const [verdicts, setVerdicts] = useState<Record<string, ReviewVerdict>>({})
  const [reviewer, setReviewer] = useState('')
  const [verdict, setVerdict] = useState<ReviewVerdict>('partly')
  const [assessment, setAssessment] = useState('')

  const exportReview = () => {
    const review = composeReview({
      reportId: report.id,
      reportChecksum: opened.checksum,
      reportTitle: report.title,
      product: report.product,
      reviewer: reviewer.trim(),
      reviewedAt: new Date().toISOString(),
      assessment: { verdict, text: assessment.trim() },
      comments: targets.map((t) => ({ ...t, text: comments[keyOf(t)] ?? '', verdict: verdicts[keyOf(t)] }))
    })
    saveFile({
      content: `${JSON.stringify(review, null, 2)}\n`,
      encoding: 'utf8',
      fileName: reviewFileName(review),
      mimeType: 'application/json'
    })
  }

  return (
    <>
      {!opened.intact && (
        <p className="warning-banner" role="alert">
          This report&apos;s data was changed after it was exported (its checksum does not match). You can still read
          and review it, but it may not be what the graduate sent.
        </p>
      )}
      <div className="review-layout">
        <iframe title={`Report: ${report.title}`} sandbox="" srcDoc={html} />
        <form className="review-panel" aria-label="Your review" onSubmit={(e) => e.preventDefault()}>
          <h2>Review of {report.product}</h2>
          <p className="muted small">
            By {report.author || 'an unnamed author'}
            {report.track ? ` · ${report.track}` : ''} · exported {formatDateTime(report.generatedAt)}
          </p>
          {targets.map((t) => (
            <div key={keyOf(t)} className="comment-target">
              <label className="comment-field">
                <span>
                  {t.target === 'assignment' ? 'Assignment: ' : ''}
                  {t.label}
                </span>
                <textarea
                  rows={3}
                  value={comments[keyOf(t)] ?? ''}
                  onChange={(e) => setComments((c) => ({ ...c, [keyOf(t)]: e.target.value }))}
                />
              </label>
              {t.target === 'assignment' && (
                <AssignmentVerdict
                  label={t.label}
                  value={verdicts[keyOf(t)]}
                  onChange={(v) =>
                    setVerdicts(({ [keyOf(t)]: _old, ...rest }) =>
                      v === undefined ? rest : { ...rest, [keyOf(t)]: v }
                    )
                  }
                />
              )}
            </div>
          ))}
          <fieldset>
            <legend>Overall assessment</legend>
            <p className="muted small">
              Beside your verdict on each assignment above, one verdict on the work as a whole.
            </p>
            {REVIEW_VERDICTS.map((v) => (
              <label key={v} className="check">
                <input type="radio" name="verdict" checked={verdict === v} onChange={() => setVerdict(v)} />
                {VERDICT_LABELS[v]}
              </label>
            ))}
            <label className="comment-field">
              <span>Assessment</span>
              <textarea rows={4} value={assessment} onChange={(e) => setAssessment(e.target.value)} />
            </label>
          </fieldset>
          <label className="comment-field">
            <span>Reviewer</span>
            <input
              value={reviewer}
              maxLength={120}
              onChange={(e) => setReviewer(e.target.value)}
              placeholder="Your name"
            />
          </label>
          <button type="button" className="primary" disabled={reviewer.trim() === ''} onClick={exportReview}>
            Export review file
          </button>
          {reviewer.trim() === '' && <p className="muted small">Add your name to export the review.</p>}
        </form>
      </div>
    </>
  )
}

/** The coach's verdict on one assignment; "no verdict" leaves it to the comment and the overall assessment. */
function AssignmentVerdict({
  label,
  value,
  onChange
}: {
  label: string
  value: ReviewVerdict | undefined
  onChange: (verdict: ReviewVerdict | undefined) => void
}) {
  const id = useId()
  // The label stands beside the select, not around it: wrapped, the options' words would join its name.
  return (
    <div className="comment-field">
      <label htmlFor={id}>Verdict on “{label}”</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : (e.target.value as ReviewVerdict))}
      >
        <option value="">No verdict on this assignment</option>
        {REVIEW_VERDICTS.map((v) => (
          <option key={v} value={v}>
            {VERDICT_LABELS[v]}
          </option>
        ))}
      </select>
    </div>
  )
}
