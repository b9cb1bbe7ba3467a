import { IMPORT_FORMAT_LABELS, IMPORT_FORMATS, type ImportFormat } from '@shared/domain/import/formats'

/** Which tool the file comes from, which decides how its columns are read. */
export function FormatChoice({ format, onChange }: { format: ImportFormat; onChange(format: ImportFormat): void }) {
  return (
    <fieldset className="field">
      <legend>Exported from</legend>
      {IMPORT_FORMATS.map((f) => (
        <label key={f} className="radio">
          <input type="radio" name="import-format" value={f} checked={format === f} onChange={() => onChange(f)} />
          {IMPORT_FORMAT_LABELS[f]}
        </label>
      ))}
    </fieldset>
  )
}

interface TargetProps {
  productName: string
  target: 'this' | 'new'
  newName: string
  onTarget(target: 'this' | 'new'): void
  onNewName(name: string): void
}

/** The product the items go to: the one open, or a new one made by the import. */
export function TargetChoice({ productName, target, newName, onTarget, onNewName }: TargetProps) {
  return (
    <fieldset className="field">
      <legend>Import into</legend>
      <label className="radio">
        <input type="radio" name="import-target" checked={target === 'this'} onChange={() => onTarget('this')} />
        This product ({productName})
      </label>
      <label className="radio">
        <input type="radio" name="import-target" checked={target === 'new'} onChange={() => onTarget('new')} />A new
        product named
      </label>
      <label htmlFor="import-new-name" className="visually-hidden">
        Name of the new product
      </label>
      <input
        id="import-new-name"
        value={newName}
        disabled={target !== 'new'}
        onChange={(e) => onNewName(e.target.value)}
      />
    </fieldset>
  )
}
