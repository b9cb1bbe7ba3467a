import { describe, expect, it } from 'vitest'
import {
  blockNotes,
  changedCanvasBlocks,
  compareCanvasContent,
  emptyCanvasContent,
  valueFit,
  type ContentOf
} from '@shared/domain/strategy'

const vpc = (blocks: Partial<ContentOf<'vpc'>>): ContentOf<'vpc'> => ({ ...emptyCanvasContent('vpc'), ...blocks })

describe('canvas versions', () => {
  it('names the blocks that changed, and against nothing the blocks that have text', () => {
    const first = { ...emptyCanvasContent('swot'), strengths: 'Live lane data', threats: '  ' }
    expect(changedCanvasBlocks(null, first)).toEqual(['strengths'])
    expect(changedCanvasBlocks(first, { ...first, threats: 'A national app' })).toEqual(['threats'])
    expect(changedCanvasBlocks(first, { ...first })).toEqual([])
  })

  it('compares every block of the kind in canvas order, word by word', () => {
    const before = { ...emptyCanvasContent('bmc'), channels: 'Posters at the pools' }
    const after = { ...before, channels: 'Posters at the pools\nThe newsletter', revenueStreams: 'Swim fees' }
    const fields = compareCanvasContent(before, after)
    expect(fields.map((f) => f.key)).toEqual([
      'keyPartners',
      'keyActivities',
      'keyResources',
      'valuePropositions',
      'customerRelationships',
      'channels',
      'customerSegments',
      'costStructure',
      'revenueStreams'
    ])
    expect(fields.filter((f) => f.changed).map((f) => f.label)).toEqual(['Channels', 'Revenue streams'])
    expect(fields.find((f) => f.key === 'channels')!.segments).toEqual([
      { kind: 'same', text: 'Posters at the pools' },
      { kind: 'added', text: '\nThe newsletter' }
    ])
  })

  it('reads a block as one note per line, without bullets or blank lines', () => {
    expect(blockNotes('- Fast booking\n\n  • Live lanes  \n* Passes\n')).toEqual([
      'Fast booking',
      'Live lanes',
      'Passes'
    ])
    expect(blockNotes('   ')).toEqual([])
  })
})

describe('value proposition fit', () => {
  it('counts both sides and points at pains and gains without an answer', () => {
    const fit = valueFit(
      vpc({
        customerJobs: 'Swim before a shift',
        pains: 'Full sessions\nQueues\nShift changes',
        gains: 'A sure lane',
        painRelievers: 'Book ahead'
      })
    )
    expect(fit.counts).toEqual({ jobs: 1, pains: 3, gains: 1, products: 0, relievers: 1, creators: 0 })
    expect(fit.hints).toEqual([
      '3 pains and 1 pain reliever: check that the pains that matter most have an answer.',
      'No gain creator yet: which of the gains does your offer bring about?',
      'Name the products and services the relievers and creators rest on.'
    ])
  })

  it('asks for the customer first, and has nothing to say when every side has notes', () => {
    expect(valueFit(vpc({ productsAndServices: 'App' })).hints).toEqual([
      'Start with the customer: write the jobs they are trying to get done before the value map.'
    ])
    const full = vpc({
      customerJobs: 'Swim',
      pains: 'Queues',
      gains: 'Sure lane',
      productsAndServices: 'App',
      painRelievers: 'Book ahead',
      gainCreators: 'Live lanes'
    })
    expect(valueFit(full).hints).toEqual([])
  })
})
