import type { BacklogFilters } from '@shared/api/methods/backlog'
import type { ItemType } from '@shared/domain/backlog'

/** The filter bar's fields as the form holds them (strings from selects and inputs). */
export interface FilterForm {
  type: '' | ItemType
  stateId: string
  label: string
  ready: '' | 'yes' | 'no'
  estimate: '' | 'none' | 'range'
  min: string
  max: string
  /** A team's id, 'none' for items without a team, '' for any. */
  team: string
}

export const EMPTY_FORM: FilterForm = {
  type: '',
  stateId: '',
  label: '',
  ready: '',
  estimate: '',
  min: '',
  max: '',
  team: ''
}

const number = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text))

/** The API's filters from the form; empty fields filter nothing. */
export function toFilters(form: FilterForm): BacklogFilters {
  const min = number(form.min)
  const max = number(form.max)
  return {
    ...(form.type && { types: [form.type] }),
    ...(form.stateId && { stateIds: [Number(form.stateId)] }),
    ...(form.label && { labels: [form.label] }),
    ...(form.ready && { ready: form.ready === 'yes' }),
    ...(form.team && { teams: [form.team === 'none' ? ('none' as const) : Number(form.team)] }),
    ...(form.estimate === 'none' && { estimate: { kind: 'none' as const } }),
    ...(form.estimate === 'range' && {
      estimate: { kind: 'range' as const, ...(min !== undefined && { min }), ...(max !== undefined && { max }) }
    })
  }
}

/** A saved filter back in the form (the bar edits one value per filter; extra values are kept out). */
export function toForm(filters: BacklogFilters): FilterForm {
  const estimate = filters.estimate
  return {
    type: filters.types?.[0] ?? '',
    stateId: filters.stateIds?.[0] === undefined ? '' : String(filters.stateIds[0]),
    label: filters.labels?.[0] ?? '',
    ready: filters.ready === undefined ? '' : filters.ready ? 'yes' : 'no',
    estimate: estimate?.kind ?? '',
    min: estimate?.kind === 'range' && estimate.min !== undefined ? String(estimate.min) : '',
    max: estimate?.kind === 'range' && estimate.max !== undefined ? String(estimate.max) : '',
    team: filters.teams?.[0] === undefined ? '' : String(filters.teams[0])
  }
}

/** `#42` picks item 42 straight away, as the old title filter did. */
export function idQuery(query: string): number | null {
  const match = /^\s*#(\d+)\s*$/.exec(query)
  return match ? Number(match[1]) : null
}
