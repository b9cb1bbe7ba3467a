import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { getProduct } from '../products'
import { setCalendar } from './calendar'
import { loadFlowData } from './data'
import { deleteForecast, listForecasts, saveForecast } from './forecasts'
import { requireTeamOfProduct } from '../teams/service'
import { clearSle, setSle } from './sle'

export function flowHandlers({ db, now }: ServiceDeps): HandlerMap<MethodsOf<'flow' | 'forecasts'>> {
  return {
    'flow.data': async ({ productId }) => {
      await getProduct(db, productId)
      return loadFlowData(db, productId, now())
    },
    'flow.setCalendar': async ({ productId, ...calendar }) => {
      await getProduct(db, productId)
      return setCalendar(db, productId, calendar)
    },
    'flow.setSle': async ({ productId, teamId, ...sle }) => {
      await getProduct(db, productId)
      await requireTeamOfProduct(db, productId, teamId, 'teamId')
      return setSle(db, productId, sle, teamId ?? null)
    },
    'flow.clearSle': async ({ productId, teamId }) => {
      await getProduct(db, productId)
      await requireTeamOfProduct(db, productId, teamId, 'teamId')
      return clearSle(db, productId, teamId ?? null)
    },
    'forecasts.save': async (input) => {
      await getProduct(db, input.productId)
      return saveForecast(db, input, now())
    },
    'forecasts.list': async ({ productId, questionKey }) => {
      await getProduct(db, productId)
      return listForecasts(db, productId, questionKey)
    },
    'forecasts.delete': ({ id }) => deleteForecast(db, id)
  }
}
