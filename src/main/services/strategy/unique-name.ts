import { ApiError } from '@shared/api'
import { isUniqueViolation } from '../products/service'

const taken = (what: string, name: string) =>
  new ApiError('conflict', `There is already a ${what} called “${name}” in this product; choose another name.`, [
    { path: 'name', message: `A ${what} with this name exists` }
  ])

/** Inserts or updates, turning a duplicate name into a conflict that names the field. */
export async function uniqueName<T>(what: string, name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (name !== undefined && isUniqueViolation(error)) throw taken(what, name)
    throw error
  }
}
