import { formatShare } from '@shared/domain/ebm/format'

/**
 * A progress bar with its number in text too. Without a value there is no bar: an empty one
 * would read as 0%, which is a claim the data cannot make.
 */
export function ProgressBar({
  label,
  value,
  size = 'normal'
}: {
  label: string
  value: number | null
  size?: 'normal' | 'small'
}) {
  if (value === null) return <p className="muted small ebm-progress-none">{label}: not measurable yet</p>
  const percent = Math.round(value * 100)
  return (
    <div className={`ebm-progress ${size}`}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${formatShare(value)} of the way`}
        className="ebm-progress-track"
      >
        <div className="ebm-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="ebm-progress-text">{formatShare(value)}</span>
    </div>
  )
}
