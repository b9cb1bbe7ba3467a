/** Progress of a forecast run with a way out; the page stays usable while it runs. */
export function RunProgress({
  fraction,
  label,
  onCancel
}: {
  fraction: number | null
  label: string
  onCancel: () => void
}) {
  const percent = fraction === null ? null : Math.round(fraction * 100)
  return (
    <div className="run-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? 'Working…' : `${percent}%`}
        className="progress-track"
      >
        <div
          className={percent === null ? 'progress-fill indeterminate' : 'progress-fill'}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <span className="small muted" aria-hidden="true">
        {percent === null ? 'Working…' : `${percent}%`}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
