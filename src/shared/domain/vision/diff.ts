import { changedFields, compareFields, type FieldDiff } from '../versions/diff'
import { VISION_FIELD_REFS, visionFieldValue, type VisionContent, type VisionSection } from './content'

export type VisionFieldDiff = FieldDiff<VisionSection>

/** Every vision field in display order with its word diff. */
export const compareVisionContent = (from: VisionContent, to: VisionContent): VisionFieldDiff[] => compareFields(VISION_FIELD_REFS, visionFieldValue, from, to)

/** Keys (`section.field`) of the fields that differ; against nothing, the fields that have text. */
export const changedVisionFields = (previous: VisionContent | null, next: VisionContent): string[] => changedFields(VISION_FIELD_REFS, visionFieldValue, previous, next)
