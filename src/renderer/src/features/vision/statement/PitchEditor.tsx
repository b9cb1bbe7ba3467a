import { VISION_FIELD_LABELS, type PitchField, type VisionContent } from '@shared/domain/vision/content'
import { TextField } from '@renderer/ui/TextField'
import { assemblePitch } from '@shared/domain/vision/pitch'

const PROMPTS: Record<PitchField, { lead: string; placeholder: string }> = {
  targetCustomer: { lead: 'For …', placeholder: 'swimmers at busy public pools' },
  need: { lead: 'who …', placeholder: 'want a lane without queuing' },
  productName: { lead: 'the …', placeholder: 'Lanes' },
  category: { lead: 'is a …', placeholder: 'booking app' },
  keyBenefit: { lead: 'that …', placeholder: 'reserves a lane in seconds' },
  alternative: { lead: 'Unlike …', placeholder: 'phoning the front desk' },
  differentiator: { lead: 'our product …', placeholder: 'shows how busy each lane is, live' }
}

interface PitchEditorProps {
  pitch: VisionContent['pitch']
  onChange: (field: PitchField, value: string) => void
}

/** Moore's template, one field per blank, with the whole sentence read back as you type. */
export function PitchEditor({ pitch, onChange }: PitchEditorProps) {
  const assembled = assemblePitch(pitch)
  return (
    <div className="pitch-editor">
      <div className="pitch-fields">
        {(Object.keys(PROMPTS) as PitchField[]).map((field) => (
          <TextField
            key={field}
            label={`${VISION_FIELD_LABELS.pitch[field]} (${PROMPTS[field].lead})`}
            value={pitch[field]}
            placeholder={`e.g. ${PROMPTS[field].placeholder}`}
            onChange={(value) => onChange(field, value)}
          />
        ))}
      </div>
      <figure className="pitch-preview card" aria-labelledby="pitch-preview-title">
        <figcaption id="pitch-preview-title" className="muted small">
          Preview of the elevator pitch
        </figcaption>
        <blockquote>
          {assembled.segments.map((segment, index) => (
            <span
              key={index}
              className={segment.field === null ? undefined : segment.missing ? 'pitch-blank' : 'pitch-filled'}
            >
              {segment.text}
            </span>
          ))}
        </blockquote>
        <ul className="pitch-checks small" aria-label="Checks on the pitch">
          {assembled.checks.map((check) => (
            <li key={check.message}>{check.message}</li>
          ))}
        </ul>
      </figure>
    </div>
  )
}
