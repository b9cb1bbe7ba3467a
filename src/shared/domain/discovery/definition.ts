/**
 * "Define your product": what it is, for whom, where its boundaries lie and who owns it. A product
 * is defined by the value it gives its customers, not by the project or system that builds it.
 */
export const DEFINITION_FIELDS = ['what', 'forWhom', 'inScope', 'outOfScope', 'owner'] as const
export type DefinitionField = (typeof DEFINITION_FIELDS)[number]
export type DefinitionContent = Record<DefinitionField, string>

export const DEFINITION_FIELD_LABELS: Record<DefinitionField, string> = {
  what: 'What the product is',
  forWhom: 'For whom',
  inScope: 'Inside its boundaries',
  outOfScope: 'Outside its boundaries',
  owner: 'Product Owner'
}

export const DEFINITION_FIELD_HINTS: Record<DefinitionField, string> = {
  what: 'The value it delivers, in words its customers would use.',
  forWhom: 'Its buyers and its users: the segments and personas it serves.',
  inScope: 'What belongs to this product, and so to its one Product Backlog.',
  outOfScope: 'What does not, and who looks after that instead.',
  owner: 'The one person accountable for its value, and what they may decide.'
}

export const MAX_DEFINITION_FIELD = 4000

export const DEFINITION_FIELD_REFS = DEFINITION_FIELDS.map((field) => ({
  key: field,
  label: DEFINITION_FIELD_LABELS[field]
}))

export const definitionFieldValue = (content: DefinitionContent, ref: { key: string }): string =>
  content[ref.key as DefinitionField] ?? ''

export const emptyDefinition = (): DefinitionContent => ({
  what: '',
  forWhom: '',
  inScope: '',
  outOfScope: '',
  owner: ''
})
