import { notify } from '@renderer/ui/toastStore'
import { CreateProductForm } from './CreateProductForm'
import { useResetSample } from './queries'

/** Every product was removed or archived: start one or bring the sample back. */
export function NoProducts() {
  const reset = useResetSample()
  return (
    <div className="empty-state card">
      <h2>No active products</h2>
      <p>
        Everything in PO Studio belongs to a product. Create your own, restore the sample product to explore a
        ready-made backlog, or bring back an archived one on the Products page.
      </p>
      <CreateProductForm autoFocus />
      <p>
        <button
          type="button"
          disabled={reset.isPending}
          onClick={() => reset.mutate(undefined, { onSuccess: () => notify('Sample product restored.') })}
        >
          Restore the sample product
        </button>
      </p>
    </div>
  )
}
