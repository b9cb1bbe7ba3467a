import { ApiError } from '@shared/api'
import type { EvidenceSnapshot } from '@shared/api/methods/practice'
import { OPEN_CATEGORIES } from '@shared/domain/backlog'
import { QUADRANT_GUIDANCE } from '@shared/domain/customers'
import {
  DEFINITION_FIELD_REFS,
  FEEDBACK_METHOD_LABELS,
  PERSONA_KIND_LABELS,
  QUADRANT_TEXT,
  definitionFieldValue
} from '@shared/domain/discovery'
import { formatCount } from '@shared/domain/format'
import { MODEL_LABELS, ORDERING_MODELS } from '@shared/domain/ordering/scales'
import { summariseBacklog, type LinkedKind } from '@shared/domain/practice'
import { REVIEW_STATUS_LABELS, reviewLines } from '@shared/domain/sprint-review'
import { GOAL_STATUS_LABELS } from '@shared/domain/vision/goals'
import { VISION_FIELD_REFS, visionFieldValue } from '@shared/domain/vision/content'
import { createBacklogService } from '../backlog/items'
import { listPersonas } from '../customers/personas'
import { listStakeholders } from '../customers/stakeholders'
import type { Db, ServiceDeps } from '../deps'
import { assumptionMap } from '../discovery/assumptions'
import { definitionStore } from '../discovery/definition'
import { listInterviews } from '../discovery/interviews'
import { listSegments } from '../discovery/segments'
import { createMeasureService } from '../ebm/measures'
import { createValueService } from '../ebm/values'
import { listForecasts } from '../flow/forecasts'
import { backlogHealth } from '../health'
import { createApplyService } from '../ordering/apply'
import { readScale } from '../settings/read'
import { createSprintReviewService } from '../sprint-reviews/reviews'
import { canvasEvidence, competitorsEvidence, influencesEvidence } from '../strategy/evidence'
import { getGoal, listGoals } from '../vision/goals'
import { getVersion, listVersions } from '../vision/versions'
import { PLAN_READERS } from './plan-snapshots'
import {
  byId,
  day,
  line,
  needRef,
  notInProduct,
  percent,
  productWide,
  type KindReader,
  type Pointer
} from './snapshot-kit'

export type { Pointer } from './snapshot-kit'

const READERS: Record<LinkedKind, KindReader> = {
  ...PLAN_READERS,
  vision: {
    async sources({ db }, productId) {
      const versions = await listVersions(db, productId)
      return versions.map((v) => ({
        ref: v.id,
        refKey: null,
        label: `Version ${v.number}`,
        detail: `${day(v.savedAt)} · ${v.reason}`
      }))
    },
    async take({ db }, productId, pointer) {
      const version = await getVersion(db, needRef(pointer, 'vision version'))
      if (version.productId !== productId) throw notInProduct('vision version')
      const fields = VISION_FIELD_REFS.flatMap((ref) => line(ref.label, visionFieldValue(version.content, ref)))
      return {
        ref: version.id,
        refKey: null,
        snapshot: {
          title: `Vision version ${version.number}`,
          lines: [...line('Why it changed', version.reason), ...line('Saved', day(version.savedAt)), ...fields],
          data: version
        }
      }
    },
    live: byId('vision_versions', () => '/vision/statement')
  },

  goal: {
    async sources({ db }, productId) {
      const goals = await listGoals(db, productId)
      return goals.map((g) => ({ ref: g.id, refKey: null, label: g.title, detail: GOAL_STATUS_LABELS[g.status] }))
    },
    async take({ db }, productId, pointer) {
      const goal = await getGoal(db, needRef(pointer, 'Product Goal'))
      if (goal.productId !== productId) throw notInProduct('Product Goal')
      const lines = [
        ...line('Status', GOAL_STATUS_LABELS[goal.status]),
        ...line('Description', goal.description),
        ...line('Measure', goal.measure),
        ...line('Baseline', goal.baseline),
        ...line('Target', goal.target),
        ...line('Target date', goal.targetDate),
        ...line('Items serving it', goal.itemIds.length),
        ...line('Why it ended', goal.endReason)
      ]
      return { ref: goal.id, refKey: null, snapshot: { title: `Product Goal: ${goal.title}`, lines, data: goal } }
    },
    live: byId('product_goals', () => '/vision/goals')
  },

  backlog: {
    sources: () =>
      Promise.resolve([
        {
          ref: null,
          refKey: null,
          label: 'The backlog as it is now',
          detail: 'DEEP health, estimates, acceptance criteria, readiness and INVEST over the top items'
        }
      ]),
    async take(deps, productId) {
      const items = await createBacklogService(deps).list(productId)
      const openStates = await deps.db
        .selectFrom('workflow_states')
        .select('id')
        .where('product_id', '=', productId)
        .where('category', 'in', OPEN_CATEGORIES)
        .execute()
      const open = new Set(openStates.map((s) => s.id))
      const { estimateThreshold } = await readScale(deps.db, productId)
      const summary = summariseBacklog(
        items.map((i) => ({ ...i, open: open.has(i.stateId) })),
        estimateThreshold
      )
      // DEEP health as the backlog.health method reports it.
      const health = await backlogHealth(deps.db, productId, deps.now())
      const lines = [
        ...line('Open items', summary.openCount),
        ...health.letters.map((l) => ({
          label: `DEEP · ${l.name}`,
          value: `${l.score === null ? 'not scored' : `${l.score}/100`}: ${l.summary}`
        })),
        ...line('Estimated', `${summary.estimatedCount} (${percent(summary.estimatedCount, summary.openCount)})`),
        ...line(
          'With acceptance criteria',
          `${summary.withCriteriaCount} (${percent(summary.withCriteriaCount, summary.openCount)})`
        ),
        ...line('Ready', `${summary.readyCount} (${percent(summary.readyCount, summary.openCount)})`),
        ...line(`INVEST over the top ${summary.topCount}`, `${summary.topPassingInvest} pass every letter`),
        ...summary.top.map((item, i) => ({
          label: `${i + 1}.`,
          value: `${item.title}${item.estimate === null ? '' : ` (${item.estimate})`}`
        }))
      ]
      return { ref: null, refKey: null, snapshot: { title: 'Backlog summary', lines, data: { summary, health } } }
    },
    live: productWide('/backlog')
  },

  item: {
    async sources(deps, productId) {
      const items = await createBacklogService(deps).list(productId)
      return items.map((i, index) => ({
        ref: i.id,
        refKey: null,
        label: i.title,
        detail: `#${index + 1} · ${i.type}${i.estimate === null ? '' : ` · ${i.estimate}`}`
      }))
    },
    async take(deps, productId, pointer) {
      const detail = await createBacklogService(deps)
        .detail(needRef(pointer, 'backlog item'))
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.code === 'not_found') throw notInProduct('backlog item')
          throw error
        })
      if (detail.item.productId !== productId) throw notInProduct('backlog item')
      const lines = [
        ...line('Type', detail.item.type),
        ...line('Estimate', detail.item.estimate),
        ...line('Description', detail.item.description),
        ...detail.criteria.map((c, i) => ({ label: `Acceptance criterion ${i + 1}`, value: c.text })),
        ...line('Ready', detail.readyChecks.length === 0 ? null : detail.item.ready ? 'yes' : 'no')
      ]
      return {
        ref: detail.item.id,
        refKey: null,
        snapshot: { title: `Backlog item: ${detail.item.title}`, lines, data: detail }
      }
    },
    async live(db, productId, { ref }) {
      if (ref === null) return null
      const row = await db
        .selectFrom('backlog_items')
        .select(['product_id', 'deleted_at'])
        .where('id', '=', ref)
        .executeTakeFirst()
      return row?.product_id === productId && row.deleted_at === null ? '/backlog' : null
    }
  },

  forecast: {
    async sources({ db }, productId) {
      const forecasts = await listForecasts(db, productId)
      return forecasts.map((f) => ({
        ref: f.id,
        refKey: null,
        label: f.label || f.questionKey,
        detail: `${f.question === 'when' ? 'When' : 'How many'} · saved ${day(f.createdAt)}`
      }))
    },
    async take({ db }, productId, pointer) {
      const id = needRef(pointer, 'saved forecast')
      const forecast = (await listForecasts(db, productId)).find((f) => f.id === id)
      if (!forecast) throw notInProduct('saved forecast')
      const unit = forecast.question === 'when' ? 'working days' : 'items'
      const lines = [
        ...line('Question', forecast.question === 'when' ? 'When will it be done?' : 'How many items by a date?'),
        ...(['50', '70', '85', '95'] as const).map((p) => {
          const value = forecast.result.percentiles[p]
          const date = forecast.result.percentileDates?.[p]
          return {
            label: `${p}% likely`,
            value: value === null ? 'not within ten years' : `${value} ${unit}${date ? ` (${date})` : ''}`
          }
        }),
        ...line('Saved', day(forecast.createdAt))
      ]
      return {
        ref: forecast.id,
        refKey: null,
        snapshot: { title: `Forecast: ${forecast.label || forecast.questionKey}`, lines, data: forecast }
      }
    },
    live: byId('saved_forecasts', () => '/flow/saved')
  },

  measure: {
    async sources(deps, productId) {
      const measures = await createMeasureService(deps).list(productId)
      return measures.map((m) => ({
        ref: m.id,
        refKey: null,
        label: m.name,
        detail: `${m.area} · ${formatCount(m.valueCount, 'value')}`
      }))
    },
    async take(deps, productId, pointer) {
      const series = await createValueService(deps)
        .list(needRef(pointer, 'measure'))
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.code === 'not_found') throw notInProduct('measure')
          throw error
        })
      const { measure, values } = series
      if (measure.productId !== productId) throw notInProduct('measure')
      const lines = [
        ...line('Key Value Area', measure.area),
        ...line('Description', measure.description),
        ...line(
          'Latest value',
          measure.latest ? `${measure.latest.value} ${measure.unit} on ${measure.latest.date}` : null
        ),
        ...line('Target', measure.targetValue),
        ...line('Values recorded', values.length),
        ...values.slice(-5).map((v) => ({ label: v.date, value: `${v.value} ${measure.unit}`.trim() }))
      ]
      return { ref: measure.id, refKey: null, snapshot: { title: `Measure: ${measure.name}`, lines, data: series } }
    },
    live: byId('ebm_measures', (id) => `/ebm/measures/${id}`)
  },

  stakeholders: {
    sources: () =>
      Promise.resolve([
        {
          ref: null,
          refKey: null,
          label: 'The stakeholder map as it is now',
          detail: 'Everyone on the power and interest grid'
        }
      ]),
    async take({ db, now }, productId) {
      const stakeholders = await listStakeholders(db, productId, now())
      const lines = stakeholders.map((s) => ({
        label: s.name,
        value: `${QUADRANT_GUIDANCE[s.quadrant].title} (power ${s.power}, interest ${s.interest})${s.overdue ? ', contact overdue' : ''}`
      }))
      return {
        ref: null,
        refKey: null,
        snapshot: { title: `Stakeholder map (${stakeholders.length})`, lines, data: stakeholders }
      }
    },
    live: productWide('/customers/stakeholders')
  },

  persona: {
    async sources({ db }, productId) {
      const personas = await listPersonas(db, productId)
      return personas.map((p) => ({ ref: p.id, refKey: null, label: p.name, detail: p.role }))
    },
    async take({ db }, productId, pointer) {
      const id = needRef(pointer, 'persona')
      const persona = (await listPersonas(db, productId)).find((p) => p.id === id)
      if (!persona) throw notInProduct('persona')
      const lines = [
        ...line('Role', persona.role),
        ...line('Context', persona.context),
        ...line('Goals', persona.goals),
        ...line('Pains', persona.pains),
        ...line('Quote', persona.quote),
        ...line('Job stories', persona.jobStories.length),
        ...line('Linked items', persona.itemIds.length)
      ]
      return { ref: persona.id, refKey: null, snapshot: { title: `Persona: ${persona.name}`, lines, data: persona } }
    },
    live: byId('personas', () => '/customers/personas')
  },

  ordering: {
    sources: () =>
      Promise.resolve(
        ORDERING_MODELS.map((model) => ({
          ref: null,
          refKey: model,
          label: `Your order against ${MODEL_LABELS[model]}`,
          detail: 'Kendall tau, displacement and the biggest moves'
        }))
      ),
    async take(deps, productId, { refKey }) {
      const model = ORDERING_MODELS.find((m) => m === refKey)
      if (!model) {
        throw new ApiError('invalid_input', `Choose an ordering model: ${ORDERING_MODELS.join(', ')}.`, [
          { path: 'refKey', message: `Choose a model: ${ORDERING_MODELS.join(', ')}` }
        ])
      }
      const comparison = await createApplyService(deps).compare(productId, model)
      const lines = [
        ...line('Scored items', `${comparison.scoredCount} (unscored ${comparison.unscoredCount})`),
        ...line(
          'Kendall tau',
          comparison.kendallTau === null ? 'not enough scored items' : comparison.kendallTau.toFixed(2)
        ),
        ...line('Average displacement', comparison.averageDisplacement.toFixed(1)),
        ...comparison.movers.map((m) => ({ label: m.title, value: m.reason }))
      ]
      return {
        ref: null,
        refKey: model,
        snapshot: { title: `Ordering: your order against ${MODEL_LABELS[model]}`, lines, data: comparison }
      }
    },
    live: productWide('/ordering/compare')
  },

  sprintReview: {
    async sources(deps, productId) {
      const reviews = await createSprintReviewService(deps).list(productId)
      return reviews.map((r) => ({
        ref: r.id,
        refKey: null,
        label: `Sprint Review of ${r.sprintName}`,
        detail: `${REVIEW_STATUS_LABELS[r.status]}${r.heldOn ? ` ${r.heldOn}` : ''} · ${r.feedback.length} pieces of feedback`
      }))
    },
    async take(deps, productId, pointer) {
      const id = needRef(pointer, 'Sprint Review')
      const review = (await createSprintReviewService(deps).list(productId)).find((r) => r.id === id)
      if (!review) throw notInProduct('Sprint Review')
      return {
        ref: review.id,
        refKey: null,
        snapshot: { title: `Sprint Review of ${review.sprintName}`, lines: reviewLines(review), data: review }
      }
    },
    async live(db, productId, { ref }) {
      if (ref === null) return null
      const row = await db
        .selectFrom('sprint_reviews as r')
        .innerJoin('sprints as s', 's.id', 'r.sprint_id')
        .select('s.product_id')
        .where('r.id', '=', ref)
        .executeTakeFirst()
      return row?.product_id === productId ? '/vision/review' : null
    }
  },

  segments: {
    sources: () =>
      Promise.resolve([
        {
          ref: null,
          refKey: null,
          label: 'The customer segments and personas as they are now',
          detail: 'Each segment with its buyers and users'
        }
      ]),
    async take({ db }, productId) {
      const [segments, personas] = [await listSegments(db, productId), await listPersonas(db, productId)]
      const named = (ids: readonly number[]) =>
        personas
          .filter((p) => ids.includes(p.id))
          .map((p) => `${p.name} (${PERSONA_KIND_LABELS[p.buyerOrUser]})`)
          .join(', ') || 'no persona yet'
      const lines = [
        ...segments.map((s) => ({
          label: s.name,
          value: [s.needs, s.size, `Personas: ${named(s.personaIds)}`].filter(Boolean).join(' · ')
        })),
        ...line('In no segment', named(personas.filter((p) => p.segmentId === null).map((p) => p.id)))
      ]
      return {
        ref: null,
        refKey: null,
        snapshot: {
          title: `Customer segments (${segments.length}) and personas (${personas.length})`,
          lines,
          data: { segments, personas }
        }
      }
    },
    live: productWide('/discovery/segments')
  },

  interview: {
    async sources({ db }, productId) {
      const interviews = await listInterviews(db, productId)
      return interviews.map((i) => ({
        ref: i.id,
        refKey: null,
        label: `${FEEDBACK_METHOD_LABELS[i.method]} with ${i.who}`,
        detail: i.heldOn
      }))
    },
    async take({ db }, productId, pointer) {
      const id = needRef(pointer, 'interview')
      const interview = (await listInterviews(db, productId)).find((i) => i.id === id)
      if (!interview) throw notInProduct('interview')
      const lines = [
        ...line('Held on', interview.heldOn),
        ...line('With', interview.who),
        ...line('What was learned', interview.learned),
        ...line('Evidence', interview.evidence),
        ...line('Link to the evidence', interview.evidenceLink),
        ...line('Backlog items', interview.itemIds.length),
        ...line('Assumptions', interview.assumptionIds.length)
      ]
      return {
        ref: interview.id,
        refKey: null,
        snapshot: { title: `${FEEDBACK_METHOD_LABELS[interview.method]} with ${interview.who}`, lines, data: interview }
      }
    },
    live: byId('interviews', () => '/discovery/interviews')
  },

  assumptionMap: {
    sources: () =>
      Promise.resolve([
        {
          ref: null,
          refKey: null,
          label: 'The assumption map as it is now',
          detail: 'Every assumption riskiest first, with its experiment'
        }
      ]),
    async take({ db, now }, productId) {
      const map = await assumptionMap(db, productId, now())
      const riskiest = map.assumptions.find((a) => a.id === map.riskiestId)
      const lines = [
        ...line('Test next', riskiest?.statement),
        ...map.assumptions.map((a, i) => ({
          label: `${i + 1}. ${a.statement}`,
          value: `${QUADRANT_TEXT[a.quadrant].title} (importance ${a.importance}, evidence ${a.evidence})${a.experiment ? `; tested by “${a.experiment.title}”` : ''}`
        }))
      ]
      return {
        ref: null,
        refKey: null,
        snapshot: { title: `Assumption map (${map.assumptions.length})`, lines, data: map }
      }
    },
    live: productWide('/discovery/assumptions')
  },

  definition: {
    async sources({ db }, productId) {
      const versions = await definitionStore.list(db, productId)
      return versions.map((v) => ({
        ref: v.id,
        refKey: null,
        label: `Version ${v.number}`,
        detail: `${day(v.savedAt)} · ${v.reason}`
      }))
    },
    async take({ db }, productId, pointer) {
      const version = await definitionStore.version(db, needRef(pointer, 'product definition version'))
      if (version.productId !== productId) throw notInProduct('product definition version')
      const fields = DEFINITION_FIELD_REFS.flatMap((ref) => line(ref.label, definitionFieldValue(version.content, ref)))
      return {
        ref: version.id,
        refKey: null,
        snapshot: {
          title: `Product definition version ${version.number}`,
          lines: [...line('Why it changed', version.reason), ...line('Saved', day(version.savedAt)), ...fields],
          data: version
        }
      }
    },
    live: byId('product_definition_versions', () => '/discovery/definition')
  },

  canvas: canvasEvidence,
  competitors: competitorsEvidence,
  influences: influencesEvidence
}

export const evidenceSources = (deps: ServiceDeps, productId: number, kind: LinkedKind) =>
  READERS[kind].sources(deps, productId)

/** Takes the snapshot now; the evidence row keeps it unchanged from then on. */
export async function takeSnapshot(
  deps: ServiceDeps,
  productId: number,
  kind: LinkedKind,
  pointer: Pointer
): Promise<Pointer & { snapshot: EvidenceSnapshot }> {
  const taken = await READERS[kind].take(deps, productId, pointer)
  return { ref: taken.ref, refKey: taken.refKey, snapshot: { ...taken.snapshot, takenAt: deps.now().toISOString() } }
}

export const liveRoute = (db: Db, productId: number, kind: LinkedKind, pointer: Pointer) =>
  READERS[kind].live(db, productId, pointer)
