import { describe, expect, it } from 'vitest'
import { fieldLabel } from '@shared/api'

describe('fieldLabel', () => {
  it('names a field as its form does', () => {
    expect(fieldLabel('title')).toBe('Title')
    expect(fieldLabel('patch.title')).toBe('Title')
    expect(fieldLabel('endDate')).toBe('End date')
    expect(fieldLabel('patch.ubv')).toBe('User-business value')
    expect(fieldLabel('productId')).toBe('Product')
    expect(fieldLabel('stateIds')).toBe('States')
    expect(fieldLabel('id')).toBe('ID')
    expect(fieldLabel('patch.positioning')).toBe('Price and positioning')
    expect(fieldLabel('content.painRelievers')).toBe('Pain relievers')
  })

  it('says which line of a list holds the field', () => {
    expect(fieldLabel('criteria.2.text')).toBe('Text (criteria line 3)')
    expect(fieldLabel('itemIds.0')).toBe('Items (line 1)')
  })

  it('leaves the input as a whole as it is', () => {
    expect(fieldLabel('(input)')).toBe('(input)')
  })
})
