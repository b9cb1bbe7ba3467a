import { diffDays } from '../flow/dates'
import { formatCount } from '../format'
import { cite } from '../guides'
import {
  AREA_LABELS,
  AREA_QUESTIONS,
  KEY_VALUE_AREAS,
  type BlindSpotRule,
  type Indicator,
  type KeyValueArea,
  type MeasureCategory
} from './vocabulary'

export interface DatedValue {
  date: string
  value: number
}

/** What coverage needs to know about a measure. */
export interface CoverageInput {
  id: number
  name: string
  area: KeyValueArea
  category: MeasureCategory
  indicator: Indicator
  automatic: boolean
  latest: DatedValue | null
}

export interface CoverageMeasure extends CoverageInput {
  daysSinceLatest: number | null
  stale: boolean
}

export interface AreaCoverage {
  area: KeyValueArea
  label: string
  measureCount: number
  daysSinceLatest: number | null
  staleCount: number
  measures: CoverageMeasure[]
}

export interface BlindSpot {
  rule: BlindSpotRule
  area: KeyValueArea | null
  measureIds: number[]
  title: string
  reason: string
}

export interface Coverage {
  areas: AreaCoverage[]
  blindSpots: BlindSpot[]
}

/** Whole days from a value's date to today (0 for today); null without a value. */
export function daysSince(latest: DatedValue | null, today: string): number | null {
  return latest ? Math.max(0, diffDays(latest.date, today)) : null
}

/** Outcome and impact say whether customers and the organisation are better off; the rest describe effort. */
const SHOWS_RESULTS: ReadonlySet<MeasureCategory> = new Set(['outcome', 'impact'])

/**
 * Current Value and Unrealized Value describe the value itself, so they need outcome or impact
 * measures; Time-to-Market and Ability to Innovate describe the organisation's capability to deliver
 * it, where measures of output and practice are what is expected (EBM Guide).
 */
const VALUE_AREAS: readonly KeyValueArea[] = ['current-value', 'unrealized-value']
const CAPABILITY_AREAS: readonly KeyValueArea[] = ['time-to-market', 'ability-to-innovate']

/** Why one measure is not enough for a capability area, in the area's own terms. */
const SINGLE_MEASURE_REASONS: Partial<Record<KeyValueArea, string>> = {
  'time-to-market': `One number of speed can improve while delivery gets worse another way, such as more releases with more of them failing. Pair a measure of speed (lead time, release frequency) with one of stability (change failure rate, mean time to repair) (${cite('ebm', 'timeToMarket')}).`,
  'ability-to-innovate': `What holds innovation back has several causes (technical debt, time on maintenance, context switching); with one measure, freeing one cause may only move the constraint elsewhere unseen. Add a second measure of a different cause (${cite('ebm', 'abilityToInnovate')}).`
}

const names = (measures: readonly CoverageInput[]) => measures.map((m) => `“${m.name}”`).join(', ')

/**
 * Coverage of the four Key Value Areas and the blind spots, each with a reason a Product Owner can
 * act on. Rules, in the order they are reported:
 * - no-measure: an area nobody measures.
 * - no-values: measures that have never had a value.
 * - stale: measures whose latest value is older than `staleAfterDays`.
 * - no-outcome (Current Value, Unrealized Value): measures only of effort (resources, activities,
 *   output) and none of outcome or impact.
 * - single-measure (Time-to-Market, Ability to Innovate): one measure alone, easy to improve at
 *   the expense of what it does not see.
 * - no-leading (every area): only lagging indicators, so changes show up only after the fact.
 * no-outcome and no-leading are reported once for all the areas they apply to when no measure in
 * any of them passes, and per area otherwise, so the same gap is not repeated.
 */
export function coverage(measures: readonly CoverageInput[], today: string, staleAfterDays: number): Coverage {
  const annotated = measures.map((m): CoverageMeasure => {
    const daysSinceLatest = daysSince(m.latest, today)
    return { ...m, daysSinceLatest, stale: daysSinceLatest !== null && daysSinceLatest > staleAfterDays }
  })
  const areas = KEY_VALUE_AREAS.map((area): AreaCoverage => {
    const inArea = annotated.filter((m) => m.area === area)
    const days = inArea.flatMap((m) => (m.daysSinceLatest === null ? [] : [m.daysSinceLatest]))
    return {
      area,
      label: AREA_LABELS[area],
      measureCount: inArea.length,
      daysSinceLatest: days.length > 0 ? Math.min(...days) : null,
      staleCount: inArea.filter((m) => m.stale).length,
      measures: inArea
    }
  })

  const blindSpots: BlindSpot[] = []
  for (const { area, label, measures: inArea } of areas) {
    if (inArea.length > 0) continue
    blindSpots.push({
      rule: 'no-measure',
      area,
      measureIds: [],
      title: `No measure for ${label}`,
      reason: `No measure answers the area's question: “${AREA_QUESTIONS[area]}” Adopt one from the catalogue or add your own, or you are deciding without evidence here (${cite('ebm', 'kva')}).`
    })
  }
  for (const { area, label, measures: inArea } of areas) {
    const empty = inArea.filter((m) => m.latest === null)
    if (empty.length === 0) continue
    const automatic = empty.every((m) => m.automatic)
    blindSpots.push({
      rule: 'no-values',
      area,
      measureIds: empty.map((m) => m.id),
      title: `${label}: ${formatCount(empty.length, 'measure')} without values`,
      reason: automatic
        ? `${names(empty)} ${empty.length === 1 ? 'is' : 'are'} computed from finished backlog items, and none has been finished yet: the evidence comes once work is done (${cite('ebm', 'experiments')}).`
        : `${names(empty)} ${empty.length === 1 ? 'has' : 'have'} no value yet, so ${empty.length === 1 ? 'it says' : 'they say'} nothing about ${label}. Record a first value or import a CSV file (${cite('ebm', 'experiments')}).`
    })
  }
  for (const { area, label, measures: inArea } of areas) {
    const stale = inArea.filter((m) => m.stale)
    if (stale.length === 0) continue
    const oldest = Math.max(...stale.map((m) => m.daysSinceLatest ?? 0))
    blindSpots.push({
      rule: 'stale',
      area,
      measureIds: stale.map((m) => m.id),
      title: `${label}: ${formatCount(stale.length, 'measure')} not updated for over ${staleAfterDays} days`,
      reason: `The latest value of ${names(stale)} is up to ${oldest} days old. Decisions made on old numbers may rest on a situation that no longer exists; record a fresh value (${cite('ebm', 'experiments')}).`
    })
  }
  blindSpots.push(
    ...missingKind(areas, VALUE_AREAS, {
      rule: 'no-outcome',
      passes: (m) => SHOWS_RESULTS.has(m.category),
      title: (where) => `${where}: only effort is measured, no outcome`,
      reason: (found) =>
        `${names(found)} count${found.length === 1 ? 's' : ''} what goes in or gets done (${[...new Set(found.map((m) => m.category))].join(', ')}), not whether customers or the organisation are better off. Add an outcome or impact measure, such as customer satisfaction or usage (${cite('ebm', 'kva')}).`
    }),
    ...areas
      .filter((a) => CAPABILITY_AREAS.includes(a.area) && a.measures.length === 1)
      .map((a): BlindSpot => ({
        rule: 'single-measure',
        area: a.area,
        measureIds: a.measures.map((m) => m.id),
        title: `${a.label}: only one measure`,
        reason: `Only ${names(a.measures)} measures ${a.label}. ${SINGLE_MEASURE_REASONS[a.area]}`
      })),
    ...missingKind(areas, KEY_VALUE_AREAS, {
      rule: 'no-leading',
      passes: (m) => m.indicator === 'leading',
      title: (where) => `${where}: only lagging indicators`,
      reason: (found) =>
        `${names(found)} ${found.length === 1 ? 'confirms' : 'confirm'} results after the fact. Add a leading indicator that moves earlier, so you can change course before the results come in (${cite('ebm', 'goals')}).`
    })
  )
  return { areas, blindSpots }
}

interface KindRule {
  rule: BlindSpotRule
  passes: (m: CoverageInput) => boolean
  title: (where: string) => string
  reason: (found: readonly CoverageInput[]) => string
}

/** The rule over the measured areas among `applies`: once for all of them when none passes anywhere, else per failing area. */
function missingKind(areas: readonly AreaCoverage[], applies: readonly KeyValueArea[], rule: KindRule): BlindSpot[] {
  const measured = areas.filter((a) => applies.includes(a.area) && a.measures.length > 0)
  const finding = (area: KeyValueArea | null, where: string, found: readonly CoverageInput[]): BlindSpot => ({
    rule: rule.rule,
    area,
    measureIds: found.map((m) => m.id),
    title: rule.title(where),
    reason: rule.reason(found)
  })
  const failing = measured.filter((a) => !a.measures.some(rule.passes))
  if (failing.length > 1 && failing.length === measured.length) {
    const where = applies.length === KEY_VALUE_AREAS.length ? 'All areas' : failing.map((a) => a.label).join(' and ')
    return [
      finding(
        null,
        where,
        failing.flatMap((a) => a.measures)
      )
    ]
  }
  return failing.map((a) => finding(a.area, a.label, a.measures))
}
