import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { productScoped } from '../products/scope'
import {
  createPersona,
  deletePersona,
  linkPersonaItems,
  listPersonas,
  unlinkPersonaItems,
  unmatchedStories,
  updatePersona
} from './personas'
import {
  createStakeholder,
  deleteStakeholder,
  listStakeholders,
  logContact,
  stakeholderHistory,
  updateStakeholder
} from './stakeholders'

export function customersHandlers({ db, now }: ServiceDeps): HandlerMap<MethodsOf<'personas' | 'stakeholders'>> {
  const forProduct = productScoped(db)
  return {
    'personas.list': forProduct(({ productId }) => listPersonas(db, productId)),
    'personas.create': forProduct((input) => createPersona(db, input, now())),
    'personas.update': (input) => updatePersona(db, input, now()),
    'personas.delete': ({ id }) => deletePersona(db, id),
    'personas.linkItems': ({ personaId, itemIds }) => linkPersonaItems(db, personaId, itemIds),
    'personas.unlinkItems': ({ personaId, itemIds }) => unlinkPersonaItems(db, personaId, itemIds),
    'personas.unmatchedStories': forProduct(({ productId }) => unmatchedStories(db, productId)),

    'stakeholders.list': forProduct(({ productId }) => listStakeholders(db, productId, now())),
    'stakeholders.create': forProduct((input) => createStakeholder(db, input, now())),
    'stakeholders.update': ({ id, patch }) => updateStakeholder(db, id, patch, now()),
    'stakeholders.move': ({ id, power, interest }) => updateStakeholder(db, id, { power, interest }, now()),
    'stakeholders.logContact': ({ id, on, discussed }) => logContact(db, id, on, discussed, now()),
    'stakeholders.history': ({ id }) => stakeholderHistory(db, id),
    'stakeholders.delete': ({ id }) => deleteStakeholder(db, id)
  }
}
