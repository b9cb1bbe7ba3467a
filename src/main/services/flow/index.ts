import type { flowMethods } from '@shared/api/methods/flow'
import type { HandlerMap } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { getProduct } from '../products'
import { setCalendar } from './calendar'
import { loadFlowData } from './data'
import { deleteForecast, listForecasts, saveForecast } from './forecasts'

export function flowHandlers({ db, now }: ServiceDeps): HandlerMap<keyof typeof flowMethods> {
  return {
    'flow.data': async ({ productId }) => {
      await getProduct(db, productId)
      return loadFlowData(db, productId, now())
    },
    'flow.setCalendar': async ({ productId, ...calendar }) => {
      await getProduct(db, productId)
      return setCalendar(db, productId, calendar)
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
