import { useState, type FormEvent } from 'react'
import type { Measure } from '@shared/api/methods/ebm'
import {
  AREA_LABELS,
  DIRECTIONS,
  INDICATORS,
  KEY_VALUE_AREAS,
  MEASURE_CATEGORIES,
  type Direction,
  type Indicator,
  type KeyValueArea,
  type MeasureCategory
} from '@shared/domain/ebm/vocabulary'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { CATEGORY_LABELS, DIRECTION_LABELS, INDICATOR_HINTS, INDICATOR_LABELS } from '../shape/labels'

/** What the form edits: a measure's definition, not its values. */
export interface MeasureDraft {
  area: KeyValueArea
  name: string
  description: string
  unit: string
  direction: Direction
  indicator: Indicator
  category: MeasureCategory
  howMeasured: string
  targetValue: number | null
}

export const EMPTY_MEASURE: MeasureDraft = {
  area: 'current-value',
  name: '',
  description: '',
  unit: '',
  direction: 'higher',
  indicator: 'lagging',
  category: 'outcome',
  howMeasured: '',
  targetValue: null
}

export const draftOf = (m: Measure): MeasureDraft => ({
  area: m.area,
  name: m.name,
  description: m.description,
  unit: m.unit,
  direction: m.direction,
  indicator: m.indicator,
  category: m.category,
  howMeasured: m.howMeasured,
  targetValue: m.targetValue
})

interface MeasureFormProps {
  /** Prefix for element ids, so two forms can share a page. */
  idPrefix: string
  initial: MeasureDraft
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: MeasureDraft) => void
  onEdit: () => void
}

/** Mount with a `key` that changes when the form should start again from `initial`. */
export function MeasureForm({ idPrefix, initial, submitLabel, pending, error, onSubmit, onEdit }: MeasureFormProps) {
  const [draft, setDraft] = useState(initial)
  const [target, setTarget] = useState(initial.targetValue === null ? '' : String(initial.targetValue))
  const id = (field: string) => `${idPrefix}-${field}`
  const set = <K extends keyof MeasureDraft>(key: K, value: MeasureDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit({ ...draft, targetValue: target.trim() === '' ? null : Number(target) })
  }

  return (
    <form className="ebm-form" onSubmit={submit} onChange={onEdit}>
      <div className="field-row">
        <div className="field grow">
          <label htmlFor={id('name')}>Name</label>
          <input id={id('name')} value={draft.name} autoComplete="off" onChange={(e) => set('name', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id('area')}>Key Value Area</label>
          <select id={id('area')} value={draft.area} onChange={(e) => set('area', e.target.value as KeyValueArea)}>
            {KEY_VALUE_AREAS.map((area) => (
              <option key={area} value={area}>
                {AREA_LABELS[area]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('unit')}>Unit</label>
          <input
            id={id('unit')}
            value={draft.unit}
            placeholder="e.g. %, days, € per user"
            autoComplete="off"
            onChange={(e) => set('unit', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('direction')}>Better when</label>
          <select
            id={id('direction')}
            value={draft.direction}
            onChange={(e) => set('direction', e.target.value as Direction)}
          >
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {DIRECTION_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('indicator')}>Indicator</label>
          <select
            id={id('indicator')}
            value={draft.indicator}
            aria-describedby={id('indicator-hint')}
            onChange={(e) => set('indicator', e.target.value as Indicator)}
          >
            {INDICATORS.map((i) => (
              <option key={i} value={i}>
                {INDICATOR_LABELS[i]}
              </option>
            ))}
          </select>
          <span id={id('indicator-hint')} className="muted small">
            {INDICATOR_HINTS[draft.indicator]}
          </span>
        </div>
        <div className="field">
          <label htmlFor={id('category')}>Category</label>
          <select
            id={id('category')}
            value={draft.category}
            onChange={(e) => set('category', e.target.value as MeasureCategory)}
          >
            {MEASURE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('target')}>Target (optional)</label>
          <input
            id={id('target')}
            type="number"
            step="any"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('description')}>What it tells you</label>
        <textarea
          id={id('description')}
          rows={2}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={id('how')}>How and where it is measured</label>
        <textarea
          id={id('how')}
          rows={2}
          value={draft.howMeasured}
          placeholder="Source, tool, who reads it and how often"
          onChange={(e) => set('howMeasured', e.target.value)}
        />
      </div>
      <ErrorMessage error={error} />
      <div>
        <button type="submit" className="primary" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
