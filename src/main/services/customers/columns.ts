import { EmpathyMap, JobStory } from '@shared/api/methods/personas'
import { json, rowMapping } from '../../db/columns'

export const personaColumns = rowMapping(
  'personas',
  {
    name: 'name',
    buyerOrUser: 'buyer_or_user',
    role: 'role',
    picture: 'picture',
    context: 'context',
    goals: 'goals',
    pains: 'pains',
    quote: 'quote',
    empathy: json('empathy', EmpathyMap),
    jobStories: json('job_stories', JobStory.array()),
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id', 'segment_id']
)

export const stakeholderColumns = rowMapping(
  'stakeholders',
  {
    name: 'name',
    role: 'role',
    power: 'power',
    interest: 'interest',
    interests: 'interests',
    cadenceDays: 'cadence_days',
    lastContactOn: 'last_contact_on',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id']
)

export const contactColumns = rowMapping(
  'stakeholder_contacts',
  { on: 'on_day', discussed: 'discussed', createdAt: 'created_at' },
  ['stakeholder_id']
)
