import { DefinitionContent } from '@shared/api/methods/discovery'
import { rowMapping } from '../../db/columns'
import { versionFields } from '../vision/version-store'

export const definitionVersionColumns = rowMapping('product_definition_versions', versionFields(DefinitionContent), [
  'product_id'
])
