import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { productScoped } from '../products/scope'
import { requireTeamOfProduct } from '../teams/service'
import { setCalendar } from './calendar'
import { loadFlowData } from './data'
import { deleteForecast, listForecasts, saveForecast } from './forecasts'
import { clearSle, setSle } from './sle'

export function flowHandlers({ db, now }: ServiceDeps): HandlerMap<MethodsOf<'flow' | 'forecasts'>> {
  const forProduct = productScoped(db)
  return {
    'flow.data': forProduct(({ productId }) => loadFlowData(db, productId, now())),
    'flow.setCalendar': forProduct(({ productId, ...calendar }) => setCalendar(db, productId, calendar)),
    'flow.setSle': forProduct(async ({ productId, teamId, ...sle }) => {
      await requireTeamOfProduct(db, productId, teamId, 'teamId')
      return setSle(db, productId, sle, teamId ?? null)
    }),
    'flow.clearSle': forProduct(async ({ productId, teamId }) => {
      await requireTeamOfProduct(db, productId, teamId, 'teamId')
      return clearSle(db, productId, teamId ?? null)
    }),
    'forecasts.save': forProduct((input) => saveForecast(db, input, now())),
    'forecasts.list': forProduct(({ productId, questionKey }) => listForecasts(db, productId, questionKey)),
    'forecasts.delete': ({ id }) => deleteForecast(db, id)
  }
}
