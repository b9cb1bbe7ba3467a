import { FlowCalendar } from '@shared/api/methods/flow'
import { ForecastInputs, ForecastResult } from '@shared/api/methods/forecasts'
import { flag, json, rowMapping } from '../../db/columns'

export const calendarColumns = rowMapping(
  'flow_calendars',
  { weekendsOff: flag('weekends_off'), nonWorkingDays: json('non_working_days', FlowCalendar.shape.nonWorkingDays) },
  ['product_id']
)

/** The product's own SLE (no team) or one team's. */
export const sleColumns = rowMapping('service_level_expectations', { percentile: 'percentile', days: 'days' }, [
  'product_id',
  'team_id'
])

export const teamWipLimitColumns = rowMapping('team_wip_limits', { wipLimit: 'wip_limit' }, ['team_id', 'state_id'])

export const savedForecastColumns = rowMapping(
  'saved_forecasts',
  {
    question: 'question',
    questionKey: 'question_key',
    label: 'label',
    inputs: json('inputs', ForecastInputs),
    result: json('result', ForecastResult),
    createdAt: 'created_at'
  },
  ['product_id']
)
