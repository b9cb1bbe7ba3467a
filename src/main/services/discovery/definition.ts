import type { DefinitionContent } from '@shared/api/methods/discovery'
import { DEFINITION_FIELD_REFS, definitionFieldValue, emptyDefinition } from '@shared/domain/discovery'
import { changedFields, compareFields } from '@shared/domain/vision/diff'
import type { Db } from '../deps'
import { versionStore } from '../vision/version-store'
import { definitionVersionColumns } from './columns'

/** "Define your product", kept and compared version by version as the vision is. */
export const definitionStore = versionStore({
  columns: definitionVersionColumns,
  name: 'product definition',
  changedFields: (previous: DefinitionContent | null, next: DefinitionContent) =>
    changedFields(DEFINITION_FIELD_REFS, definitionFieldValue, previous, next),
  compareContent: (from: DefinitionContent, to: DefinitionContent) =>
    compareFields(DEFINITION_FIELD_REFS, definitionFieldValue, from, to)
})

export const getDefinition = (db: Db, productId: number) => definitionStore.get(db, productId, emptyDefinition())
