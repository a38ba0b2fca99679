import {relative, resolve, sep} from 'node:path'
import EleventyDevServer from '@11ty/eleventy-dev-server'
import chokidar from 'chokidar'
import {Command, InvalidArgumentError} from 'commander'
import {loadConfig} from '../parse/config.js'
import {siteDirectory, type BuildReport} from '../site/build-site.js'
import {previewMeetingPage} from '../site/preview-meeting.js'
import {normalizePathPrefix} from '../site/format.js'
import {buildSummary, runBuild} from './build.js'

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError(`Unexpected port \`${value}\`, expected a whole number from 0 to 65535`)
  return port
}

/** `minutebook serve [--port N] [--root DIR]`: builds, serves on localhost, rebuilds and reloads on change. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('build the site, serve it on localhost, rebuild and reload when a meeting or site/ changes')
    .option('--port <n>', 'port to listen on', parsePort, 8080)
    .option('--root <dir>', 'archive root', '.')
    .option('--out <dir>', 'output folder, relative to the root', '_site')
    .option('--drafts', 'publish draft meetings too')
    .action(async (options: {port: number; root: string; out: string; drafts?: boolean}) => {
      const root = resolve(options.root)
      let last: BuildReport | undefined
      const build = async () => (last = await runBuild({root, out: options.out, drafts: options.drafts === true, quiet: true}))
      process.stdout.write(buildSummary(await build()) + '\n')
      const config = await loadConfig(root)
      const pathPrefix = normalizePathPrefix(config.pathPrefix)
      const server = new EleventyDevServer('minutebook', resolve(root, options.out), {
        pathPrefix,
        domDiff: false,
        portReassignmentRetryCount: 0,
        logger: {info() {}, log() {}, error: (message: string) => process.stderr.write(`minutebook: ${message}\n`)}
      })
      // The watcher is ready before the URL is printed: an edit saved the moment the page is up is not missed.
      const watched = [resolve(root, 'meetings'), siteDirectory(root), resolve(root, 'minutebook.yml')]
      const watcher = chokidar.watch(watched, {ignoreInitial: true})
      await new Promise<void>((ready) => watcher.once('ready', () => ready()))
      server.serve(options.port)
      await server.ready()
      process.stdout.write(`Serving the archive at ${server.getServerUrl('localhost')} (Ctrl+C to stop)\n`)

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
