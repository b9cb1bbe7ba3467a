import type { BacklogHealth } from '@shared/api/methods/backlog'
import { assessBacklogHealth, chooseTopCount, summariseInvest, topOpenItems } from '@shared/domain/deep'
import type { HandlerMap } from '../../api/handlers'
import type { Db, ServiceDeps } from '../deps'
import { loadFlowData } from '../flow/data'
import { productScoped } from '../products/scope'
import { readScale } from '../settings/read'
import {
  readGoals,
  readHealthItems,
  readInvestSubjects,
  readReadyLineCount,
  readRecentlyRemoved,
  readSprintDays
} from './read'

/** Reads everything the DEEP health view judges, in a few set-based queries, and lets the domain judge it. */
export async function backlogHealth(db: Db, productId: number, now: Date, topN?: number): Promise<BacklogHealth> {
  const [items, removed, readyLines, { estimateThreshold }, goals, sprintDays, flow] = await Promise.all([
    readHealthItems(db, productId),
    readRecentlyRemoved(db, productId, now),
    readReadyLineCount(db, productId),
    readScale(db, productId),
    readGoals(db, productId),
    readSprintDays(db, productId),
    loadFlowData(db, productId, now)
  ])
  const top = chooseTopCount({
    requested: topN,
    today: flow.today,
    finishedOn: flow.items.flatMap((item) => (item.finishedOn ? [item.finishedOn] : [])),
    sprintDays
  })
  const openItems = items.filter((item) => item.open)
  const invest = summariseInvest(
    await readInvestSubjects(db, topOpenItems(items, top.count)),
    estimateThreshold,
    openItems
  )
  return assessBacklogHealth({
    items,
    removed,
    flowItems: flow.items,
    goals,
    readyLines,
    estimateThreshold,
    top,
    invest,
    now: now.toISOString()
  })
}

export function healthHandlers({ db, now }: ServiceDeps): HandlerMap<'backlog.health'> {
  const forProduct = productScoped(db)
  return {
    'backlog.health': forProduct(({ productId, topN }) => backlogHealth(db, productId, now(), topN))
  }
}
