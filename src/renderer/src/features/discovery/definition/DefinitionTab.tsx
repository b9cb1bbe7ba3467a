import { useState } from 'react'
import type { Product } from '@shared/api'
import type { DefinitionContent } from '@shared/api/methods/discovery'
import {
  DEFINITION_FIELDS,
  DEFINITION_FIELD_HINTS,
  DEFINITION_FIELD_LABELS,
  DEFINITION_FIELD_REFS
} from '@shared/domain/discovery/definition'
import { SaveBar } from '@renderer/ui/versions/SaveBar'
import { SaveVersionDialog } from '@renderer/ui/versions/SaveVersionDialog'
import { VersionComparison } from '@renderer/ui/versions/VersionComparison'
import { VersionHistory } from '@renderer/ui/versions/VersionHistory'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'
import { useDefinition, useDefinitionComparison, useDefinitionVersions, useDiscoveryWrite } from '../queries'

const FIELD_LABELS = new Map(DEFINITION_FIELD_REFS.map((ref) => [ref.key, ref.label]))

/** "Define your product": the definition, saved as versions with reasons and compared as the vision is. */
export function DefinitionTab({ product }: { product: Product }) {
  const definition = useDefinition(product.id)
  const versions = useDefinitionVersions(product.id)
  if (definition.error) return <ErrorMessage error={definition.error} />
  if (!definition.data) return <p className="muted">Loading the definition…</p>
  // A new saved version resets the draft to what was saved.
  return (
    <div className="stack">
      <DefinitionEditor
        key={definition.data.latest?.id ?? 0}
        productId={product.id}
        content={definition.data.content}
        latest={definition.data.latest}
      />
      <VersionHistory
        versions={versions}
        fieldLabels={FIELD_LABELS}
        emptyText="Write what the product is and for whom, then save: each save is kept here with its date and reason."
        renderComparison={(pair) => <DefinitionComparison productId={product.id} pair={pair} />}
      />
    </div>
  )
}

function DefinitionComparison({ productId, pair }: { productId: number; pair: { from: number; to: number } }) {
  return <VersionComparison comparison={useDefinitionComparison(productId, pair)} />
}

interface DefinitionEditorProps {
  productId: number
  content: DefinitionContent
  latest: { number: number; savedAt: string; reason: string } | null
}

function DefinitionEditor({ productId, content, latest }: DefinitionEditorProps) {
  const [draft, setDraft] = useState(content)
  const [saving, setSaving] = useState(false)
  const save = useDiscoveryWrite(productId, 'discovery.definition.save')
  const dirty = JSON.stringify(draft) !== JSON.stringify(content)
  return (
    <section className="stack" aria-labelledby="definition-title">
      <h2 id="definition-title">Define your product</h2>
      <SaveBar dirty={dirty} latest={latest} onDiscard={() => setDraft(content)} onSave={() => setSaving(true)} />
      {DEFINITION_FIELDS.map((field) => (
        <TextField
          key={field}
          label={DEFINITION_FIELD_LABELS[field]}
          hint={DEFINITION_FIELD_HINTS[field]}
          rows={field === 'owner' ? 1 : 3}
          value={draft[field]}
          onChange={(value) => setDraft((d) => ({ ...d, [field]: value }))}
        />
      ))}
      <SaveVersionDialog
        title="Save the product definition"
        placeholder="Interviews showed that clubs, not parents, buy lane blocks"
        open={saving}
        onClose={() => setSaving(false)}
        pending={save.isPending}
        error={save.error}
        reset={save.reset}
        onSave={(reason, saved) =>
          save.mutate({ productId, content: draft, reason }, { onSuccess: (version) => saved(version.number) })
        }
      />
    </section>
  )
}
