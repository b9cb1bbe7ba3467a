import type { ReportData, ReportSectionId, CourseTrack } from '@shared/domain/report'
import { assignmentFromEntry, practiceTrackOf } from '@shared/domain/report'
import { DEFAULT_STALE_AFTER_DAYS } from '@shared/domain/ebm/vocabulary'
import { createBacklogService } from '../backlog/items'
import type { ServiceDeps } from '../deps'
import { customersHandlers } from '../customers'
import { ebmHandlers } from '../ebm'
import { flowHandlers } from '../flow'
import { backlogHealth } from '../health'
import { orderingHandlers } from '../ordering'
import { practiceHandlers } from '../practice'
import { getProduct } from '../products/service'
import { readSettings } from '../settings/definitions'
import { sprintReviewsHandlers } from '../sprint-reviews'
import { storymapHandlers } from '../storymap'
import { strategyHandlers } from '../strategy'
import { visionHandlers } from '../vision'

export interface ReportDataRequest {
  productId: number
  sections: readonly ReportSectionId[]
  /** Limits the assignments to this course's journal entries; null: every track. */
  track: CourseTrack | null
}

/**
 * Gathers what the chosen sections show through the areas' own services, so a report says exactly
 * what their screens say. The period is applied later, by the pure report builder.
 */
export async function reportData(
  deps: ServiceDeps,
  { productId, sections, track }: ReportDataRequest
): Promise<ReportData> {
  const product = await getProduct(deps.db, productId)
  const byProduct = { productId }
  const chosen = new Set(sections)
  const data: ReportData = { product: { id: product.id, name: product.name, description: product.description } }

  if (chosen.has('vision')) {
    const vision = visionHandlers(deps)
    data.vision = {
      state: await vision['vision.get'](byProduct),
      versions: await vision['vision.versions'](byProduct),
      goals: await vision['goals.list'](byProduct),
      sprints: await vision['sprints.list'](byProduct),
      reviews: await sprintReviewsHandlers(deps)['sprintReviews.list'](byProduct),
      okrs: await vision['okrs.list'](byProduct),
      roadmap: await vision['roadmap.get'](byProduct),
      strategy: await reportStrategy(deps, productId)
    }
  }
  if (chosen.has('backlog')) {
    const storyMap = await storymapHandlers(deps)['storymap.get'](byProduct)
    const placed = new Set(storyMap.placements.map((p) => p.itemId))
    const items = await createBacklogService(deps).list(productId)
    data.backlog = {
      health: await backlogHealth(deps.db, productId, deps.now()),
      definitions: await readSettings(deps.db, productId),
      storyMap,
      storyMapItems: items.filter((i) => placed.has(i.id)).map((i) => ({ id: i.id, title: i.title }))
    }
  }
  if (chosen.has('ordering')) {
    const ordering = orderingHandlers(deps)
    data.ordering = {
      wsjf: await ordering['ordering.compare']({ productId, model: 'wsjf' }),
      moscow: await ordering['ordering.moscow'](byProduct),
      kano: await ordering['kano.results'](byProduct)
    }
  }
  if (chosen.has('ebm')) {
    const ebm = ebmHandlers(deps)
    data.ebm = {
      overview: await ebm['ebm.overview']({ productId, staleAfterDays: DEFAULT_STALE_AFTER_DAYS }),
      goals: await ebm['ebm.goals.list'](byProduct),
      experiments: await ebm['ebm.experiments.list'](byProduct),
      costs: await strategyHandlers(deps)['strategy.costs.list'](byProduct),
      items: (await flowHandlers(deps)['flow.data'](byProduct)).items
    }
  }
  if (chosen.has('flow')) {
    const flow = flowHandlers(deps)
    data.flow = { data: await flow['flow.data'](byProduct), forecasts: await flow['forecasts.list'](byProduct) }
  }
  if (chosen.has('customers')) {
    const customers = customersHandlers(deps)
    data.customers = {
      personas: await customers['personas.list'](byProduct),
      stakeholders: await customers['stakeholders.list'](byProduct)
    }
  }
  if (chosen.has('assignments')) {
    const practice = practiceHandlers(deps)
    const progress = await practice['practice.progress'](byProduct)
    data.progress = track ? progress.filter((p) => p.trackId === practiceTrackOf(track)) : progress
    const entries = await practice['practice.entries.list']({
      productId,
      trackId: track ? practiceTrackOf(track) : undefined
    })
    // The journal lists newest first; a report reads better in the order the work was started.
    const ordered = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id)
    data.assignments = []
    for (const entry of ordered)
      data.assignments.push(assignmentFromEntry(await practice['practice.entries.get']({ id: entry.id })))
  }
  return data
}

async function reportStrategy(
  deps: ServiceDeps,
  productId: number
): Promise<NonNullable<NonNullable<ReportData['vision']>['strategy']>> {
  const strategy = strategyHandlers(deps)
  const canvases = await strategy['strategy.canvases.list']({ productId })
  return {
    canvases: await Promise.all(canvases.map((c) => strategy['strategy.canvases.get']({ id: c.id }))),
    competitors: await strategy['strategy.competitors.get']({ productId }),
    influences: await strategy['strategy.influences.list']({ productId })
  }
}
