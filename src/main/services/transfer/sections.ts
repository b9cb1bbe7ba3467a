import { customersSection } from '../customers/transfer-section'
import { discoverySection } from '../discovery/transfer-section'
import { ebmSection } from '../ebm/transfer-section'
import { flowSection } from '../flow/transfer-section'
import { orderingSection } from '../ordering/transfer-section'
import { practiceSection } from '../practice/transfer-section'
import { reportsSection } from '../reports/transfer-section'
import { storyMapSection } from '../storymap/transfer-section'
import { searchSection } from '../search/transfer-section'
import { sprintReviewsSection } from '../sprint-reviews/transfer-section'
import { strategySection } from '../strategy/transfer-section'
import { visionSection } from '../vision/transfer-section'
import { backlogSection } from './backlog-section'
import type { TransferSection } from './section'

/**
 * Every part of a product's JSON document, in import order (a section may refer to ids that an
 * earlier one created). An area with data of its own adds its section here.
 */
export const SECTIONS: ReadonlyArray<TransferSection<unknown>> = [
  backlogSection,
  searchSection,
  storyMapSection,
  orderingSection,
  ebmSection,
  visionSection,
  customersSection,
  // After customers and EBM: segments hold personas, interviews name stakeholders, assumptions their experiments.
  discoverySection,
  // After vision and customers: its reviews belong to Sprints and name stakeholders.
  sprintReviewsSection,
  // After customers: a Value Proposition Canvas may be written for a persona.
  strategySection,
  // After vision: a saved forecast may ask about a Product Goal's items.
  flowSection,
  // Last: its links point at things every other section has created.
  practiceSection,
  reportsSection
]
