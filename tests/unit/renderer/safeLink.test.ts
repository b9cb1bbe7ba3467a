import { describe, expect, it } from 'vitest'
import { safeHref } from '../../../src/renderer/src/features/backlog/safeLink'

describe('safeHref', () => {
  it('keeps web and e-mail addresses', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1')
    expect(safeHref(' http://example.com ')).toBe('http://example.com/')
    expect(safeHref('mailto:po@example.com')).toBe('mailto:po@example.com')
  })

  it('refuses scripts, data, the app itself and relative paths', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      '#/settings',
      '/api/products.list',
      'page.html',
      '',
      undefined
    ]) {
      expect(safeHref(href), String(href)).toBeNull()
    }
  })
})
