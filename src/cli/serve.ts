import type {IncomingMessage, ServerResponse} from 'node:http'
import {isIP} from 'node:net'
import {relative, resolve, sep} from 'node:path'
import EleventyDevServer from '@11ty/eleventy-dev-server'
import chokidar from 'chokidar'
import {Command, InvalidArgumentError} from 'commander'
import type {BuildReport} from '../build/build-site.js'
import {previewMeetingPage} from '../build/preview-meeting.js'
import {normalizePathPrefix} from '../text/site-paths.js'
import {checkRequestPath} from './request-path.js'
import {ownSiteDirectory} from '../site/site-input.js'
import {addressOptions} from './address-options.js'
import {archiveRoot} from './archive-root.js'
import {watchingAll} from './watching-all.js'
import {addressOf, buildSummary, runBuild, type BuildCommandOptions} from './build.js'
import {UserError} from '../model/errors.js'

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError(`Unexpected port \`${value}\`, expected a whole number from 0 to 65535`)
  return port
}

/** Whether an address only this machine can reach: `localhost`, 127.0.0.0/8 or `::1`. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'))
}

/** A host as a URL writes it: an IPv6 address in brackets. */
function urlHost(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host
}

function parseHost(value: string): string {
  if (value !== 'localhost' && isIP(value) === 0) {
    throw new InvalidArgumentError(`Unexpected host \`${value}\`, expected an IP address such as \`127.0.0.1\` or \`0.0.0.0\`, or \`localhost\``)
  }
  return value
}

/**
 * Refuses, before the dev server maps a request to a file, every path that is malformed or leads outside the output
 * folder (see `checkRequestPath`), and answers with an error instead of letting a failure end the process.
 */
function guardRequests(outDir: string) {
  const refuse = (response: ServerResponse, status: number) => {
    if (response.headersSent) return void response.end()
    response.statusCode = status
    response.setHeader('Content-Type', 'text/plain; charset=utf-8')
    response.end(status === 400 ? 'Bad request\n' : status === 404 ? 'Not found\n' : 'Server error\n')
  }
  return async (request: IncomingMessage, response: ServerResponse, next: () => unknown): Promise<void> => {
    try {
      const checked = checkRequestPath(request.url, outDir)
      if ('status' in checked) return refuse(response, checked.status)
      await next()
    } catch (error) {
      process.stderr.write(`minutebook: request for \`${request.url ?? ''}\` failed: ${error instanceof Error ? error.message : String(error)}\n`)
      refuse(response, 500)
    }
  }
}

/**
 * Starts the dev server's HTTP server on `port` and `host`; a port in use or not allowed is the user's to change,
 * said in one line (the dev server's own handler threw it as an uncaught error, with a stack trace).
 */
async function listen(server: EleventyDevServer, port: number, host: string): Promise<void> {
  const http = server.server
  http.removeAllListeners('error')
  await new Promise<void>((ready, fail) => {
    http.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${urlHost(host)}:${port}`
      if (error.code === 'EADDRINUSE') fail(new UserError(`cannot serve on ${where}: the port is in use by another program; stop it, or choose another port with --port`))
      else if (error.code === 'EACCES') fail(new UserError(`cannot serve on ${where}: this user may not listen on that port; choose one above 1023 with --port`))
      else if (error.code === 'EADDRNOTAVAIL') fail(new UserError(`cannot serve on ${where}: the address is not one of this machine's; choose another with --host`))
      else fail(error)
    })
    http.once('listening', () => ready())
    http.listen({port, host})
  })
  // Errors after the start (a client that went away) are the dev server's to log, not to end the process.
  http.on('error', (error: Error) => process.stderr.write(`minutebook: server error: ${error.message}\n`))
  await server.ready()
}

/** `minutebook serve [--port N] [--host H] [--root DIR]`: builds, serves on this machine, rebuilds and reloads on change. */
export function serveCommand(): Command {
  const command = new Command('serve')
    .description('build the site, serve it on this machine (127.0.0.1), rebuild and reload when a meeting or site/ changes')
    .option('--port <n>', 'port to listen on', parsePort, 8080)
    .option('--host <address>', 'address to listen on; anything but 127.0.0.1, ::1 or localhost lets other machines read the archive', parseHost, '127.0.0.1')
    .option('--root <dir>', 'archive root (default: found from the current folder up)')
    .option('--out <dir>', 'output folder, relative to the root', '_site')
    .option('--drafts', 'publish draft meetings too')
  for (const option of addressOptions()) command.addOption(option)
  return command
    .action(async (options: BuildCommandOptions & {port: number; host: string}) => {
      const root = archiveRoot(options.root)
      let last: BuildReport | undefined
      const build = async () => (last = await runBuild({root, out: options.out, drafts: options.drafts === true, quiet: true, ...addressOf(options)}))
      const first = await build()
      process.stdout.write(buildSummary(first) + '\n')
      const pathPrefix = normalizePathPrefix(first.config.pathPrefix)
      const out = resolve(root, options.out)
      const server = new EleventyDevServer('minutebook', out, {
        pathPrefix,
        domDiff: false,
        logger: {info() {}, log() {}, error: (message: string) => process.stderr.write(`minutebook: ${message}\n`)},
        middleware: [guardRequests(out)]
      })
      // The watcher is ready before the server answers: an edit saved the moment the page is up is not missed. Links are
      // not followed (the build does not read meetings through them), so a link loop under meetings/ is not walked.
      const watched = [resolve(root, 'meetings'), ownSiteDirectory(root), resolve(root, 'minutebook.yml')]
      const watcher = chokidar.watch(watched, {ignoreInitial: true, followSymlinks: false})
      watcher.on('error', (error: unknown) => process.stderr.write(`minutebook: cannot watch for changes: ${error instanceof Error ? error.message : String(error)}\n`))
      await new Promise<void>((ready) => watcher.once('ready', () => ready()))
      const unwatched = await watchingAll(watcher, root)
      if (unwatched > 0) process.stderr.write(`minutebook: warning: ${unwatched} meeting files are not watched yet; an edit to one may need a second save\n`)
      // The dev server listens on every interface; its HTTP server is given the address to listen on instead. A port in
      // use ends the command, the watcher closed first so nothing keeps the process running.
      try {
        await listen(server, options.port, options.host)
      } catch (error) {
        await watcher.close()
        throw error
      }
      // A request the guard did not foresee must not end the process: the server keeps answering the others.
      process.on('unhandledRejection', (error) => process.stderr.write(`minutebook: request failed: ${error instanceof Error ? error.message : String(error)}\n`))
      const address = server.server.address()
      const port = typeof address === 'object' && address !== null ? address.port : options.port
      if (!isLoopback(options.host)) {
        process.stderr.write(
          `minutebook: warning: listening on ${options.host}, so other machines that can reach this one can read the archive` +
            `${options.drafts === true ? ', drafts included' : ''}; use --host 127.0.0.1 to serve this machine only\n`
        )
      }
      process.stdout.write(`Serving the archive at http://${urlHost(options.host)}:${port}${pathPrefix} (Ctrl+C to stop)\n`)

      // One build at a time: changes during a build queue exactly one more.
      let running: Promise<void> | undefined
      let again = false
      let timer: NodeJS.Timeout | undefined
      let changed = new Set<string>()
      /**
       * When only existing meetings' text changed, their pages are re-rendered against the last build's archive and
       * shown at once; the full build (people, registers, feeds, search) follows and reloads the page again.
       */
      const preview = async (paths: string[]): Promise<void> => {
        if (!last || paths.length === 0 || !paths.every((path) => path.startsWith('meetings/') && path.endsWith('.md'))) return
        const shown: string[] = []
        for (const path of paths) {
          const slug = await previewMeetingPage({root, out: last.out, archive: last.archive, config: last.config, path, drafts: options.drafts === true}).catch(() => undefined)
          if (slug === undefined) return
          shown.push(slug)
        }
        process.stdout.write(`Updated ${shown.map((slug) => `meetings/${slug}/`).join(', ')}; rebuilding the rest\n`)
        server.reload({files: []})
      }
      const rebuild = async (): Promise<void> => {
        const paths = [...changed].sort()
        changed = new Set()
        await preview(paths)
        try {
          process.stdout.write(buildSummary(await build()) + '\n')
          server.reload({files: []})
        } catch (error) {
          // The previous output keeps being served; the errors are already printed.
          if (!(error instanceof Error && error.name === 'CheckFailed')) process.stderr.write(`minutebook: ${String(error)}\n`)
        }
      }
      const schedule = () => {
        if (timer) clearTimeout(timer)
        timer = setTimeout(() => {
          if (running) {
            again = true
            return
          }
          running = rebuild().finally(() => {
            running = undefined
            if (again) {
              again = false
              schedule()
            }
          })
        }, 150)
      }
      watcher.on('all', (_event: string, path: string) => {
        changed.add(relative(root, path).split(sep).join('/'))
        schedule()
      })
      await new Promise<void>((done) => {
        const stop = () => {
          void watcher.close().then(() => server.close()).then(done)
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
    })
}
