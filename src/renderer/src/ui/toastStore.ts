/** App-wide notifications, callable from anywhere (including react-query's caches). */
export interface Toast {
  id: number
  tone: 'info' | 'error'
  message: string
  action?: { label: string; run: () => void }
}

type Listener = () => void
let toasts: readonly Toast[] = []
let nextId = 1
const listeners = new Set<Listener>()
const timers = new Map<number, ReturnType<typeof setTimeout>>()

function emit(next: readonly Toast[]): void {
  toasts = next
  listeners.forEach((l) => l())
}

export const toastStore = {
  get: (): readonly Toast[] => toasts,
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  // Errors and undo offers stay longer: they ask the reader to act.
  show(toast: Omit<Toast, 'id'>, timeoutMs = toast.tone === 'error' || toast.action ? 10000 : 5000): number {
    const id = nextId++
    emit([...toasts, { ...toast, id }].slice(-4))
    timers.set(
      id,
      setTimeout(() => toastStore.dismiss(id), timeoutMs)
    )
    return id
  },
  dismiss(id: number): void {
    clearTimeout(timers.get(id))
    timers.delete(id)
    emit(toasts.filter((t) => t.id !== id))
  }
}

export const notify = (message: string, action?: Toast['action']): number =>
  toastStore.show(action ? { tone: 'info', message, action } : { tone: 'info', message })
export const notifyError = (message: string): number => toastStore.show({ tone: 'error', message })
