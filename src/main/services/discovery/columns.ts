import { DefinitionContent } from '@shared/api/methods/discovery'
import { rowMapping } from '../../db/columns'
import { versionFields } from '../vision/version-store'

export const definitionVersionColumns = rowMapping('product_definition_versions', versionFields(DefinitionContent), [
  'product_id'
])

export const segmentColumns = rowMapping(
  'customer_segments',
  {
    name: 'name',
    description: 'description',
    needs: 'needs',
    size: 'size',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id']
)

export const assumptionColumns = rowMapping(
  'assumptions',
  {
    statement: 'statement',
    risk: 'risk',
    importance: 'importance',
    evidence: 'evidence',
    notes: 'notes',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id', 'experiment_id']
)

export const interviewColumns = rowMapping(
  'interviews',
  {
    heldOn: 'held_on',
    method: 'method',
    person: 'person',
    learned: 'learned',
    evidence: 'evidence',
    evidenceLink: 'evidence_link',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id', 'persona_id', 'stakeholder_id']
)
