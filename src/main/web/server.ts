import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { MAX_INPUT_BYTES, type ApiErrorShape, type ApiResult, type ErrorCode } from '@shared/api'
import type { Dispatch } from '../api/dispatcher'
import { describeApi } from './api-description'
import { contentTypeFor, resolveStaticFile, SECURITY_HEADERS } from './static-files'

export interface WebServerOptions {
  dispatch: Dispatch
  /** The built renderer (`out/renderer`). */
  staticDir: string
  /** 0 or absent: a free port. */
  port?: number
  /** Loopback only; anything else is refused. */
  host?: string
  /** Largest accepted request body in bytes (default: MAX_INPUT_BYTES, the limit every method's schema keeps too). */
  maxBodyBytes?: number
  /** Use this token instead of a random one (tests). */
  token?: string
  /** The command the user ran to start this server, named on the page shown without a token. */
  launchCommand?: string
  log?: (message: string) => void
}

export interface WebServer {
  /** `http://127.0.0.1:PORT` without the token. */
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost'])

/**
 * Answered without the token: the page opened without its access link names the command the user
 * ran (`npm start`, `npm run web`...). It tells nothing a local process could not read anyway.
 */
export const LAUNCH_PATH = '/launch.json'

const STATUS_FOR_CODE: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  forbidden: 403,
  internal: 500
}

export function statusForResult(result: ApiResult<unknown>): number {
  return result.ok ? 200 : (STATUS_FOR_CODE[result.error.code] ?? 500)
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}

/** Constant-time comparison: both sides are hashed to equal length first. */
function tokenMatches(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  const given = digest(match?.[1] ?? '')
  return timingSafeEqual(given, expected) && match !== null
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  extra: Record<string, string> = {}
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...extra
  })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra)
}

function sendError(
  res: ServerResponse,
  status: number,
  error: ApiErrorShape,
  extra: Record<string, string> = {}
): void {
  sendJson(res, status, { ok: false, error } satisfies ApiResult<never>, extra)
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`
}

/**
 * The request body, up to `limit` bytes. A larger one is still read to its end, and dropped, before
 * the 413 goes out: a server that answers and closes while the client is still sending resets the
 * connection, and the client sees the reset instead of the answer. (The request timeout bounds how
 * long a client can keep sending.)
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length'])
    let tooLarge = Number.isFinite(declared) && declared > limit
    let chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      if (tooLarge) chunks = []
      else chunks.push(chunk)
    })
    req.on('end', () => {
      if (tooLarge)
        reject(
          new HttpFailure(
            413,
            'invalid_input',
            `The request is larger than ${describeSize(limit)}, the most one call may carry; split the file.`
          )
        )
      else resolvePromise(Buffer.concat(chunks).toString('utf8'))
    })
    req.on('error', reject)
  })
}

function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new HttpFailure(
      400,
      'invalid_input',
      `The request body is not valid JSON (${detail}). Send a JSON object with the method's input, e.g. {}.`
    )
  }
}

/**
 * Browser mode: serves the built renderer and the API on loopback only. Every request must carry a
 * Host header naming this server (DNS-rebinding defence); API calls also need the per-run bearer token.
 * No CORS headers are ever sent, so other origins cannot read anything.
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1'
  if (!LOOPBACK_HOSTS.has(host))
    return Promise.reject(new Error(`Browser mode only listens on loopback (127.0.0.1), not on ${host}.`))
  const limit = options.maxBodyBytes ?? MAX_INPUT_BYTES
  const token = options.token ?? randomBytes(32).toString('base64url')
  const expectedDigest = digest(token)
  const log = options.log ?? (() => {})
  let allowedHosts = new Set<string>()

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (!tokenMatches(req.headers.authorization, expectedDigest)) {
      req.resume()
      sendError(
        res,
        401,
        {
          code: 'forbidden',
          message: 'Missing or wrong access token. Open the URL that `po-studio serve` printed (it ends in #token=...).'
        },
        { 'WWW-Authenticate': 'Bearer' }
      )
      return
    }
    if (pathname === '/api' || pathname === '/api/') {
      if (req.method !== 'GET') {
        req.resume()
        sendError(res, 405, { code: 'invalid_input', message: 'Use GET /api to list the methods.' }, { Allow: 'GET' })
        return
      }
      sendJson(res, 200, describeApi())
      return
    }
    if (req.method !== 'POST') {
      req.resume()
      sendError(
        res,
        405,
        { code: 'invalid_input', message: `Call API methods with POST and a JSON body, e.g. POST ${pathname} {}.` },
        { Allow: 'POST' }
      )
      return
    }
    let method: string
    try {
      method = decodeURIComponent(pathname.slice('/api/'.length))
    } catch {
      throw new HttpFailure(400, 'invalid_input', 'The method name in the URL is not valid.')
    }
    const input = parseJsonBody(await readBody(req, limit))
    const result = await options.dispatch(method, input)
    sendJson(res, statusForResult(result), result)
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, rawPath: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume()
      send(res, 405, 'Method not allowed.\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' })
      return
    }
    const file = resolveStaticFile(options.staticDir, rawPath)
    if (!file) {
      const hint = existsSync(join(options.staticDir, 'index.html'))
        ? ''
        : ' The renderer has not been built: run `npm run build` first.'
      send(res, 404, `Not found.${hint}\n`, 'text/plain; charset=utf-8')
      return
    }
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(file),
      'Cache-Control': 'no-cache',
      'Cross-Origin-Resource-Policy': 'same-origin'
    }
    if (file.endsWith('.html')) headers['Cross-Origin-Opener-Policy'] = 'same-origin'
    res.writeHead(200, headers)
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res)
  }

  const server = createServer((req, res) => {
    const rawUrl = req.url ?? '/'
    const hostHeader = (req.headers.host ?? '').toLowerCase()
    if (!allowedHosts.has(hostHeader)) {
      req.resume()
      sendError(res, 403, {
        code: 'forbidden',
        message: 'This server only answers requests addressed to 127.0.0.1 or localhost.'
      })
      return
    }
    const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '/'
    if (pathname === LAUNCH_PATH && req.method === 'GET') {
      sendJson(res, 200, { command: options.launchCommand ?? 'po-studio serve' })
      return
    }
    const isApi = pathname === '/api' || pathname.startsWith('/api/')
    const work = isApi ? handleApi(req, res, pathname) : Promise.resolve(handleStatic(req, res, rawUrl))
    work.catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy()
        return
      }
      if (error instanceof HttpFailure) {
        sendError(res, error.status, { code: error.code, message: error.message })
        return
      }
      log(`Browser mode request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      sendError(res, 500, { code: 'internal', message: 'The server failed to answer this request.' })
    })
  })
  server.headersTimeout = 30_000
  server.requestTimeout = 60_000

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      const address = server.address()
      if (address === null || typeof address === 'string') {
        reject(new Error('The web server did not report a TCP port.'))
        return
      }
      const port = address.port
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
      if (host === '::1') allowedHosts.add(`[::1]:${port}`)
      const urlHost = host === '::1' ? '[::1]' : host
      resolvePromise({
        url: `http://${urlHost}:${port}`,
        port,
        token,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()))
            server.closeAllConnections()
          })
      })
    })
  })
}
