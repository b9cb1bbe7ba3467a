import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { InvalidArgumentError } from 'commander'
import { startWebServer } from '../../web/server'
import { CliUserError, type CliCommand } from '../types'

function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('Use a port number from 0 to 65535 (0: any free port).')
  return port
}

function stopWhenAsked(signal: AbortSignal | undefined): Promise<string> {
  return new Promise((resolvePromise) => {
    if (signal) {
      if (signal.aborted) resolvePromise('stop requested')
      else signal.addEventListener('abort', () => resolvePromise('stop requested'), { once: true })
      return
    }
    // The handlers stay: a second signal (a terminal's Ctrl+C reaches both `npm start` and us) must not
    // kill the process while the database is being closed. Signal handlers do not keep Node alive.
    let received = false
    const onSignal = (name: NodeJS.Signals): void => {
      if (received) return
      received = true
      resolvePromise(name)
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  })
}

/** How the user started us, so the page opened without its link can tell them where to look for it. */
export function launchCommand(lifecycleEvent: string | undefined = process.env.npm_lifecycle_event): string {
  if (lifecycleEvent === 'start') return 'npm start'
  if (lifecycleEvent === 'web') return 'npm run web'
  if (lifecycleEvent === 'dev') return 'npm run dev'
  return 'po-studio serve'
}

const serve: CliCommand = {
  name: 'serve',
  register(program, runtime) {
    program
      .command('serve')
      .description(
        'Browser mode: serve the app and its API on 127.0.0.1 and print the URL to open (it carries a one-run access token). Stops on Ctrl+C.'
      )
      .option('-p, --port <port>', 'port to listen on (default: a free one)', parsePort)
      .action(async (options: { port?: number }, command) => {
        const staticDir = runtime.io.rendererDir
        if (!staticDir)
          throw new CliUserError(
            "This build of the CLI does not know where the app's pages are; run it as `node out/main/cli.js serve`."
          )
        if (!existsSync(join(staticDir, 'index.html')))
          runtime.note(
            `Note: ${staticDir} has no index.html; run \`npm run build\` so the app's pages can be served. The API works meanwhile.`
          )
        await runtime.withContext(command, async (ctx) => {
          let server
          try {
            server = await startWebServer({
              dispatch: ctx.dispatch,
              staticDir,
              port: options.port ?? 0,
              launchCommand: launchCommand(),
              log: (m) => runtime.note(m)
            })
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code
            if (code === 'EADDRINUSE')
              throw new CliUserError(
                `Port ${options.port} is already in use; choose another with --port, or leave it out to use a free one.`
              )
            throw error
          }
          const url = `${server.url}/#token=${server.token}`
          runtime.print(url)
          runtime.note(
            `PO Studio ${runtime.version} is serving ${ctx.databaseFile} in browser mode. Open the URL above; press Ctrl+C to stop.`
          )
          runtime.io.onServing?.({ url, port: server.port, token: server.token })
          const reason = await stopWhenAsked(runtime.io.stopSignal)
          await server.close()
          runtime.note(`Stopped (${reason}); the database was closed cleanly.`)
        })
      })
  }
}

export default serve
