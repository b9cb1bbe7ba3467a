import { beforeAll, describe, expect, it } from 'vitest'
import { METHOD_NAMES, type MethodName } from '@shared/api'
import type { AppContext } from '../../src/main/app/context'
import { call, openTestContext, readConnection, snapshotTables } from './helpers/temp'

/**
 * Every API method must reject malformed input with `invalid_input`, name the offending field, and
 * change nothing. The table below must have an entry for every method in the contract, so a new
 * method without a validation case fails this test.
 */

interface Ids {
  productId: number
  itemId: number
  otherItemId: number
}

interface InvalidCase {
  why: string
  input: (ids: Ids) => unknown
  /** The dotted path of the field the error must name. */
  path: string
}

/** An unknown extra key: zod reports it on the enclosing object, naming the key in the message. */
const extraKey = (why = 'an unknown extra field'): InvalidCase => ({
  why,
  input: () => ({ bogus: true }),
  path: 'bogus'
})

const INVALID: Record<MethodName, InvalidCase[]> = {
  'app.info': [extraKey()],
  'backups.list': [extraKey()],
  'backups.create': [extraKey()],
  'backups.restore': [
    { why: 'an empty name', input: () => ({ name: '' }), path: 'name' },
    { why: 'no name', input: () => ({}), path: 'name' },
    { why: 'a number for a name', input: () => ({ name: 7 }), path: 'name' }
  ],
  'products.list': [
    { why: 'a string for a flag', input: () => ({ includeArchived: 'yes' }), path: 'includeArchived' },
    extraKey()
  ],
  'products.create': [
    { why: 'a blank name', input: () => ({ name: '   ' }), path: 'name' },
    { why: 'a name over 120 characters', input: () => ({ name: 'n'.repeat(121) }), path: 'name' },
    {
      why: 'a description over 2000 characters',
      input: () => ({ name: 'Fine', description: 'd'.repeat(2001) }),
      path: 'description'
    },
    { why: 'an unknown extra field', input: () => ({ name: 'Fine', bogus: 1 }), path: 'bogus' }
  ],
  'products.setItemPrefix': [
    { why: 'a zero id', input: () => ({ id: 0, itemPrefix: 'PB' }), path: 'id' },
    { why: 'an empty prefix', input: ({ productId }) => ({ id: productId, itemPrefix: ' ' }), path: 'itemPrefix' },
    {
      why: 'a prefix starting with a digit',
      input: ({ productId }) => ({ id: productId, itemPrefix: '2B' }),
      path: 'itemPrefix'
    },
    {
      why: 'a prefix with a dash',
      input: ({ productId }) => ({ id: productId, itemPrefix: 'P-B' }),
      path: 'itemPrefix'
    }
  ],
  'products.rename': [
    { why: 'a zero id', input: () => ({ id: 0, name: 'New name' }), path: 'id' },
    { why: 'a fractional id', input: ({ productId }) => ({ id: productId + 0.5, name: 'New name' }), path: 'id' },
    { why: 'an empty name', input: ({ productId }) => ({ id: productId, name: '' }), path: 'name' }
  ],
  'products.setArchived': [
    { why: 'a string for a flag', input: ({ productId }) => ({ id: productId, archived: 'true' }), path: 'archived' },
    { why: 'no id', input: () => ({ archived: true }), path: 'id' }
  ],
  'products.delete': [
    { why: 'no confirmation', input: ({ productId }) => ({ id: productId }), path: 'confirmName' },
    { why: 'a negative id', input: () => ({ id: -1, confirmName: 'Validation product' }), path: 'id' }
  ],
  'products.export': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'products.import': [
    { why: 'not a product file', input: () => ({ document: { format: 'spreadsheet' } }), path: 'document.format' },
    {
      why: 'sections missing',
      input: () => ({
        document: {
          format: 'po-studio/product',
          formatVersion: 1,
          exportedAt: '',
          appVersion: '',
          product: { name: 'X', description: '' }
        }
      }),
      path: 'document.sections'
    }
  ],
  'sample.reset': [extraKey()],
  'sample.remove': [extraKey()],
  'workflow.list': [
    { why: 'a string id', input: () => ({ productId: 'one' }), path: 'productId' },
    { why: 'the wrong key', input: ({ productId }) => ({ id: productId }), path: 'productId' }
  ],
  'backlog.list': [
    { why: 'no product', input: () => ({}), path: 'productId' },
    { why: 'a numeric string id', input: ({ productId }) => ({ productId: String(productId) }), path: 'productId' }
  ],
  'backlog.get': [{ why: 'a null id', input: () => ({ id: null }), path: 'id' }],
  'backlog.create': [
    { why: 'an empty title', input: ({ productId }) => ({ productId, title: '' }), path: 'title' },
    {
      why: 'a title over 500 characters',
      input: ({ productId }) => ({ productId, title: 't'.repeat(501) }),
      path: 'title'
    },
    {
      why: 'an estimate off the scale',
      input: ({ productId }) => ({ productId, title: 'Fine', estimate: 4 }),
      path: 'estimate'
    },
    { why: 'an unknown type', input: ({ productId }) => ({ productId, title: 'Fine', type: 'task' }), path: 'type' },
    {
      why: 'an unknown placement',
      input: ({ productId }) => ({ productId, title: 'Fine', placement: 'middle' }),
      path: 'placement'
    },
    { why: 'a zero state id', input: ({ productId }) => ({ productId, title: 'Fine', stateId: 0 }), path: 'stateId' },
    {
      why: 'a description over 20000 characters',
      input: ({ productId }) => ({ productId, title: 'Fine', description: 'd'.repeat(20001) }),
      path: 'description'
    }
  ],
  'backlog.update': [
    {
      why: 'an estimate off the scale',
      input: ({ itemId }) => ({ id: itemId, patch: { estimate: 4 } }),
      path: 'patch.estimate'
    },
    { why: 'a blank title', input: ({ itemId }) => ({ id: itemId, patch: { title: ' ' } }), path: 'patch.title' },
    { why: 'an unknown type', input: ({ itemId }) => ({ id: itemId, patch: { type: 'saga' } }), path: 'patch.type' },
    {
      why: 'an unknown field in the patch',
      input: ({ itemId }) => ({ id: itemId, patch: { owner: 'Sam' } }),
      path: 'patch.owner'
    },
    { why: 'a field outside the patch', input: ({ itemId }) => ({ id: itemId, title: 'Elsewhere' }), path: 'title' },
    { why: 'no patch', input: ({ itemId }) => ({ id: itemId }), path: 'patch' },
    {
      why: 'a blank criterion',
      input: ({ itemId }) => ({ id: itemId, patch: { criteria: ['Fine', ' '] } }),
      path: 'patch.criteria.1'
    },
    {
      why: 'a label over 40 characters',
      input: ({ itemId }) => ({ id: itemId, patch: { labels: ['l'.repeat(41)] } }),
      path: 'patch.labels.0'
    },
    {
      why: 'confirmDone false',
      input: ({ itemId }) => ({ id: itemId, patch: {}, confirmDone: false }),
      path: 'confirmDone'
    },
    { why: 'a string team', input: ({ itemId }) => ({ id: itemId, patch: { teamId: 'Lanes' } }), path: 'patch.teamId' },
    {
      why: 'a Definition of Done line by name',
      input: ({ itemId }) => ({ id: itemId, patch: {}, doneChecks: ['Tested'] }),
      path: 'doneChecks.0'
    },
    {
      why: 'a blank not-done reason',
      input: ({ itemId }) => ({ id: itemId, patch: {}, notDone: ' ' }),
      path: 'notDone'
    }
  ],
  'backlog.move': [
    {
      why: 'a string neighbour',
      input: ({ itemId }) => ({ id: itemId, afterId: 'top', beforeId: null }),
      path: 'afterId'
    },
    {
      why: 'a missing neighbour',
      input: ({ itemId, otherItemId }) => ({ id: itemId, afterId: otherItemId }),
      path: 'beforeId'
    }
  ],
  'backlog.delete': [{ why: 'a string id', input: () => ({ id: 'x' }), path: 'id' }],
  'backlog.restore': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'backlog.history': [{ why: 'a negative id', input: () => ({ id: -3 }), path: 'id' }],
  'backlog.search': [
    {
      why: 'a query over 500 characters',
      input: ({ productId }) => ({ productId, query: 'q'.repeat(501) }),
      path: 'query'
    },
    {
      why: 'an unknown type',
      input: ({ productId }) => ({ productId, filters: { types: ['saga'] } }),
      path: 'filters.types.0'
    },
    {
      why: 'an estimate range upside down',
      input: ({ productId }) => ({ productId, filters: { estimate: { kind: 'range', min: 8, max: 3 } } }),
      path: 'filters.estimate.max'
    },
    {
      why: 'a team by name',
      input: ({ productId }) => ({ productId, filters: { teams: ['Lanes'] } }),
      path: 'filters.teams.0'
    }
  ],
  'backlog.bulkUpdate': [
    { why: 'no items', input: () => ({ ids: [], patch: { estimate: 3 } }), path: 'ids' },
    { why: 'nothing to change', input: ({ itemId }) => ({ ids: [itemId], patch: {} }), path: 'patch' },
    {
      why: 'an estimate off the scale',
      input: ({ itemId }) => ({ ids: [itemId], patch: { estimate: 4 } }),
      path: 'patch.estimate'
    },
    { why: 'a zero team', input: ({ itemId }) => ({ ids: [itemId], patch: { teamId: 0 } }), path: 'patch.teamId' }
  ],
  'filters.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'filters.save': [
    { why: 'a blank name', input: ({ productId }) => ({ productId, name: '  ' }), path: 'name' },
    {
      why: 'a string for ready',
      input: ({ productId }) => ({ productId, name: 'Ready ones', filters: { ready: 'yes' } }),
      path: 'filters.ready'
    }
  ],
  'filters.delete': [{ why: 'a zero id', input: () => ({ id: 0 }), path: 'id' }],
  'import.preview': [
    {
      why: 'an unknown format',
      input: ({ productId }) => ({ productId, format: 'trello', csv: 'Title\nA' }),
      path: 'format'
    },
    { why: 'neither a product nor a new name', input: () => ({ format: 'jira', csv: 'Summary\nA' }), path: 'productId' }
  ],
  'import.commit': [
    { why: 'an empty file', input: ({ productId }) => ({ productId, format: 'csv', csv: '' }), path: 'csv' },
    {
      why: 'a mapping to an unknown field',
      input: ({ productId }) => ({ productId, format: 'csv', csv: 'T\nA', mapping: { heading: 'T' } }),
      path: 'mapping.heading'
    }
  ],
  'import.progress': [
    { why: 'no token', input: () => ({}), path: 'token' },
    { why: 'an empty token', input: () => ({ token: '' }), path: 'token' },
    {
      why: 'a seen progress of an unknown stage',
      input: () => ({ token: 't', seen: { stage: 'x', done: 0, total: 0 } }),
      path: 'seen.stage'
    }
  ],
  'export.csv': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'export.markdown': [{ why: 'a string product id', input: () => ({ productId: '1' }), path: 'productId' }],
  'backlog.detail': [{ why: 'a string id', input: () => ({ id: 'one' }), path: 'id' }],
  'backlog.link': [
    { why: 'no blocked item', input: ({ itemId }) => ({ blockerId: itemId }), path: 'blockedId' },
    { why: 'a zero blocker', input: ({ itemId }) => ({ blockerId: 0, blockedId: itemId }), path: 'blockerId' }
  ],
  'backlog.links': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'backlog.unlink': [
    {
      why: 'a fractional id',
      input: ({ itemId, otherItemId }) => ({ blockerId: itemId + 0.5, blockedId: otherItemId }),
      path: 'blockerId'
    }
  ],
  'labels.list': [{ why: 'the wrong key', input: ({ productId }) => ({ id: productId }), path: 'productId' }],
  'settings.get': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'settings.update': [
    {
      why: 'an unknown scale',
      input: ({ productId }) => ({ productId, patch: { estimateScale: 'hours' } }),
      path: 'patch.estimateScale'
    },
    {
      why: 'a zero threshold',
      input: ({ productId }) => ({ productId, patch: { estimateThreshold: 0 } }),
      path: 'patch.estimateThreshold'
    }
  ],
  'definitions.set': [
    { why: 'an unknown kind', input: ({ productId }) => ({ productId, kind: 'maybe', criteria: [] }), path: 'kind' },
    {
      why: 'a blank line',
      input: ({ productId }) => ({ productId, kind: 'done', criteria: [{ text: '  ' }] }),
      path: 'criteria.0.text'
    },
    {
      why: 'a team adding to the Definition of Ready',
      input: ({ productId }) => ({ productId, kind: 'ready', teamId: 1, criteria: [] }),
      path: 'teamId'
    }
  ],
  'teams.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'teams.create': [
    { why: 'a blank name', input: ({ productId }) => ({ productId, name: '  ' }), path: 'name' },
    { why: 'a name over 60 characters', input: ({ productId }) => ({ productId, name: 't'.repeat(61) }), path: 'name' }
  ],
  'teams.rename': [{ why: 'no name', input: () => ({ id: 1 }), path: 'name' }],
  'teams.setWipLimit': [
    { why: 'a limit of 0', input: () => ({ id: 1, stateId: 1, wipLimit: 0 }), path: 'wipLimit' },
    { why: 'no state', input: () => ({ id: 1, wipLimit: 3 }), path: 'stateId' }
  ],
  'teams.remove': [{ why: 'a string id', input: () => ({ id: 'Lanes' }), path: 'id' }],
  'workflow.add': [
    {
      why: 'an unknown category',
      input: ({ productId }) => ({ productId, name: 'Testing', category: 'blocked' }),
      path: 'category'
    },
    { why: 'a blank name', input: ({ productId }) => ({ productId, name: ' ', category: 'todo' }), path: 'name' }
  ],
  'workflow.update': [
    { why: 'a name over 40 characters', input: () => ({ id: 1, patch: { name: 's'.repeat(41) } }), path: 'patch.name' },
    { why: 'a WIP limit of 0', input: () => ({ id: 1, patch: { wipLimit: 0 } }), path: 'patch.wipLimit' },
    { why: 'a fractional WIP limit', input: () => ({ id: 1, patch: { wipLimit: 2.5 } }), path: 'patch.wipLimit' },
    {
      why: 'an exit policy over 1,000 characters',
      input: () => ({ id: 1, patch: { exitPolicy: 'p'.repeat(1001) } }),
      path: 'patch.exitPolicy'
    }
  ],
  'workflow.reorder': [{ why: 'no states', input: ({ productId }) => ({ productId, stateIds: [] }), path: 'stateIds' }],
  'workflow.delete': [{ why: 'a string target', input: () => ({ id: 1, moveItemsTo: 'Done' }), path: 'moveItemsTo' }],
  'backlog.undo': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'backlog.redo': [{ why: 'a string product id', input: () => ({ productId: '1' }), path: 'productId' }],
  'backlog.undoState': [{ why: 'a zero product id', input: () => ({ productId: 0 }), path: 'productId' }],
  'backlog.split': [
    {
      why: 'an unknown pattern',
      input: ({ itemId }) => ({ itemId, pattern: 'by-colour', children: [{ title: 'A' }, { title: 'B' }] }),
      path: 'pattern'
    },
    {
      why: 'a single child',
      input: ({ itemId }) => ({ itemId, pattern: 'crud', children: [{ title: 'A' }] }),
      path: 'children'
    },
    {
      why: 'a blank child title',
      input: ({ itemId }) => ({ itemId, pattern: 'crud', children: [{ title: 'A' }, { title: ' ' }] }),
      path: 'children.1.title'
    },
    {
      why: 'an epic as a child',
      input: ({ itemId }) => ({ itemId, pattern: 'crud', children: [{ title: 'A' }, { title: 'B', type: 'epic' }] }),
      path: 'children.1.type'
    }
  ],
  'refinement.saveEstimates': [
    { why: 'no estimates', input: ({ productId }) => ({ productId, estimates: [] }), path: 'estimates' },
    {
      why: 'an estimate off the scale',
      input: ({ productId, itemId }) => ({ productId, estimates: [{ itemId, estimate: 4 }] }),
      path: 'estimates.0.estimate'
    }
  ],
  'storymap.get': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'storymap.addActivity': [
    { why: 'a blank name', input: ({ productId }) => ({ productId, name: '  ' }), path: 'name' }
  ],
  'storymap.addStep': [
    { why: 'a name over 80 characters', input: () => ({ activityId: 1, name: 's'.repeat(81) }), path: 'name' }
  ],
  'storymap.addSlice': [{ why: 'no name', input: ({ productId }) => ({ productId }), path: 'name' }],
  'storymap.rename': [{ why: 'an unknown kind', input: () => ({ kind: 'release', id: 1, name: 'R1' }), path: 'kind' }],
  'storymap.remove': [{ why: 'a fractional id', input: () => ({ kind: 'step', id: 1.5 }), path: 'id' }],
  'storymap.place': [{ why: 'no slice given', input: ({ itemId }) => ({ itemId, stepId: 1 }), path: 'sliceId' }],
  'flow.data': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'flow.setCalendar': [
    {
      why: 'a day that is not a date',
      input: ({ productId }) => ({ productId, weekendsOff: true, nonWorkingDays: ['2026-02-30'] }),
      path: 'nonWorkingDays.0'
    },
    { why: 'no weekend flag', input: ({ productId }) => ({ productId, nonWorkingDays: [] }), path: 'weekendsOff' }
  ],
  'flow.setSle': [
    {
      why: 'a share of 100%',
      input: ({ productId }) => ({ productId, percentile: 100, days: 10 }),
      path: 'percentile'
    },
    { why: 'zero days', input: ({ productId }) => ({ productId, percentile: 85, days: 0 }), path: 'days' },
    { why: 'no days', input: ({ productId }) => ({ productId, percentile: 85 }), path: 'days' },
    {
      why: 'a team by name',
      input: ({ productId }) => ({ productId, percentile: 85, days: 10, teamId: 'Lanes' }),
      path: 'teamId'
    }
  ],
  'flow.clearSle': [
    { why: 'no product', input: () => ({}), path: 'productId' },
    { why: 'a team by name', input: ({ productId }) => ({ productId, teamId: 'Lanes' }), path: 'teamId' }
  ],
  'forecasts.save': [
    {
      why: 'an unknown question',
      input: ({ productId }) => validForecast(productId, { question: 'why' }),
      path: 'question'
    },
    { why: 'a blank label', input: ({ productId }) => validForecast(productId, { label: ' ' }), path: 'label' },
    {
      why: 'too many trials',
      input: ({ productId }) => validForecast(productId, { inputs: { ...FORECAST_INPUTS, trials: 1_000_001 } }),
      path: 'inputs.trials'
    },
    {
      why: 'a "when" without items',
      input: ({ productId }) => validForecast(productId, { inputs: { ...FORECAST_INPUTS, items: undefined } }),
      path: 'inputs.items'
    },
    {
      why: 'a percentile date that is not a date',
      input: ({ productId }) =>
        validForecast(productId, {
          result: { ...FORECAST_RESULT, percentileDates: { 50: 'soon', 70: null, 85: null, 95: null } }
        }),
      path: 'result.percentileDates.50'
    }
  ],
  'forecasts.list': [
    { why: 'an empty question key', input: ({ productId }) => ({ productId, questionKey: '' }), path: 'questionKey' }
  ],
  'forecasts.delete': [{ why: 'a zero id', input: () => ({ id: 0 }), path: 'id' }],
  'ordering.board': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'ordering.setScores': [
    {
      why: 'a Time Criticality off the scale',
      input: ({ itemId }) => ({ itemId, scores: { tc: 4 } }),
      path: 'scores.tc'
    },
    { why: 'a Job Size of 40', input: ({ itemId }) => ({ itemId, scores: { jobSize: 40 } }), path: 'scores.jobSize' },
    {
      why: 'a zero duration',
      input: ({ itemId }) => ({ itemId, scores: { durationWeeks: 0 } }),
      path: 'scores.durationWeeks'
    },
    {
      why: 'a negative Cost of Delay',
      input: ({ itemId }) => ({ itemId, scores: { codPerWeek: -1 } }),
      path: 'scores.codPerWeek'
    },
    {
      why: 'an unknown MoSCoW word',
      input: ({ itemId }) => ({ itemId, scores: { moscow: 'maybe' } }),
      path: 'scores.moscow'
    },
    { why: 'an unknown score', input: ({ itemId }) => ({ itemId, scores: { happiness: 3 } }), path: 'scores.happiness' }
  ],
  'ordering.history': [
    { why: 'a string item id', input: ({ productId }) => ({ productId, itemId: 'x' }), path: 'itemId' },
    { why: 'a page of nothing', input: ({ productId }) => ({ productId, limit: 0 }), path: 'limit' },
    { why: 'a negative offset', input: ({ productId }) => ({ productId, offset: -1 }), path: 'offset' }
  ],
  'ordering.compare': [
    { why: 'an unknown model', input: ({ productId }) => ({ productId, model: 'rice' }), path: 'model' }
  ],
  'ordering.previewApply': [{ why: 'no model', input: ({ productId }) => ({ productId }), path: 'model' }],
  'ordering.apply': [
    { why: 'an unknown model', input: ({ productId }) => ({ productId, model: 'WSJF' }), path: 'model' }
  ],
  'ordering.undoApply': [{ why: 'a zero snapshot id', input: () => ({ snapshotId: 0 }), path: 'snapshotId' }],
  'ordering.snapshots': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'ordering.moscow': [extraKey()],
  'releases.list': [{ why: 'a string product id', input: () => ({ productId: '1' }), path: 'productId' }],
  'releases.create': [
    { why: 'a blank name', input: ({ productId }) => ({ productId, name: ' ' }), path: 'name' },
    {
      why: 'a target date that is not a date',
      input: ({ productId }) => ({ productId, name: 'R1', targetDate: '2026-02-30' }),
      path: 'targetDate'
    }
  ],
  'releases.update': [
    {
      why: 'a name over 120 characters',
      input: () => ({ id: 1, patch: { name: 'r'.repeat(121) } }),
      path: 'patch.name'
    }
  ],
  'releases.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'kano.features.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'kano.features.create': [{ why: 'a blank name', input: ({ productId }) => ({ productId, name: '' }), path: 'name' }],
  'kano.features.delete': [{ why: 'a fractional id', input: () => ({ id: 1.5 }), path: 'id' }],
  'kano.answers.list': [{ why: 'no feature', input: () => ({}), path: 'featureId' }],
  'kano.answers.add': [
    {
      why: 'an unknown answer',
      input: () => ({ featureId: 1, respondent: 'R1', functional: 'love', dysfunctional: 'dislike' }),
      path: 'functional'
    },
    {
      why: 'no respondent',
      input: () => ({ featureId: 1, functional: 'like', dysfunctional: 'dislike' }),
      path: 'respondent'
    }
  ],
  'kano.answers.delete': [{ why: 'a negative id', input: () => ({ id: -1 }), path: 'id' }],
  'kano.import': [{ why: 'an empty CSV', input: ({ productId }) => ({ productId, csv: '' }), path: 'csv' }],
  'kano.results': [{ why: 'a null product', input: () => ({ productId: null }), path: 'productId' }],
  'ebm.catalogue': [extraKey()],
  'ebm.measures.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'ebm.measures.adopt': [{ why: 'an empty key', input: ({ productId }) => ({ productId, key: '' }), path: 'key' }],
  'ebm.measures.create': [
    { why: 'a blank name', input: ({ productId }) => ({ productId, area: 'current-value', name: ' ' }), path: 'name' },
    { why: 'an unknown area', input: ({ productId }) => ({ productId, area: 'happiness', name: 'NPS' }), path: 'area' },
    {
      why: 'an unknown category',
      input: ({ productId }) => ({ productId, area: 'current-value', name: 'NPS', category: 'vibes' }),
      path: 'category'
    }
  ],
  'ebm.measures.update': [
    {
      why: 'a direction that is not higher or lower',
      input: () => ({ id: 1, patch: { direction: 'up' } }),
      path: 'patch.direction'
    }
  ],
  'ebm.measures.delete': [{ why: 'a zero id', input: () => ({ id: 0 }), path: 'id' }],
  'ebm.values.list': [{ why: 'no measure', input: () => ({}), path: 'measureId' }],
  'ebm.values.add': [
    { why: 'a date that is not a day', input: () => ({ measureId: 1, date: '2025-02-30', value: 1 }), path: 'date' },
    {
      why: 'a value that is not a number',
      input: () => ({ measureId: 1, date: '2025-02-03', value: '12' }),
      path: 'value'
    }
  ],
  'ebm.values.delete': [{ why: 'a fractional id', input: () => ({ id: 2.5 }), path: 'id' }],
  'ebm.values.import': [{ why: 'an empty CSV', input: ({ productId }) => ({ productId, csv: '' }), path: 'csv' }],
  'ebm.overview': [
    {
      why: 'zero days before a value goes stale',
      input: ({ productId }) => ({ productId, staleAfterDays: 0 }),
      path: 'staleAfterDays'
    }
  ],
  'ebm.goals.list': [{ why: 'a string for a product', input: () => ({ productId: '1' }), path: 'productId' }],
  'ebm.goals.create': [
    {
      why: 'an unknown level',
      input: ({ productId }) => ({ productId, level: 'operational', title: 'Grow' }),
      path: 'level'
    },
    {
      why: 'a target equal to its baseline',
      input: ({ productId }) => ({
        productId,
        level: 'strategic',
        title: 'Grow',
        targets: [{ measureId: 1, baseline: 5, target: 5 }]
      }),
      path: 'targets.0.target'
    }
  ],
  'ebm.goals.update': [
    {
      why: 'a target date that is not a day',
      input: () => ({ id: 1, patch: { targetDate: 'next spring' } }),
      path: 'patch.targetDate'
    }
  ],
  'ebm.goals.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'ebm.experiments.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'ebm.experiments.create': [
    {
      why: 'a blank change',
      input: ({ productId }) => ({
        productId,
        title: 'Shorter sign-up',
        change: '',
        outcome: 'more sign-ups',
        measureId: 1,
        expectedValue: 10,
        byDate: '2025-06-01'
      }),
      path: 'change'
    }
  ],
  'ebm.experiments.update': [
    {
      why: 'an expected value that is not a number',
      input: () => ({ id: 1, patch: { expectedValue: 'lots' } }),
      path: 'patch.expectedValue'
    }
  ],
  'ebm.experiments.decide': [
    { why: 'an unknown decision', input: () => ({ id: 1, decision: 'abandon' }), path: 'decision' }
  ],
  'ebm.experiments.delete': [{ why: 'a negative id', input: () => ({ id: -3 }), path: 'id' }],
  'vision.get': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'vision.save': [
    { why: 'no reason', input: ({ productId }) => ({ productId, content: {}, reason: '  ' }), path: 'reason' },
    {
      why: 'an unknown vision field',
      input: ({ productId }) => ({ productId, content: { board: { mission: 'x' } }, reason: 'r' }),
      path: 'content.board.mission'
    },
    {
      why: 'a field over 4,000 characters',
      input: ({ productId }) => ({ productId, content: { pitch: { need: 'n'.repeat(4001) } }, reason: 'r' }),
      path: 'content.pitch.need'
    }
  ],
  'vision.versions': [{ why: 'a string for a product', input: () => ({ productId: 'one' }), path: 'productId' }],
  'vision.version': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'vision.compare': [{ why: 'no second version', input: () => ({ fromVersionId: 1 }), path: 'toVersionId' }],
  'goals.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'goals.create': [
    { why: 'a blank goal', input: ({ productId }) => ({ productId, title: ' ' }), path: 'title' },
    {
      why: 'a target date that is not a day',
      input: ({ productId }) => ({ productId, title: 'Grow', targetDate: 'soon' }),
      path: 'targetDate'
    }
  ],
  'goals.update': [
    { why: 'a status in the patch', input: () => ({ id: 1, patch: { status: 'active' } }), path: 'patch.status' }
  ],
  'goals.activate': [{ why: 'a zero id', input: () => ({ id: 0 }), path: 'id' }],
  'goals.achieve': [{ why: 'no reason', input: () => ({ id: 1 }), path: 'reason' }],
  'goals.abandon': [{ why: 'a blank reason', input: () => ({ id: 1, reason: '' }), path: 'reason' }],
  'goals.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'goals.linkItems': [{ why: 'no items', input: () => ({ goalId: 1, itemIds: [] }), path: 'itemIds' }],
  'goals.unlinkItems': [
    {
      why: 'an item id that is not a number',
      input: ({ productId }) => ({ productId, itemIds: ['x'] }),
      path: 'itemIds.0'
    }
  ],
  'backlog.health': [
    { why: 'a fractional top', input: ({ productId }) => ({ productId, topN: 2.5 }), path: 'topN' },
    { why: 'no product', input: () => ({}), path: 'productId' }
  ],
  'goals.alignment': [{ why: 'zero top items', input: ({ productId }) => ({ productId, top: 0 }), path: 'top' }],
  'sprints.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'sprints.create': [
    {
      why: 'an end before the start',
      input: ({ productId }) => ({ productId, name: 'S1', startDate: '2025-03-10', endDate: '2025-03-01' }),
      path: 'endDate'
    },
    {
      why: 'a start that is not a day',
      input: ({ productId }) => ({ productId, name: 'S1', startDate: '2025-02-30', endDate: '2025-03-01' }),
      path: 'startDate'
    },
    {
      why: 'a team by name',
      input: ({ productId }) => ({
        productId,
        name: 'S1',
        startDate: '2025-03-01',
        endDate: '2025-03-10',
        teamId: 'Lanes'
      }),
      path: 'teamId'
    }
  ],
  'sprints.update': [
    { why: 'an unknown outcome', input: () => ({ id: 1, patch: { outcome: 'great' } }), path: 'patch.outcome' },
    { why: 'a fractional team', input: () => ({ id: 1, patch: { teamId: 1.5 } }), path: 'patch.teamId' }
  ],
  'sprints.delete': [{ why: 'a negative id', input: () => ({ id: -1 }), path: 'id' }],
  'sprints.stats': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'okrs.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'okrs.create': [
    {
      why: 'a key result whose target is its baseline',
      input: ({ productId }) => ({
        productId,
        title: 'Easy booking',
        keyResults: [{ title: 'Online share', baseline: 5, target: 5, current: 5 }]
      }),
      path: 'keyResults.0.target'
    }
  ],
  'okrs.update': [
    {
      why: 'a current value that is not a number',
      input: () => ({ id: 1, patch: { keyResults: [{ title: 'k', baseline: 0, target: 1, current: 'half' }] } }),
      path: 'patch.keyResults.0.current'
    }
  ],
  'okrs.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'roadmap.get': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'roadmap.set': [
    {
      why: 'a missing column',
      input: ({ productId }) => ({ productId, board: { now: [], next: [] } }),
      path: 'board.later'
    }
  ],
  'roadmap.rows.create': [
    { why: 'an empty feature', input: ({ productId }) => ({ productId, features: ['Book', ' '] }), path: 'features.1' }
  ],
  'roadmap.rows.update': [
    {
      why: 'metrics over 1,000 characters',
      input: () => ({ id: 1, patch: { metrics: 'm'.repeat(1001) } }),
      path: 'patch.metrics'
    }
  ],
  'roadmap.rows.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'roadmap.rows.reorder': [
    { why: 'ids that are not numbers', input: ({ productId }) => ({ productId, ids: ['a'] }), path: 'ids.0' }
  ],
  'personas.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'personas.create': [
    { why: 'a blank name', input: ({ productId }) => ({ productId, name: '' }), path: 'name' },
    {
      why: 'a picture that is not an image data URL',
      input: ({ productId }) => ({ productId, name: 'Sam', picture: 'http://example.com/a.png' }),
      path: 'picture'
    },
    {
      why: 'neither buyer, user nor both',
      input: ({ productId }) => ({ productId, name: 'Sam', buyerOrUser: 'payer' }),
      path: 'buyerOrUser'
    }
  ],
  'personas.update': [
    {
      why: 'a job story without a situation',
      input: () => ({ id: 1, patch: { jobStories: [{ situation: '', motivation: 'book' }] } }),
      path: 'patch.jobStories.0.situation'
    }
  ],
  'personas.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'personas.linkItems': [{ why: 'no items', input: () => ({ personaId: 1, itemIds: [] }), path: 'itemIds' }],
  'personas.unlinkItems': [{ why: 'no persona', input: ({ itemId }) => ({ itemIds: [itemId] }), path: 'personaId' }],
  'personas.unmatchedStories': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'discovery.segments.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'discovery.segments.create': [
    { why: 'a blank name', input: ({ productId }) => ({ productId, name: '  ' }), path: 'name' },
    {
      why: 'needs over 4,000 characters',
      input: ({ productId }) => ({ productId, name: 'Clubs', needs: 'n'.repeat(4001) }),
      path: 'needs'
    }
  ],
  'discovery.segments.update': [
    { why: 'a number for a size', input: () => ({ id: 1, patch: { size: 400 } }), path: 'patch.size' }
  ],
  'discovery.segments.delete': [{ why: 'a zero id', input: () => ({ id: 0 }), path: 'id' }],
  'discovery.definition.get': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'discovery.definition.save': [
    {
      why: 'no reason',
      input: ({ productId }) => ({ productId, content: { what: 'Lanes' }, reason: '' }),
      path: 'reason'
    },
    {
      why: 'an unknown field',
      input: ({ productId }) => ({ productId, content: { price: '5' }, reason: 'x' }),
      path: 'content.price'
    }
  ],
  'discovery.definition.versions': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'discovery.definition.version': [{ why: 'a zero id', input: () => ({ id: 0 }), path: 'id' }],
  'discovery.definition.compare': [
    { why: 'no older version', input: () => ({ toVersionId: 1 }), path: 'fromVersionId' }
  ],
  'discovery.interviews.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'discovery.interviews.create': [
    {
      why: 'nothing learned',
      input: ({ productId }) => ({ productId, heldOn: '2025-03-01', person: 'Jo', learned: ' ' }),
      path: 'learned'
    },
    {
      why: 'a link that is not a web address',
      input: ({ productId }) => ({
        productId,
        heldOn: '2025-03-01',
        person: 'Jo',
        learned: 'x',
        evidenceLink: 'javascript:alert(1)'
      }),
      path: 'evidenceLink'
    },
    {
      why: 'a day that is not a date',
      input: ({ productId }) => ({ productId, heldOn: 'yesterday', person: 'Jo', learned: 'x' }),
      path: 'heldOn'
    }
  ],
  'discovery.interviews.update': [
    { why: 'an unknown method', input: () => ({ id: 1, patch: { method: 'rumour' } }), path: 'patch.method' }
  ],
  'discovery.interviews.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'discovery.assumptions.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'discovery.assumptions.create': [
    {
      why: 'importance above 5',
      input: ({ productId }) => ({
        productId,
        statement: 'Parents pay online',
        risk: 'value',
        importance: 6,
        evidence: 1
      }),
      path: 'importance'
    },
    {
      why: 'evidence of 2.5',
      input: ({ productId }) => ({
        productId,
        statement: 'Parents pay online',
        risk: 'value',
        importance: 4,
        evidence: 2.5
      }),
      path: 'evidence'
    },
    {
      why: 'an unknown risk',
      input: ({ productId }) => ({
        productId,
        statement: 'Parents pay online',
        risk: 'price',
        importance: 4,
        evidence: 1
      }),
      path: 'risk'
    }
  ],
  'discovery.assumptions.update': [
    { why: 'a blank statement', input: () => ({ id: 1, patch: { statement: ' ' } }), path: 'patch.statement' }
  ],
  'discovery.assumptions.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'discovery.assumptions.promote': [
    {
      why: 'no measure',
      input: () => ({
        id: 1,
        change: 'term booking online',
        outcome: 'more parents book',
        expectedValue: 40,
        byDate: '2025-06-30'
      }),
      path: 'measureId'
    },
    {
      why: 'a date that is not a day',
      input: () => ({
        id: 1,
        change: 'term booking online',
        outcome: 'more parents book',
        measureId: 1,
        expectedValue: 40,
        byDate: 'June'
      }),
      path: 'byDate'
    }
  ],
  'stakeholders.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'stakeholders.create': [
    {
      why: 'power above 100',
      input: ({ productId }) => ({ productId, name: 'Mayor', power: 101, interest: 50 }),
      path: 'power'
    },
    {
      why: 'a cadence of zero days',
      input: ({ productId }) => ({ productId, name: 'Mayor', power: 90, interest: 50, cadenceDays: 0 }),
      path: 'cadenceDays'
    }
  ],
  'stakeholders.update': [
    {
      why: 'a last contact that is not a day',
      input: () => ({ id: 1, patch: { lastContactOn: 'yesterday' } }),
      path: 'patch.lastContactOn'
    }
  ],
  'stakeholders.move': [
    { why: 'negative interest', input: () => ({ id: 1, power: 10, interest: -5 }), path: 'interest' }
  ],
  'stakeholders.logContact': [
    { why: 'a day that is not a day', input: () => ({ id: 1, on: '2025-13-01' }), path: 'on' },
    {
      why: 'a note of what was discussed that is not text',
      input: () => ({ id: 1, discussed: ['pricing'] }),
      path: 'discussed'
    }
  ],
  'stakeholders.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'stakeholders.history': [{ why: 'a text id', input: () => ({ id: 'seven' }), path: 'id' }],
  'sprintReviews.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'sprintReviews.get': [{ why: 'a zero Sprint', input: () => ({ sprintId: 0 }), path: 'sprintId' }],
  'sprintReviews.prepare': [{ why: 'no Sprint', input: () => ({}), path: 'sprintId' }],
  'sprintReviews.update': [
    { why: 'notes that are not text', input: () => ({ id: 1, patch: { notes: 42 } }), path: 'patch.notes' }
  ],
  'sprintReviews.hold': [
    { why: 'a held day that is not a day', input: () => ({ id: 1, heldOn: '2025-02-30' }), path: 'heldOn' },
    { why: 'an unknown outcome', input: () => ({ id: 1, outcome: 'great' }), path: 'outcome' }
  ],
  'sprintReviews.addAttendee': [{ why: 'no stakeholder', input: () => ({ reviewId: 1 }), path: 'stakeholderId' }],
  'sprintReviews.removeAttendee': [
    { why: 'a fractional stakeholder', input: () => ({ reviewId: 1, stakeholderId: 1.5 }), path: 'stakeholderId' }
  ],
  'sprintReviews.addFeedback': [
    { why: 'blank feedback', input: () => ({ reviewId: 1, stakeholderId: 1, text: '   ' }), path: 'text' },
    {
      why: 'feedback over 2000 characters',
      input: () => ({ reviewId: 1, stakeholderId: 1, text: 'f'.repeat(2001) }),
      path: 'text'
    }
  ],
  'sprintReviews.deleteFeedback': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'sprintReviews.feedbackToItem': [
    {
      why: 'a new item without a title',
      input: () => ({ feedbackId: 1, item: { kind: 'new', title: ' ' } }),
      path: 'item.title'
    },
    { why: 'an unknown kind of target', input: () => ({ feedbackId: 1, item: { kind: 'maybe' } }), path: 'item.kind' },
    {
      why: 'an existing item without its id',
      input: () => ({ feedbackId: 1, item: { kind: 'existing' } }),
      path: 'item.itemId'
    }
  ],
  'retrospectives.get': [{ why: 'no Sprint', input: () => ({}), path: 'sprintId' }],
  'retrospectives.save': [
    { why: 'a note over 10,000 characters', input: () => ({ sprintId: 1, note: 'n'.repeat(10_001) }), path: 'note' }
  ],
  'retrospectives.addAction': [{ why: 'an empty action', input: () => ({ sprintId: 1, text: '' }), path: 'text' }],
  'retrospectives.updateAction': [
    { why: 'done as text', input: () => ({ id: 1, patch: { done: 'yes' } }), path: 'patch.done' }
  ],
  'retrospectives.deleteAction': [{ why: 'a negative id', input: () => ({ id: -3 }), path: 'id' }],
  'strategy.canvases.list': [
    { why: 'an unknown kind', input: ({ productId }) => ({ productId, kind: 'lean' }), path: 'kind' }
  ],
  'strategy.canvases.create': [
    { why: 'an empty title', input: ({ productId }) => ({ productId, kind: 'bmc', title: '  ' }), path: 'title' },
    { why: 'no kind', input: ({ productId }) => ({ productId, title: 'Lanes' }), path: 'kind' }
  ],
  'strategy.canvases.update': [
    { why: 'a persona that is text', input: () => ({ id: 1, personaId: 'Sam' }), path: 'personaId' }
  ],
  'strategy.canvases.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'strategy.canvases.get': [{ why: 'a fractional id', input: () => ({ id: 1.5 }), path: 'id' }],
  'strategy.canvases.save': [
    { why: 'no reason', input: () => ({ canvasId: 1, content: { kind: 'swot' }, reason: ' ' }), path: 'reason' },
    {
      why: 'a block of another kind',
      input: () => ({ canvasId: 1, content: { kind: 'swot', channels: 'Posters' }, reason: 'Why' }),
      path: 'content.channels'
    },
    {
      why: 'an unknown kind of content',
      input: () => ({ canvasId: 1, content: { kind: 'lean' }, reason: 'Why' }),
      path: 'content.kind'
    },
    {
      why: 'a block over 4000 characters',
      input: () => ({ canvasId: 1, content: { kind: 'bmc', channels: 'c'.repeat(4001) }, reason: 'Why' }),
      path: 'content.channels'
    }
  ],
  'strategy.canvases.versions': [{ why: 'no canvas', input: () => ({}), path: 'canvasId' }],
  'strategy.canvases.version': [{ why: 'a zero id', input: () => ({ id: 0 }), path: 'id' }],
  'strategy.canvases.compare': [{ why: 'no first version', input: () => ({ toVersionId: 2 }), path: 'fromVersionId' }],
  'strategy.competitors.get': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'strategy.competitors.create': [
    { why: 'an empty name', input: ({ productId }) => ({ productId, name: ' ' }), path: 'name' },
    {
      why: 'strengths that are not text',
      input: ({ productId }) => ({ productId, name: 'SwimBook', strengths: ['fast'] }),
      path: 'strengths'
    }
  ],
  'strategy.competitors.update': [
    { why: 'an unknown field', input: () => ({ id: 1, patch: { price: 5 } }), path: 'patch.price' }
  ],
  'strategy.competitors.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'strategy.criteria.create': [
    { why: 'a weight of 6', input: ({ productId }) => ({ productId, name: 'Price', weight: 6 }), path: 'weight' },
    { why: 'no name', input: ({ productId }) => ({ productId }), path: 'name' }
  ],
  'strategy.criteria.update': [
    { why: 'an own score of 0', input: () => ({ id: 1, patch: { ownScore: 0 } }), path: 'patch.ownScore' }
  ],
  'strategy.criteria.delete': [{ why: 'a negative id', input: () => ({ id: -1 }), path: 'id' }],
  'strategy.scores.set': [
    { why: 'a fractional score', input: () => ({ competitorId: 1, criterionId: 1, score: 2.5 }), path: 'score' },
    { why: 'no criterion', input: () => ({ competitorId: 1, score: 3 }), path: 'criterionId' }
  ],
  'strategy.costs.list': [{ why: 'a product as text', input: () => ({ productId: 'Lanes' }), path: 'productId' }],
  'strategy.costs.create': [
    {
      why: 'a negative amount',
      input: ({ productId }) => ({ productId, category: 'run', name: 'Hosting', amount: -5, period: 'monthly' }),
      path: 'amount'
    },
    {
      why: 'a weekly period',
      input: ({ productId }) => ({ productId, category: 'run', name: 'Hosting', amount: 5, period: 'weekly' }),
      path: 'period'
    },
    {
      why: 'an unknown category',
      input: ({ productId }) => ({ productId, category: 'marketing', name: 'Ads', amount: 5, period: 'monthly' }),
      path: 'category'
    }
  ],
  'strategy.costs.update': [
    { why: 'an amount as text', input: () => ({ id: 1, patch: { amount: '400' } }), path: 'patch.amount' }
  ],
  'strategy.costs.delete': [{ why: 'a zero id', input: () => ({ id: 0 }), path: 'id' }],
  'strategy.influences.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'strategy.influences.create': [
    {
      why: 'no name',
      input: ({ productId }) => ({ productId, name: ' ', predictability: 3, control: 3 }),
      path: 'name'
    },
    {
      why: 'a predictability of 6',
      input: ({ productId }) => ({ productId, name: 'Budget', predictability: 6, control: 3 }),
      path: 'predictability'
    },
    { why: 'no control', input: ({ productId }) => ({ productId, name: 'Budget', predictability: 3 }), path: 'control' }
  ],
  'strategy.influences.update': [
    { why: 'a control of 2.5', input: () => ({ id: 1, patch: { control: 2.5 } }), path: 'patch.control' }
  ],
  'strategy.influences.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'practice.entries.list': [
    { why: 'an unknown track', input: ({ productId }) => ({ productId, trackId: 'safe' }), path: 'trackId' }
  ],
  'practice.entries.get': [{ why: 'a zero id', input: () => ({ id: 0 }), path: 'id' }],
  'practice.entries.create': [
    { why: 'no target', input: ({ productId }) => ({ productId }), path: 'targetKey' },
    {
      why: 'an unknown status',
      input: ({ productId }) => ({ productId, targetKey: 'pspo/backlog', status: 'started' }),
      path: 'status'
    },
    {
      why: 'a plan over 8000 characters',
      input: ({ productId }) => ({ productId, targetKey: 'pspo/backlog', plan: 'p'.repeat(8001) }),
      path: 'plan'
    }
  ],
  'practice.entries.update': [
    { why: 'an empty patch', input: () => ({ id: 1, patch: {} }), path: 'patch' },
    {
      why: 'experiments as text',
      input: () => ({ id: 1, patch: { experiments: 'lean-canvas' } }),
      path: 'patch.experiments'
    }
  ],
  'practice.entries.delete': [{ why: 'no id', input: () => ({}), path: 'id' }],
  'practice.actions.add': [
    { why: 'a date in another format', input: () => ({ entryId: 1, on: '10/03/2025', text: 'Did it' }), path: 'on' },
    { why: 'a blank text', input: () => ({ entryId: 1, on: '2025-03-10', text: '  ' }), path: 'text' }
  ],
  'practice.actions.delete': [{ why: 'a string id', input: () => ({ id: '4' }), path: 'id' }],
  'practice.evidence.sources': [
    { why: 'a kind that is typed by hand', input: ({ productId }) => ({ productId, kind: 'note' }), path: 'kind' }
  ],
  'practice.evidence.add': [
    { why: 'an unknown kind', input: () => ({ entryId: 1, kind: 'photo' }), path: 'kind' },
    {
      why: 'a note without text',
      input: () => ({ entryId: 1, kind: 'note', title: 'Interview', text: '' }),
      path: 'text'
    },
    {
      why: 'file content that is not base64',
      input: () => ({ entryId: 1, kind: 'file', name: 'a.txt', dataBase64: 'not base64!' }),
      path: 'dataBase64'
    }
  ],
  'practice.evidence.file': [extraKey()],
  'practice.evidence.delete': [{ why: 'a negative id', input: () => ({ id: -3 }), path: 'id' }],
  'practice.progress': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'reports.build': [
    { why: 'no sections', input: ({ productId }) => ({ productId, sections: [], format: 'html' }), path: 'sections' },
    {
      why: 'an unknown section',
      input: ({ productId }) => ({ productId, sections: ['gossip'], format: 'html' }),
      path: 'sections.0'
    },
    {
      why: 'an unknown format',
      input: ({ productId }) => ({ productId, sections: ['flow'], format: 'docx' }),
      path: 'format'
    },
    {
      why: 'only one end of the period',
      input: ({ productId }) => ({ productId, sections: ['flow'], format: 'md', from: '2025-01-01' }),
      path: 'to'
    },
    {
      why: 'a period ending before it starts',
      input: ({ productId }) => ({ productId, sections: ['flow'], format: 'md', from: '2025-02-01', to: '2025-01-01' }),
      path: 'to'
    },
    {
      why: 'an unknown track',
      input: ({ productId }) => ({ productId, sections: ['flow'], format: 'md', track: 'PSM' }),
      path: 'track'
    }
  ],
  'reports.open': [{ why: 'an empty file', input: () => ({ html: '' }), path: 'html' }],
  'reviews.import': [
    { why: 'an empty review', input: ({ productId }) => ({ productId, reviewJson: '' }), path: 'reviewJson' }
  ],
  'reviews.list': [{ why: 'no product', input: () => ({}), path: 'productId' }],
  'reviews.delete': [{ why: 'a text id', input: () => ({ id: 'one' }), path: 'id' }]
}

const FORECAST_INPUTS = { windowDays: 90, trials: 10_000, seed: 42, items: 20, startDate: '2026-03-02' }
const FORECAST_RESULT = { percentiles: { 50: 10, 70: 12, 85: 14, 95: 17 }, histogram: [{ x: 10, count: 10_000 }] }

/** A forecast that would be saved, with one part replaced. */
function validForecast(productId: number, replace: Record<string, unknown>): Record<string, unknown> {
  return {
    productId,
    question: 'when',
    questionKey: 'when:items=20',
    label: '20 items',
    inputs: FORECAST_INPUTS,
    result: FORECAST_RESULT,
    ...replace
  }
}

/** The issue names `path` directly, or (unknown keys) names it in the message on the enclosing object. */
function namesField(issue: { path: string; message: string }, path: string): boolean {
  if (issue.path === path) return true
  const dot = path.lastIndexOf('.')
  const parent = dot === -1 ? '(input)' : path.slice(0, dot)
  const key = path.slice(dot + 1)
  return issue.path === parent && issue.message.includes(`"${key}"`)
}

describe('input validation', () => {
  let ctx: AppContext
  let ids: Ids

  beforeAll(async () => {
    ;({ ctx } = await openTestContext({ sample: true }))
    const product = await call(ctx, 'products.create', { name: 'Validation product' })
    const first = await call(ctx, 'backlog.create', { productId: product.id, title: 'First item' })
    const second = await call(ctx, 'backlog.create', { productId: product.id, title: 'Second item' })
    ids = { productId: product.id, itemId: first.id, otherItemId: second.id }
  })

  it('has invalid-input cases for every method in the contract, and only for those', () => {
    expect(Object.keys(INVALID).sort()).toEqual([...METHOD_NAMES].sort())
    for (const method of METHOD_NAMES) expect(INVALID[method].length, method).toBeGreaterThan(0)
  })

  const cases = METHOD_NAMES.flatMap((method) => (INVALID[method] ?? []).map((c) => ({ method, ...c })))

  it.each(cases)('$method rejects $why, naming $path, and changes nothing', async ({ method, input, path }) => {
    const conn = readConnection(ctx.databaseFile)
    const before = snapshotTables(conn)
    const result = await ctx.dispatch(method, input(ids))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.message).toContain(method)
    expect(result.error.issues?.length).toBeGreaterThan(0)
    const issues = result.error.issues ?? []
    expect(
      issues.some((issue) => namesField(issue, path)),
      `expected an issue naming "${path}", got ${JSON.stringify(issues)}`
    ).toBe(true)
    expect(snapshotTables(conn)).toEqual(before)
  })

  it('rejects input that is not an object at all', async () => {
    for (const method of METHOD_NAMES) {
      const result = await ctx.dispatch(method, 'not an object')
      expect(result.ok, method).toBe(false)
      if (!result.ok) expect(result.error.code, method).toBe('invalid_input')
    }
  })

  it('answers an unknown method with unknown_method', async () => {
    const result = await ctx.dispatch('backlog.explode', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })
})
