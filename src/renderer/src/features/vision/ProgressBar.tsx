/** A horizontal bar for a share between 0 and 1, announced as a progress bar with its percentage. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  const percent = Math.round((value ?? 0) * 100)
  return (
    <div
      className="progress-track"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value === null ? undefined : percent}
      aria-valuetext={value === null ? 'not measured' : `${percent}%`}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  )
}
