import { ITEM_TYPE_LABELS, type ItemType } from '../backlog'

/** Epics hold features, features hold stories and other small items; nothing holds an epic. */
const LEVEL: Record<ItemType, number> = { epic: 3, feature: 2, story: 1, bug: 1, technical: 1, spike: 1 }

/** Why `parent` cannot hold `child`, or null when it can. A strict level order also rules out cycles. */
export function parentProblem(parentType: ItemType, childType: ItemType): string | null {
  if (LEVEL[parentType] > LEVEL[childType]) return null
  const child = ITEM_TYPE_LABELS[childType].toLowerCase()
  if (childType === 'epic') return 'An epic is the top level: it cannot sit under another item.'
  return `A ${ITEM_TYPE_LABELS[parentType].toLowerCase()} cannot hold a ${child}: ${
    childType === 'feature' ? 'a feature belongs under an epic' : 'choose a feature or an epic as its parent'
  }.`
}

/** The item types that may be a parent of `childType`. */
export function parentTypesFor(childType: ItemType): ItemType[] {
  return (Object.keys(LEVEL) as ItemType[]).filter((type) => parentProblem(type, childType) === null)
}

export interface TreeNode {
  id: number
  parentId: number | null
  estimate: number | null
}

export interface RollUp {
  /** Sum of the estimates below: a child with children of its own counts their sum, not its own estimate. */
  points: number
  /** Leaf items below that have no estimate yet, so the sum is a lower bound. */
  unestimated: number
}

/** Rolls the estimates of `nodes` (the descendants of `rootId`) up to the root. */
export function rollUp(rootId: number, nodes: readonly TreeNode[]): RollUp {
  const children = new Map<number, TreeNode[]>()
  for (const node of nodes) {
    if (node.parentId === null) continue
    const list = children.get(node.parentId) ?? []
    list.push(node)
    children.set(node.parentId, list)
  }
  const visit = (id: number, seen: Set<number>): RollUp => {
    const total: RollUp = { points: 0, unestimated: 0 }
    for (const child of children.get(id) ?? []) {
      if (seen.has(child.id)) continue
      seen.add(child.id)
      const below = children.has(child.id) ? visit(child.id, seen) : null
      if (below) {
        total.points += below.points
        total.unestimated += below.unestimated
      } else if (child.estimate === null) total.unestimated++
      else total.points += child.estimate
    }
    return total
  }
  return visit(rootId, new Set([rootId]))
}
