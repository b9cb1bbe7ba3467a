import {
  CANVAS_KIND_LABELS,
  CANVAS_ROUTES,
  COMPETITORS_ROUTE,
  INFLUENCES_ROUTE,
  QUADRANT_INFO,
  RATING_MAX,
  canvasBlockValue,
  canvasFieldRefs
} from '@shared/domain/strategy'
import type { Db } from '../deps'
import { day, line, needRef, notInProduct, productWide, type KindReader } from '../practice/snapshot-kit'
import { getCanvas, getCanvasVersion } from './canvases'
import { competitorBoard } from './competitors'
import { influenceBoard } from './influences'

/** The product a canvas version belongs to, and its canvas's kind; undefined when there is no such version. */
const versionHome = (db: Db, id: number) =>
  db
    .selectFrom('canvas_versions as v')
    .innerJoin('strategy_canvases as c', 'c.id', 'v.canvas_id')
    .select(['c.product_id', 'c.kind'])
    .where('v.id', '=', id)
    .executeTakeFirst()

/** A saved version of a strategy canvas (Business Model, Value Proposition, SWOT, technical strategy), block by block. */
export const canvasEvidence: KindReader = {
  async sources({ db }, productId) {
    // One query for every canvas's versions: canvases in list order, each one's newest version first.
    const versions = await db
      .selectFrom('canvas_versions as v')
      .innerJoin('strategy_canvases as c', 'c.id', 'v.canvas_id')
      .select(['v.id', 'v.number', 'v.reason', 'v.saved_at', 'c.kind', 'c.title'])
      .where('c.product_id', '=', productId)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .orderBy('v.number', 'desc')
      .execute()
    return versions.map((v) => ({
      ref: v.id,
      refKey: null,
      label: `${CANVAS_KIND_LABELS[v.kind]}: ${v.title}, version ${v.number}`,
      detail: `${day(v.saved_at)} · ${v.reason}`
    }))
  },
  async take({ db }, productId, pointer) {
    const id = needRef(pointer, 'canvas version')
    const home = await versionHome(db, id)
    if (home?.product_id !== productId) throw notInProduct('canvas version')
    const version = await getCanvasVersion(db, id)
    const canvas = await getCanvas(db, version.canvasId)
    const blocks = canvasFieldRefs(canvas.kind).flatMap((ref) =>
      line(ref.label, canvasBlockValue(version.content, ref))
    )
    return {
      ref: version.id,
      refKey: null,
      snapshot: {
        title: `${CANVAS_KIND_LABELS[canvas.kind]}: ${canvas.title}, version ${version.number}`,
        lines: [
          ...line('Why it changed', version.reason),
          ...line('Saved', day(version.savedAt)),
          ...line('Written for', canvas.personaName),
          ...blocks
        ],
        data: { canvas, version }
      }
    }
  },
  async live(db, productId, { ref }) {
    const home = ref === null ? undefined : await versionHome(db, ref)
    return home?.product_id === productId ? CANVAS_ROUTES[home.kind] : null
  }
}

/** The comparison with the competitors as it stands: each contender's weighted total, then what is known of each competitor. */
export const competitorsEvidence: KindReader = {
  sources: () =>
    Promise.resolve([
      {
        ref: null,
        refKey: null,
        label: 'The competitor comparison as it is now',
        detail: 'Criteria, weights, scores and totals, with each competitor’s offer'
      }
    ]),
  async take({ db }, productId) {
    const board = await competitorBoard(db, productId)
    const weights = board.criteria.map((c) => `${c.name} ×${c.weight}`).join(', ')
    const totals = board.totals.map((t) => ({
      label: `#${t.rank} ${t.name}`,
      value: `${t.total} of ${t.possible}${t.unscored.length > 0 ? ` (not scored on ${t.unscored.join(', ')})` : ''}`
    }))
    const about = board.competitors.flatMap((c) => line(c.name, [c.offer, c.positioning].filter(Boolean).join(' · ')))
    return {
      ref: null,
      refKey: null,
      snapshot: {
        title: `Competitor comparison (${board.competitors.length} competitors)`,
        lines: [...line('Criteria and weights', weights), ...totals, ...about],
        data: board
      }
    }
  },
  live: productWide(COMPETITORS_ROUTE)
}

/** The influences as they stand, from the factor needing most attention: its ratings, its quadrant and its note. */
export const influencesEvidence: KindReader = {
  sources: () =>
    Promise.resolve([
      {
        ref: null,
        refKey: null,
        label: 'The influences on delivering value as they are now',
        detail: 'Each factor rated for predictability and control, with its quadrant'
      }
    ]),
  async take({ db }, productId) {
    const board = await influenceBoard(db, productId)
    return {
      ref: null,
      refKey: null,
      snapshot: {
        title: `Influences on delivering value (${board.influences.length} factors)`,
        lines: board.influences.map((f) => ({
          label: f.name,
          value: [
            QUADRANT_INFO[f.quadrant].title,
            `predictability ${f.predictability} of ${RATING_MAX}`,
            `control ${f.control} of ${RATING_MAX}`,
            f.note
          ]
            .filter(Boolean)
            .join(' · ')
        })),
        data: board
      }
    }
  },
  live: productWide(INFLUENCES_ROUTE)
}
