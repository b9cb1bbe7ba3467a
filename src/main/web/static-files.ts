import { realpathSync, statSync } from 'node:fs'
import { extname, resolve, sep } from 'node:path'

/**
 * Security headers for the renderer's pages, the same in browser mode and in Electron's `app://` protocol.
 * `style-src 'unsafe-inline'` is for React's inline `style` attributes; scripts stay `'self'` only.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer'
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps a URL path (as sent, still percent-encoded, query allowed) to a file inside `root`, or null.
 * `/` is `index.html`. Anything that would leave `root` (`..`, encoded slashes or backslashes, NUL,
 * a symlink pointing outside) and anything that is not a regular file answers null.
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  const pathOnly = urlPath.split(/[?#]/, 1)[0] ?? ''
  let decoded: string
  try {
    decoded = decodeURIComponent(pathOnly)
  } catch {
    return null
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null
  if (decoded.split('/').some((segment) => segment === '..')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1)
  const base = resolve(root)
  const candidate = resolve(base, relative)
  if (!candidate.startsWith(base + sep)) return null
  try {
    const real = realpathSync(candidate)
    const realBase = realpathSync(base)
    if (!real.startsWith(realBase + sep)) return null
    return statSync(real).isFile() ? real : null
  } catch {
    return null
  }
}
