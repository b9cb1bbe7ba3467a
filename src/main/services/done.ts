import { ApiError } from '@shared/api'
import { cite } from '@shared/domain/guides'

/**
 * The one refusal for a done state claimed without the Definition of Done. There is no way round
 * it: an item that does not meet the Definition of Done is not part of the Increment, so it is never
 * done, and it never counts as throughput, cycle time or forecast history.
 */
export function definitionOfDoneRequired(what: string, stateName: string, notDoneHint: string): ApiError {
  return new ApiError(
    'invalid_input',
    `${what} can only be ${stateName} when the Definition of Done is met: confirm it (confirmDone). Work that does not meet it is not part of the Increment and goes back to the Product Backlog${notDoneHint} (${cite('scrum', 'increment')}).`,
    [{ path: 'confirmDone', message: 'Confirm the Definition of Done is met' }]
  )
}
