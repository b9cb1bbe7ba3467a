import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { contentTypeFor, resolveStaticFile, SECURITY_HEADERS } from '../web/static-files'
import { APP_HOST, APP_SCHEME } from './app-url'

/** Must run before `app` is ready: makes `app://` behave like https (standard origin, secure context). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

function notFound(): Response {
  return new Response('Not found.', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }
  })
}

/** Serves the built renderer from `rendererDir` on `app://po-studio/`, refusing any path that leaves it. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed.', { status: 405 })
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return notFound()
    const file = resolveStaticFile(rendererDir, url.pathname)
    if (!file) return notFound()
    const body = await readFile(file)
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' }
    })
  })
}
