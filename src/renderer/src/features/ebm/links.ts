import type { KeyValueArea } from '@shared/domain/ebm/vocabulary'

/** Paths inside the EBM area (the page is a nested route, so they are relative to /ebm). */
export const measureLink = (id: number) => `/measures/${id}`

/** The catalogue, opened on one area when there is one. */
export const catalogueLink = (area: KeyValueArea | null) => (area ? `/measures/adopt/${area}` : '/measures/adopt')
