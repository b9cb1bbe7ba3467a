import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '@shared/api'
import { openAppContext, type AppContext } from '../../src/main/app/context'
import { launchCommand } from '../../src/main/cli/commands/serve'
import { LAUNCH_PATH, startWebServer, type WebServer } from '../../src/main/web/server'
import { resolveStaticFile } from '../../src/main/web/static-files'

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: string
  json: () => any // eslint-disable-line @typescript-eslint/no-explicit-any
}

let root: string
let staticDir: string
let ctx: AppContext
let server: WebServer

/** Raw HTTP so the Host header and the path go out exactly as written (fetch would normalise both). */
function send(options: {
  method?: string
  path: string
  host?: string | null
  token?: string | null
  body?: string | Buffer
  headers?: Record<string, string>
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers }
    // null: no Host header at all.
    if (options.host !== null) headers.Host = options.host ?? `127.0.0.1:${server.port}`
    const token = options.token === undefined ? server.token : options.token
    if (token !== null) headers.Authorization = `Bearer ${token}`
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      headers['Content-Length'] = String(Buffer.byteLength(options.body))
    }
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers,
        setHost: options.host !== null
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) })
        })
      }
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

const post = (method: string, input: unknown, token?: string | null): Promise<Answer> =>
  send({ method: 'POST', path: `/api/${method}`, body: JSON.stringify(input), token })

function expectNoCors(answer: Answer): void {
  expect(Object.keys(answer.headers).filter((name) => name.toLowerCase().startsWith('access-control-'))).toEqual([])
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'po-studio-web-'))
  staticDir = join(root, 'renderer')
  mkdirSync(join(staticDir, 'assets'), { recursive: true })
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><title>PO Studio</title><script type="module" src="/assets/app.js"></script>'
  )
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app")')
  writeFileSync(join(staticDir, 'assets', 'app.css'), 'body{}')
  writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET')
  ctx = await openAppContext({ dataDir: join(root, 'data'), sample: true, version: '0.0.0-test', log: () => {} })
  server = await startWebServer({
    dispatch: ctx.dispatch,
    staticDir,
    maxBodyBytes: 64 * 1024,
    launchCommand: 'npm start'
  })
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
  rmSync(root, { recursive: true, force: true })
})

describe('browser mode web server', () => {
  it('listens on 127.0.0.1 with a fresh 32-byte base64url token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    expect(server.port).toBeGreaterThan(0)
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('refuses to listen anywhere but loopback', async () => {
    await expect(startWebServer({ dispatch: ctx.dispatch, staticDir, host: '0.0.0.0' })).rejects.toThrow(/loopback/)
  })

  it('serves index.html for / with the security headers and no CORS', async () => {
    const answer = await send({ path: '/', token: null })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(answer.body).toContain('<title>PO Studio</title>')
    expect(answer.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['referrer-policy']).toBe('no-referrer')
    expectNoCors(answer)
  })

  it('serves assets with their content types and answers 404 for anything else', async () => {
    expect((await send({ path: '/assets/app.js', token: null })).headers['content-type']).toBe(
      'text/javascript; charset=utf-8'
    )
    expect((await send({ path: '/assets/app.css', token: null })).headers['content-type']).toBe(
      'text/css; charset=utf-8'
    )
    expect((await send({ path: '/assets/app.js?v=1', token: null })).status).toBe(200)
    expect((await send({ path: '/nope.html', token: null })).status).toBe(404)
    expect((await send({ path: '/assets', token: null })).status).toBe(404)
  })

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '/assets%00/app.js',
      '//etc/passwd',
      `/${join(root, 'secret.txt')}`
    ]) {
      const answer = await send({ path, token: null })
      expect(answer.status, path).toBe(404)
      expect(answer.body).not.toContain('TOP-SECRET')
    }
    expect(resolveStaticFile(staticDir, '/../secret.txt')).toBeNull()
    expect(resolveStaticFile(staticDir, '/%E0%A4%A')).toBeNull()
  })

  it('answers 403 to a foreign Host header (DNS rebinding), for pages and the API alike', async () => {
    for (const host of [
      `evil.example:${server.port}`,
      'evil.example',
      `127.0.0.1:${server.port + 1}`,
      `127.0.0.1`,
      `127.0.0.1.evil.example:${server.port}`,
      null
    ]) {
      // Node itself answers 400 to an HTTP/1.1 request without Host; either way nothing is served.
      const refused = host === null ? [400, 403] : [403]
      const page = await send({ path: '/', host, token: null })
      expect(refused, String(host)).toContain(page.status)
      expect(page.body).not.toContain('PO Studio</title>')
      const call = await post('products.list', {})
      expect(call.status).toBe(200)
      const foreign = await send({ method: 'POST', path: '/api/products.list', host, body: '{}' })
      expect(refused, String(host)).toContain(foreign.status)
      expectNoCors(foreign)
    }
    expect((await send({ path: '/', host: `localhost:${server.port}`, token: null })).status).toBe(200)
  })

  it('names the command that started it without the token, and only to its own Host', async () => {
    const answer = await send({ path: LAUNCH_PATH, token: null })
    expect(answer.status).toBe(200)
    expect(answer.json()).toEqual({ command: 'npm start' })
    expect((await send({ path: LAUNCH_PATH, token: null, host: 'evil.example' })).status).toBe(403)
    expect([launchCommand('start'), launchCommand('web'), launchCommand('dev'), launchCommand(undefined)]).toEqual([
      'npm start',
      'npm run web',
      'npm run dev',
      'po-studio serve'
    ])
  })

  it('answers 401 without the token or with a wrong one', async () => {
    for (const token of [null, '', 'wrong', `${server.token}x`, server.token.slice(1)]) {
      const answer = await post('products.list', {}, token)
      expect(answer.status, String(token)).toBe(401)
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expectNoCors(answer)
    }
    expect((await send({ path: '/api', token: null })).status).toBe(401)
    const basic = await send({
      method: 'POST',
      path: '/api/products.list',
      body: '{}',
      token: null,
      headers: { Authorization: `Basic ${server.token}` }
    })
    expect(basic.status).toBe(401)
  })

  it('sends no CORS headers, not even to a preflight', async () => {
    const preflight = await send({
      method: 'OPTIONS',
      path: '/api/products.list',
      token: null,
      headers: {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization'
      }
    })
    expect(preflight.status).not.toBe(200)
    expectNoCors(preflight)
    const call = await send({
      method: 'POST',
      path: '/api/products.list',
      body: '{}',
      headers: { Origin: 'https://evil.example' }
    })
    expectNoCors(call)
  })

  it('lists every method of the contract with its summary and JSON Schemas on GET /api', async () => {
    const answer = await send({ path: '/api' })
    expect(answer.status).toBe(200)
    const { methods } = answer.json() as { methods: Array<{ name: string; summary: string; input: any; output: any }> } // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(methods.map((m) => m.name).sort()).toEqual([...METHOD_NAMES].sort())
    for (const method of methods) {
      expect(method.summary.length, method.name).toBeGreaterThan(0)
      // An input is an object, or one of several object shapes (e.g. the kinds of evidence).
      const shapes = method.input.oneOf ?? method.input.anyOf ?? [method.input]
      for (const shape of shapes) expect(shape.type, method.name).toBe('object')
      expect(method.input.$schema).toMatch(/json-schema/)
      expect(method.output).toBeTypeOf('object')
    }
    const list = methods.find((m) => m.name === 'products.list')!
    // Fields with a default may be left out by callers.
    expect(list.input.properties.includeArchived).toMatchObject({ type: 'boolean', default: false })
    expect(list.input.required ?? []).not.toContain('includeArchived')
    const create = methods.find((m) => m.name === 'products.create')!
    expect(create.input.required).toEqual(['name'])
    expect(create.input.additionalProperties).toBe(false)
  })

  it('calls a method with POST and answers its ApiResult with status 200', async () => {
    const answer = await post('products.list', {})
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    const result = answer.json()
    expect(result.ok).toBe(true)
    expect(result.value.some((p: { isSample: boolean }) => p.isSample)).toBe(true)
    // An empty body counts as {}.
    expect((await send({ method: 'POST', path: '/api/products.list', body: '' })).status).toBe(200)
  })

  it('answers 400 with field issues for invalid input', async () => {
    const answer = await post('products.create', { name: '   ', extra: 1 })
    expect(answer.status).toBe(400)
    const result = answer.json()
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const paths = result.error.issues.map((i: { path: string }) => i.path)
    expect(paths).toContain('name')
  })

  it('answers 400 with a clear message for a body that is not JSON', async () => {
    const answer = await send({ method: 'POST', path: '/api/products.list', body: '{"includeArchived": tru' })
    expect(answer.status).toBe(400)
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(answer.json().error.message).toMatch(/not valid JSON/)
  })

  it('answers 404 for an unknown method and for a missing record', async () => {
    const unknown = await post('products.explode', {})
    expect(unknown.status).toBe(404)
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    const missing = await post('backlog.get', { id: 987654 })
    expect(missing.status).toBe(404)
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('maps every error code to its HTTP status', async () => {
    const codes = {
      invalid_input: 400,
      not_found: 404,
      unknown_method: 404,
      conflict: 409,
      forbidden: 403,
      internal: 500
    } as const
    const stub = await startWebServer({
      staticDir,
      dispatch: async (method) => ({
        ok: false,
        error: { code: method as keyof typeof codes, message: `failed with ${method}` }
      }),
      token: 'stub-token'
    })
    try {
      for (const [code, status] of Object.entries(codes)) {
        const answer = await new Promise<number>((resolve, reject) => {
          const req = httpRequest(
            {
              host: '127.0.0.1',
              port: stub.port,
              method: 'POST',
              path: `/api/${code}`,
              headers: { Host: `127.0.0.1:${stub.port}`, Authorization: 'Bearer stub-token' }
            },
            (res) => {
              res.resume()
              resolve(res.statusCode ?? 0)
            }
          )
          req.on('error', reject)
          req.end('{}')
        })
        expect(answer, code).toBe(status)
      }
    } finally {
      await stub.close()
    }
  })

  it('refuses other HTTP methods on the API', async () => {
    expect((await send({ path: '/api/products.list' })).status).toBe(405)
    expect((await send({ method: 'DELETE', path: '/', token: null })).status).toBe(405)
  })

  it('answers 413 for a body over the limit', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(70 * 1024) })
    const answer = await send({ method: 'POST', path: '/api/products.create', body: big })
    expect(answer.status).toBe(413)
  })

  // Answering while the client still sends, then closing, resets the connection: the client would
  // see ECONNRESET instead of the 413. Large bodies, with and without a declared length, many times.
  it('delivers the 413 for a large body, declared or streamed, every time', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x')
    for (let round = 0; round < 8; round++) {
      const declared = round % 2 === 0
      const answer = await new Promise<Answer>((resolve, reject) => {
        const headers: Record<string, string> = {
          Host: `127.0.0.1:${server.port}`,
          Authorization: `Bearer ${server.token}`,
          'Content-Type': 'application/json'
        }
        if (declared) headers['Content-Length'] = String(chunk.length * 32)
        const req = httpRequest(
          { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/products.create', headers },
          (res) => {
            const parts: Buffer[] = []
            res.on('data', (part: Buffer) => parts.push(part))
            res.on('end', () => {
              const body = Buffer.concat(parts).toString('utf8')
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) })
            })
          }
        )
        req.on('error', reject)
        for (let i = 0; i < 32; i++) req.write(chunk)
        req.end()
      })
      expect(answer.status, `round ${round}`).toBe(413)
      expect(answer.json()).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(/larger than 64 kB/) }
      })
    }
  })

  it('answers 400 in the usual error shape for a body that is not a JSON object, and does nothing', async () => {
    const before = (await post('products.list', { includeArchived: true })).json()
    for (const body of ['null', '[]', '[{}]', '1', '"text"', 'true']) {
      const answer = await send({ method: 'POST', path: '/api/sample.remove', body })
      expect(answer.status, body).toBe(400)
      expect(answer.json(), body).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          message: expect.stringMatching(/JSON object/),
          issues: [{ path: '(input)', message: expect.any(String) }]
        }
      })
    }
    expect((await post('products.list', { includeArchived: true })).json()).toEqual(before)
    expect(before.value).toEqual([expect.objectContaining({ isSample: true })])
  })
})
