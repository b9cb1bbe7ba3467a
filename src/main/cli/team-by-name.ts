import type { Product } from '@shared/api'
import type { Team } from '@shared/api/methods/teams'
import type { AppContext } from '../app/context'
import { CliUserError, type CliRuntime } from './types'

/** The product's teams in order; refused when it has none, saying where teams are made. */
export async function teamsOf(runtime: CliRuntime, ctx: AppContext, product: Product, option: string): Promise<Team[]> {
  const teams = await runtime.api(ctx).call('teams.list', { productId: product.id })
  if (teams.length === 0) {
    throw new CliUserError(
      `${option}: "${product.name}" has no teams yet. Add them in the app under Product settings › Teams, or leave out ${option}.`
    )
  }
  return teams
}

/** Finds one of the product's teams by its name (any case), or says which names exist. */
export async function teamByName(runtime: CliRuntime, ctx: AppContext, product: Product, name: string): Promise<Team> {
  const teams = await teamsOf(runtime, ctx, product, '--team')
  const found = teams.find((t) => t.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase())
  if (found) return found
  throw new CliUserError(
    `--team: "${product.name}" has no team called "${name}". Its teams: ${teams.map((t) => `"${t.name}"`).join(', ')}.`
  )
}
