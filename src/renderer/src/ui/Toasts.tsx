import { useSyncExternalStore } from 'react'
import { toastStore, type Toast } from './toastStore'

function ToastView({ toast }: { toast: Toast }) {
  return (
    <div className={`toast toast-${toast.tone}`}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button-link"
          onClick={() => {
            toast.action?.run()
            toastStore.dismiss(toast.id)
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => toastStore.dismiss(toast.id)}>
        ×
      </button>
    </div>
  )
}

/** Two live regions so errors interrupt and confirmations do not. */
export function Toasts() {
  const toasts = useSyncExternalStore(toastStore.subscribe, toastStore.get)
  return (
    <div className="toasts">
      <div role="alert" aria-live="assertive">
        {toasts
          .filter((t) => t.tone === 'error')
          .map((t) => (
            <ToastView key={t.id} toast={t} />
          ))}
      </div>
      <div role="status" aria-live="polite">
        {toasts
          .filter((t) => t.tone === 'info')
          .map((t) => (
            <ToastView key={t.id} toast={t} />
          ))}
      </div>
    </div>
  )
}
