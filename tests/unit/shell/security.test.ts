import { describe, expect, it, vi } from 'vitest'
import { APP_START_URL, devRendererUrl, isAppUrl, ourPages } from '../../../src/main/shell/app-url'
import { openExternalSafely } from '../../../src/main/shell/external-links'
import { isTrustedSender, type SenderEvent, type TrustedWindow } from '../../../src/main/shell/trusted-sender'

// These modules must stay free of Electron at run time; importing it here would fail (no binary).
vi.mock('electron', () => {
  throw new Error('a pure shell module imported electron')
})

describe('isAppUrl', () => {
  it('accepts our own origin only', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true)
    expect(isAppUrl('app://po-studio/index.html#/backlog?item=3')).toBe(true)
    expect(isAppUrl('app://po-studio/assets/index.js')).toBe(true)
  })

  it('refuses other hosts, schemes and look-alikes', () => {
    for (const url of [
      'app://other/index.html',
      'app://po-studio.evil.example/',
      'app://po-studio@evil.example/',
      'app://po-studio:8080/',
      'https://po-studio/index.html',
      'file:///etc/passwd',
      'http://127.0.0.1:5173/',
      'javascript:alert(1)',
      'not a url',
      ''
    ]) {
      expect(isAppUrl(url), url).toBe(false)
    }
  })
})

describe('isTrustedSender', () => {
  function setup(url = APP_START_URL) {
    const mainFrame = { url, parent: null }
    const webContents = { mainFrame }
    let destroyed = false
    const window: TrustedWindow = { isDestroyed: () => destroyed, webContents }
    const event: SenderEvent = { sender: webContents, senderFrame: mainFrame }
    return { mainFrame, webContents, window, event, destroy: () => (destroyed = true) }
  }

  it('trusts the main frame of our window on our origin', () => {
    const { event, window } = setup()
    expect(isTrustedSender(event, window)).toBe(true)
  })

  it('refuses when the frame is gone, or the window is missing or destroyed', () => {
    const { event, window, destroy } = setup()
    expect(isTrustedSender({ ...event, senderFrame: null }, window)).toBe(false)
    expect(isTrustedSender(event, null)).toBe(false)
    destroy()
    expect(isTrustedSender(event, window)).toBe(false)
  })

  it('refuses another web contents, even one showing our origin', () => {
    const { event, window } = setup()
    const otherFrame = { url: APP_START_URL, parent: null }
    expect(isTrustedSender({ sender: { mainFrame: otherFrame }, senderFrame: otherFrame }, window)).toBe(false)
    expect(isTrustedSender({ ...event, sender: { mainFrame: event.senderFrame } }, window)).toBe(false)
  })

  it('refuses a subframe of our window', () => {
    const { event, window, mainFrame } = setup()
    expect(isTrustedSender({ ...event, senderFrame: { url: APP_START_URL, parent: mainFrame } }, window)).toBe(false)
  })

  it('refuses our main frame once it shows another origin', () => {
    const { event, window } = setup('https://example.com/')
    expect(isTrustedSender(event, window)).toBe(false)
  })
})

describe('openExternalSafely', () => {
  function opened(url: string): string[] {
    const urls: string[] = []
    openExternalSafely(url, async (safe) => {
      urls.push(safe)
    })
    return urls
  }

  it('hands http(s) links to the system browser, normalised', () => {
    expect(opened('https://www.scrum.org/resources/evidence-based-management')).toEqual([
      'https://www.scrum.org/resources/evidence-based-management'
    ])
    expect(opened('HTTP://Example.COM/a b')).toEqual(['http://example.com/a%20b'])
  })

  it('opens nothing else: other schemes, credentials, malformed URLs', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://po-studio/index.html',
      'smb://server/share',
      'ms-settings:privacy',
      'mailto:po@example.com',
      'https://user:secret@example.com/',
      'https://user@example.com/',
      'not a url',
      ''
    ]) {
      expect(opened(url), url).toEqual([])
    }
  })
})

describe('the dev server under npm run dev', () => {
  it('is taken only by an app run from the sources, and only on loopback http', () => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe('http://localhost:5173/')
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, false)).toBe('http://127.0.0.1:5173/')
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, true)).toBeNull()
    expect(devRendererUrl({}, false)).toBeNull()
    for (const url of [
      'https://localhost:5173/',
      'http://evil.example:5173/',
      'http://localhost.evil.example/',
      'file:///tmp/index.html',
      'not a url'
    ]) {
      expect(devRendererUrl({ ELECTRON_RENDERER_URL: url }, false), url).toBeNull()
    }
  })

  it('makes its origin one of ours beside app://, and nothing else', () => {
    const isOurs = ourPages('http://localhost:5173/')
    expect(isOurs('http://localhost:5173/#/backlog')).toBe(true)
    expect(isOurs(APP_START_URL)).toBe(true)
    for (const url of ['http://localhost:5174/', 'http://127.0.0.1:5173/', 'https://localhost:5173/', 'not a url'])
      expect(isOurs(url), url).toBe(false)
    expect(ourPages(null)).toBe(isAppUrl)
  })
})
