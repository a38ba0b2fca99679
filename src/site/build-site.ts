import {existsSync} from 'node:fs'
import {mkdir, readdir, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import Eleventy from '@11ty/eleventy'
import {VFileMessage} from 'vfile-message'
import {buildArchive} from '../archive/build-archive.js'
import {readMeetings} from '../archive/read-meetings.js'
import type {Config} from '../model/config.js'
import type {Meeting} from '../model/meeting.js'
import {ConfigError, loadConfig} from '../parse/config.js'
import {apiFiles} from './api.js'
import {meetingsCalendar} from './calendar.js'
import {archiveFeeds} from './feeds.js'
import {normalizePathPrefix} from './format.js'
import {acquireLock} from './lock.js'
import {unsafeOutputReason} from './output-path.js'
import minutebookPlugin, {type EleventyConfigLike} from './plugin.js'
import {publishedMarkdown} from './published-markdown.js'
import {searchBundleDir, writeSearchIndex} from './search/index-site.js'
import {sitemap} from './sitemap.js'
import {indexablePages, listFiles, writeSiteFiles} from './write-files.js'

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** The archive root (holds `minutebook.yml` and `meetings/`). */
  root: string
  /** Output folder, relative to the root; `_site` by default. */
  out?: string
  /** Publish draft meetings too (each with a DRAFT banner and `noindex`). */
  drafts?: boolean
  /** No progress lines. */
  quiet?: boolean
  /** Use the parse cache in `<root>/.cache/parse` (default true). */
  cache?: boolean
  /** Where progress lines go (stderr by default). */
  progress?: (line: string) => void
}

/** What a build did. */
export interface BuildReport {
  out: string
  /** Meetings published (approved, plus drafts with `drafts`). */
  meetings: number
  drafts: number
  /** Meetings left out because they are drafts. */
  skippedDrafts: number
  files: number
  searchRecords: number
  /** Non-fatal messages of the meetings (warnings); fatal ones fail the build. */
  warnings: VFileMessage[]
}

/** A build that failed because of the meetings: carries every fatal message, printed `file:line:col: message [rule]`. */
export class BuildError extends Error {
  override name = 'BuildError'
  constructor(
    message: string,
    readonly messages: VFileMessage[]
  ) {
    super(message)
  }
}

/** The site's templates failed to render (a maintainer's edit in `site/`); the previous output is kept. */
export class SiteTemplateError extends Error {
  override name = 'SiteTemplateError'
}

/** An output folder the build refuses to replace. */
export class UnsafeOutputError extends Error {
  override name = 'UnsafeOutputError'
}

/** Above this many meetings a build prints progress lines even without a terminal. */
const progressThreshold = 200

/** The Eleventy input: `<root>/site` when the archive has one, else the site shipped with minutebook. */
export function siteDirectory(root: string): string {
  const own = join(root, 'site')
  if (existsSync(join(own, '_includes'))) return own
  return fileURLToPath(new URL('../../site/', import.meta.url))
}

function duplicateSlugMessages(meetings: readonly Meeting[]): VFileMessage[] {
  const seen = new Map<string, Meeting>()
  const messages: VFileMessage[] = []
  for (const meeting of meetings) {
    const first = seen.get(meeting.slug)
    if (first) {
      const message = new VFileMessage(
        `Unexpected duplicate slug \`${meeting.slug}\` (also \`${first.source}\`), expected one page per meeting`,
        {place: {line: 1, column: 1}, ruleId: 'duplicate-slug', source: 'minutebook'}
      )
      message.file = meeting.source
      message.fatal = true
      messages.push(message)
    } else {
      seen.set(meeting.slug, meeting)
    }
  }
  return messages
}

async function isPreviousOutput(out: string): Promise<boolean> {
  const entries = await readdir(out).catch(() => undefined)
  if (entries === undefined || entries.length === 0) return true
  return existsSync(join(out, 'api', 'meetings.json'))
}

/** Eleventy's benchmark manager, reached to quiet its console warnings. */
interface BenchmarkManager {
  setVerboseOutput(verbose: boolean): void
  benchmarkGroups?: Record<string, {setIsVerbose(verbose: boolean): void}>
}

async function renderWithEleventy(siteDir: string, outDir: string, plugin: Parameters<typeof minutebookPlugin>[1]): Promise<void> {
  const eleventy = new Eleventy(siteDir, outDir, {
    quietMode: true,
    pathPrefix: normalizePathPrefix(plugin.config.pathPrefix),
    config(eleventyConfig: EleventyConfigLike & {addPlugin(plugin: unknown, options: unknown): void; addPassthroughCopy(map: object): void; benchmarkManager?: BenchmarkManager; setUseTemplateCache(use: boolean): void}) {
      // Eleventy's slow-filter warnings would print timings to the console on busy machines.
      eleventyConfig.benchmarkManager?.setVerboseOutput(false)
      for (const group of Object.values(eleventyConfig.benchmarkManager?.benchmarkGroups ?? {})) group.setIsVerbose(false)
      // Eleventy keeps template text in a process-wide cache; `serve` rebuilds in one process and must see edits.
      eleventyConfig.setUseTemplateCache(false)
      eleventyConfig.addPlugin(minutebookPlugin, plugin)
      eleventyConfig.addPassthroughCopy({[join(siteDir, 'assets')]: 'assets'})
    }
  })
  // Eleventy's own console lines ("Wrote 40 files in 0.3 seconds") would mix timings into our output; errors still throw.
  eleventy.logger.overrideLogger({log() {}, info() {}, warn() {}, error() {}})
  try {
    await eleventy.write()
  } catch (error) {
    throw new SiteTemplateError(`Unexpected error in the site templates (\`${siteDir}\`), expected them to render: ${errorChain(error)}`, {cause: error})
  }
}

/** The messages of an error and of the errors that caused it (Eleventy wraps template errors two or three deep). */
function errorChain(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const message = current.message.replace(/\s+/g, ' ').trim()
    if (!parts.includes(message)) parts.push(message)
    current = current.cause ?? (current as {originalError?: unknown}).originalError
  }
  return parts.join(': ')
}

/**
 * Removes Pagefind's ready-made UI bundles: the site's search page uses only `pagefind.js`, and those
 * bundles carry their translators' e-mail addresses, which the archive promises never to publish.
 */
async function prunePagefindUi(outDir: string): Promise<void> {
  const folder = join(outDir, searchBundleDir)
  const entries = await readdir(folder).catch(() => [] as string[])
  for (const name of entries) {
    if (/^pagefind-(?:ui|component-ui|modular-ui)\.(?:js|css)$/.test(name)) await rm(join(folder, name), {force: true})
  }
}

/** The files built from the Archive without templates: feeds, calendar, JSON API, published Markdown. */
function dataFiles(archive: ReturnType<typeof buildArchive>, config: Config): Map<string, string> {
  const files = new Map<string, string>([...archiveFeeds(archive, config), ...apiFiles(archive)])
  files.set('/meetings.ics', meetingsCalendar(archive.meetings, config))
  for (const {meeting} of archive.meetings) files.set(`/meetings/${meeting.slug}/${meeting.slug}.md`, publishedMarkdown(meeting))
  return files
}

/**
 * Builds the whole site into a fresh folder next to the output and swaps it in only when
 * everything succeeded: a failed build leaves the previous output as it was.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildReport> {
  const root = resolve(options.root)
  const out = resolve(root, options.out ?? '_site')
  const siteDir = siteDirectory(root)
  const unsafe = unsafeOutputReason(out, root, siteDir)
  if (unsafe !== undefined) throw new UnsafeOutputError(unsafe)
  if (!(await isPreviousOutput(out))) {
    throw new UnsafeOutputError(`Unexpected folder \`${out}\` that holds files but no earlier minutebook build, expected an empty folder or a previous output`)
  }
  const showProgress = options.quiet !== true
  const progress = options.progress ?? ((line: string) => process.stderr.write(line + '\n'))

  await mkdir(dirname(out), {recursive: true})
  const release = await acquireLock(join(dirname(out), `.${basename(out)}.lock`))
  const staging = join(dirname(out), `.${basename(out)}.building-${process.pid}`)
  const aside = join(dirname(out), `.${basename(out)}.previous-${process.pid}`)
  try {
    const config = await loadConfig(root).catch((error: unknown) => {
      if (error instanceof ConfigError) throw new BuildError(`\`minutebook.yml\` is invalid; the previous output is unchanged`, error.messages)
      throw error
    })
    const loaded = await readMeetings(root, config, options.cache === false ? {cache: false} : {})
    const loud = showProgress && (loaded.length > progressThreshold || process.stderr.isTTY === true)
    if (loud) progress(`minutebook: read ${loaded.length} meeting files`)
    const messages = loaded.flatMap((result) => result.messages)
    const meetings = loaded.flatMap((result) => (result.meeting ? [result.meeting] : []))
    const fatal = [...messages.filter((message) => message.fatal === true), ...duplicateSlugMessages(meetings)]
    for (const result of loaded) {
      if (!result.meeting && !result.messages.some((message) => message.fatal === true)) {
        const message = new VFileMessage('Unexpected unreadable meeting, expected front matter with a title and a date', {
          place: {line: 1, column: 1},
          ruleId: 'front-matter',
          source: 'minutebook'
        })
        message.file = result.path
        message.fatal = true
        fatal.push(message)
      }
    }
    if (fatal.length > 0) throw new BuildError(`${fatal.length} error${fatal.length === 1 ? '' : 's'} in the meetings; the previous output is unchanged`, fatal)

    const published = meetings.filter((meeting) => meeting.status === 'approved' || options.drafts === true)
    const archive = buildArchive(published, config)
    await rm(staging, {recursive: true, force: true})
    await mkdir(staging)
    if (loud) progress(`minutebook: rendering ${published.length} meetings`)
    await renderWithEleventy(siteDir, staging, {archive, config, drafts: options.drafts === true})
    await writeSiteFiles(staging, dataFiles(archive, config))
    await writeSiteFiles(staging, new Map([['/sitemap.xml', sitemap(await indexablePages(staging), config)]]))
    if (loud) progress('minutebook: indexing for search')
    const approved = published.filter((meeting) => meeting.status === 'approved')
    const search = await writeSearchIndex(staging, {meetings: approved, pathPrefix: normalizePathPrefix(config.pathPrefix), language: config.lang, archive})
    await prunePagefindUi(staging)
    const files = (await listFiles(staging)).length

    const hadOutput = await stat(out).then(
      () => true,
      () => false
    )
    if (hadOutput) await rename(out, aside)
    await rename(staging, out)
    if (hadOutput) await rm(aside, {recursive: true, force: true})
    return {
      out,
      meetings: published.length,
      drafts: published.length - approved.length,
      skippedDrafts: meetings.length - published.length,
      files,
      searchRecords: search.records,
      warnings: messages.filter((message) => message.fatal !== true)
    }
  } finally {
    await rm(staging, {recursive: true, force: true})
    await release()
  }
}
