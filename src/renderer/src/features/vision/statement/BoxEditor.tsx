import { VISION_FIELD_LABELS, type BoxField, type VisionContent } from '@shared/domain/vision/content'
import { TextField } from '@renderer/ui/TextField'

interface BoxEditorProps {
  box: VisionContent['box']
  onChange: (field: BoxField, value: string) => void
}

/** The Product Box exercise: what would sell it from a shop shelf? The box is drawn as you write. */
export function BoxEditor({ box, onChange }: BoxEditorProps) {
  const benefits = [box.benefit1, box.benefit2, box.benefit3].map((b) => b.trim()).filter(Boolean)
  return (
    <div className="product-box-editor">
      <div className="stack">
        <TextField label={VISION_FIELD_LABELS.box.name} value={box.name} onChange={(v) => onChange('name', v)} />
        <TextField
          label={VISION_FIELD_LABELS.box.tagline}
          value={box.tagline}
          onChange={(v) => onChange('tagline', v)}
        />
        {(['benefit1', 'benefit2', 'benefit3'] as const).map((field) => (
          <TextField
            key={field}
            label={VISION_FIELD_LABELS.box[field]}
            value={box[field]}
            onChange={(v) => onChange(field, v)}
          />
        ))}
        <TextField
          label={VISION_FIELD_LABELS.box.details}
          hint="What the back of the box says: features, requirements, who it is for."
          value={box.details}
          rows={5}
          onChange={(v) => onChange('details', v)}
        />
      </div>
      <figure className="product-box-stage" aria-label="The product box as it would look">
        <div className="product-box">
          <div className="box-front">
            <p className="box-name">{box.name.trim() || 'Product name'}</p>
            <p className="box-tagline">{box.tagline.trim() || 'A tagline that sells it'}</p>
            <ul className="box-benefits">
              {benefits.length ? (
                benefits.map((b, i) => <li key={i}>{b}</li>)
              ) : (
                <li className="muted">Three key benefits</li>
              )}
            </ul>
          </div>
          <div className="box-side" aria-hidden="true">
            <span>{box.name.trim() || 'Product name'}</span>
          </div>
        </div>
        <figcaption className="box-back">
          <strong>Back of the box</strong>
          <p>{box.details.trim() || 'Details, features and requirements go here.'}</p>
        </figcaption>
      </figure>
    </div>
  )
}
