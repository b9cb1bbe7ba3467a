import { isRemovedCategory, ITEM_TYPE_LABELS, ITEM_TYPES, type ItemType, type StateCategory } from '../backlog'
import { scaleSteps, type EstimateScale } from '../items/estimate-scale'

/** A cell read into a value, with what the user should know about it. */
export interface Read<T> {
  value: T
  warning?: string
}

/** Type names the tools use, in English and in the languages Jira is often set to. */
const TYPE_WORDS: Record<string, ItemType> = {
  epic: 'epic',
  initiative: 'epic',
  épopée: 'epic',
  épica: 'epic',
  feature: 'feature',
  'new feature': 'feature',
  story: 'story',
  'user story': 'story',
  'product backlog item': 'story',
  requirement: 'story',
  récit: 'story',
  historia: 'story',
  história: 'story',
  bug: 'bug',
  defect: 'bug',
  bogue: 'bug',
  fehler: 'bug',
  error: 'bug',
  task: 'technical',
  'sub-task': 'technical',
  subtask: 'technical',
  'technical task': 'technical',
  improvement: 'technical',
  chore: 'technical',
  'technical debt': 'technical',
  tâche: 'technical',
  'sous-tâche': 'technical',
  amélioration: 'technical',
  aufgabe: 'technical',
  unteraufgabe: 'technical',
  verbesserung: 'technical',
  tarea: 'technical',
  subtarea: 'technical',
  tarefa: 'technical',
  subtarefa: 'technical',
  melhoria: 'technical',
  spike: 'spike',
  research: 'spike',
  ...Object.fromEntries(ITEM_TYPES.map((type) => [ITEM_TYPE_LABELS[type].toLowerCase(), type]))
}

/** Type names are matched without regard to case. */
function findChoice<T>(chosen: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.entries(chosen).find(([from]) => from.toLowerCase() === name.toLowerCase())?.[1]
}

/** The item type a file's type becomes: the user's choice first, then a well-known name, else a story with a warning. */
export function readType(
  text: string,
  chosen: Readonly<Record<string, ItemType>> = {}
): Read<ItemType> & { unknown?: boolean } {
  const name = text.trim()
  if (!name) return { value: 'story' }
  const type = findChoice(chosen, name) ?? TYPE_WORDS[name.toLowerCase()]
  return type
    ? { value: type }
    : {
        value: 'story',
        unknown: true,
        warning: `Type “${name}” is not one the backlog knows; it becomes a story (choose another type for it in the mapping).`
      }
}

/** Status names the tools use, in English and in the languages Jira is often set to, by the category they mean. */
const STATE_WORDS: Record<string, StateCategory> = {
  'to do': 'todo',
  todo: 'todo',
  open: 'todo',
  new: 'todo',
  backlog: 'todo',
  proposed: 'todo',
  approved: 'todo',
  reopened: 'todo',
  'selected for development': 'todo',
  ready: 'todo',
  'à faire': 'todo',
  'a faire': 'todo',
  offen: 'todo',
  'por hacer': 'todo',
  pendiente: 'todo',
  'a fazer': 'todo',
  'in progress': 'in_progress',
  active: 'in_progress',
  committed: 'in_progress',
  doing: 'in_progress',
  development: 'in_progress',
  'in development': 'in_progress',
  dev: 'in_progress',
  'in review': 'in_progress',
  'code review': 'in_progress',
  review: 'in_progress',
  testing: 'in_progress',
  'in test': 'in_progress',
  test: 'in_progress',
  qa: 'in_progress',
  'en cours': 'in_progress',
  'en test': 'in_progress',
  'in arbeit': 'in_progress',
  'en curso': 'in_progress',
  'en progreso': 'in_progress',
  'em andamento': 'in_progress',
  done: 'done',
  closed: 'done',
  resolved: 'done',
  completed: 'done',
  complete: 'done',
  released: 'done',
  terminé: 'done',
  fait: 'done',
  erledigt: 'done',
  fertig: 'done',
  hecho: 'done',
  concluído: 'done',
  feito: 'done',
  removed: 'removed',
  cancelled: 'removed',
  canceled: 'removed',
  aborted: 'removed',
  "won't do": 'removed',
  duplicate: 'removed',
  rejected: 'removed',
  obsolete: 'removed'
}

export interface StateChoice {
  name: string
  category: StateCategory
}

/**
 * The product state an imported status becomes: the user's own choice first, then a state of the
 * same name, then the tool's status category or a well-known status name (the first state of that
 * category), else the first to-do state with a warning. A name that says the work was removed wins
 * over the tool's category, since tools file cancelled work under done (Jira's "Cancelled" sits in
 * its Done category); without a removed state to put it in, the status is asked about like an
 * unknown one rather than counted as finished.
 */
export function readState(
  text: string,
  statusCategory: string,
  states: readonly StateChoice[],
  chosen: Readonly<Record<string, string>> = {}
): Read<StateChoice> & { error?: string; unknown?: boolean } {
  const firstTodo = states.find((s) => s.category === 'todo') ?? states[0]!
  const name = text.trim()
  if (!name) return { value: firstTodo }
  const byName = (wanted: string) => states.find((s) => s.name.toLowerCase() === wanted.toLowerCase())
  const choice = findChoice(chosen, name)
  if (choice !== undefined) {
    const state = byName(choice)
    return state
      ? { value: state }
      : { value: firstTodo, error: `“${choice}” (chosen for status “${name}”) is not a state of this product.` }
  }
  const same = byName(name)
  if (same) return { value: same }
  const said = STATE_WORDS[name.toLowerCase()]
  const category = said && isRemovedCategory(said) ? said : (STATE_WORDS[statusCategory.trim().toLowerCase()] ?? said)
  const inCategory = category && states.find((s) => s.category === category)
  if (inCategory) return { value: inCategory }
  const why =
    category && isRemovedCategory(category)
      ? 'means the work was removed, but the workflow has no removed state'
      : 'is unknown here'
  return {
    value: firstTodo,
    unknown: true,
    warning: `Status “${name}” ${why}; the item goes to “${firstTodo.name}” (choose another state for it in the mapping).`
  }
}

/**
 * An estimate on the product's scale. A number between steps goes up to the next step (an estimate
 * is a size, and rounding down would hide work); T-shirt products also take the size's label.
 */
export function readEstimate(text: string, scale: EstimateScale): Read<number | null> & { error?: string } {
  const raw = text.trim()
  if (!raw) return { value: null }
  const steps = scaleSteps(scale)
  const label = steps.find((s) => s.label.toLowerCase() === raw.toLowerCase())
  if (label) return { value: label.points }
  const number = Number(raw.replace(',', '.'))
  if (!Number.isFinite(number) || number < 0)
    return { value: null, error: `“${raw}” is not an estimate: give a number or a size on the scale.` }
  const exact = steps.find((s) => s.points === number)
  if (exact) return { value: exact.points }
  const above = steps.find((s) => s.points > number)
  const step = above ?? steps[steps.length - 1]!
  return { value: step.points, warning: `Estimate ${raw} is not on the scale; it becomes ${step.label}.` }
}

/** Label names from one or more cells (Jira repeats the column, Azure separates tags with `;`, ActionableAgile also brackets them). */
export function readLabels(cells: readonly string[]): string[] {
  const names = cells
    .flatMap((cell) =>
      cell
        .trim()
        .replace(/^\[(.*)\]$/s, '$1')
        .split(';')
    )
    .map((name) => name.trim())
    .filter(Boolean)
  return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()]
}

/** One criterion per line; list bullets and numbering are dropped. */
export function readCriteria(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)]|\[[ xX]?\])\s+/, '').trim())
    .filter(Boolean)
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" }

/** Azure DevOps stores rich text as HTML; the backlog keeps text with line breaks. */
export function htmlToText(html: string): string {
  if (!/<[a-z/][^>]*>/i.test(html)) return html
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
