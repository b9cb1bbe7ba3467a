import { notify } from '@renderer/ui/toastStore'
import { CreateProductForm } from './CreateProductForm'
import { useResetSample } from './queries'

/** First run, or every product archived or deleted: start one or bring the sample back. */
export function NoProducts() {
  const reset = useResetSample()
  return (
    <div className="empty-state card">
      <h2>No products yet</h2>
      <p>
        Everything in PO Studio belongs to a product. Create your own, or restore the sample product to explore a ready-made
        backlog first.
      </p>
      <CreateProductForm autoFocus />
      <p>
        <button type="button" disabled={reset.isPending} onClick={() => reset.mutate(undefined, { onSuccess: () => notify('Sample product restored.') })}>
          Restore the sample product
        </button>
      </p>
    </div>
  )
}
