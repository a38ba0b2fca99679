import {existsSync} from 'node:fs'
import {cp, mkdir, readFile, readdir, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join, relative, resolve, sep} from 'node:path'
import {VFileMessage} from 'vfile-message'
import {buildArchiveInSteps} from '../archive/build-archive.js'
import type {Archive} from '../archive/types.js'
import {noMeetingsReason} from '../archive/meeting-files.js'
import {readMeetings} from '../build/read-meetings.js'
import type {Config} from '../model/config.js'
import type {Meeting} from '../model/meeting.js'
import {loadConfig} from '../parse/config.js'
import {archiveRuleMessages} from '../lint/archive-rules.js'
import {applyRuleSettings} from '../lint/rule-settings.js'
import {apiFileStream} from '../render/api.js'
import {meetingsCalendar} from '../site/calendar.js'
import {collectGarbageIfGrown, watchHeap} from './collect-garbage.js'
import {archiveFeeds} from '../site/feeds.js'
import {normalizePathPrefix} from '../text/site-paths.js'
import {resetEleventyCaches} from './eleventy-caches.js'
import {acquireLock} from './lock.js'
import {clearLeftovers} from './leftovers.js'
import {unsafeOutputReason} from './output-path.js'
import {withoutUnpublishedReferences} from '../site/unpublished-references.js'
import minutebookPlugin, {restrictToSite, siteSettings, type EleventySiteConfigLike} from '../site/plugin.js'
import type {MeetingOutputs} from '../render/meeting-outputs.js'
import {publishedMarkdown} from '../render/published-markdown.js'
import {linkCachedMeetingFiles, meetingMarkdownPath} from './link-cached.js'
import {writeSearchIndex} from './search/index-site.js'
import {assembleSite, ownSiteDirectory} from '../site/site-input.js'
import {sitemap} from '../site/sitemap.js'
import {countFiles, indexablePaths, isIndexable, writeSiteFiles, type WrittenPage} from './write-files.js'
import {PageCache, pagesStandAlone, paginatesPageList, renderFingerprint} from './page-cache.js'
import {PageReuse, type ListPages} from './page-reuse.js'
import {BuildError, ConfigError, EmptyArchiveError, SiteTemplateError, UnsafeOutputError} from '../model/errors.js'

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
  /** Meeting pages Eleventy renders per run ({@link meetingPageSlice} by default). */
  meetingPageSlice?: number
  /** Meetings per search shard (sized by the archive by default; see `searchShards`). */
  searchShardSize?: number
  /** The address the site is served from, over `minutebook.yml`'s `baseUrl` (what CI learns from the host). */
  baseUrl?: string
  /** The path the site lives under, over `minutebook.yml`'s `pathPrefix`. */
  pathPrefix?: string
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
  /** Meeting pages taken from the page cache rather than rendered. */
  meetingPagesReused: number
  /** Person and organisation pages taken from the page cache rather than rendered. */
  personPagesReused: number
  organizationPagesReused: number
  /** Meetings whose API file and Markdown were linked from the parse cache rather than written. */
  meetingFilesLinked: number
  searchPages: number
  /** Bundles the search index is split into, and the pages Pagefind indexed (unchanged shards come from the cache). */
  searchShards: number
  searchIndexedPages: number
  /** Non-fatal messages of the meetings (warnings); fatal ones fail the build. */
  warnings: VFileMessage[]
  /** Milliseconds spent in each phase (wall-clock, for `--timings`; never written into the site). */
  timings: BuildTimings
  /** The archive the site was built from, and its settings: what `serve` patches for a quick preview. */
  archive: Archive
  config: Config
}

/** Wall-clock milliseconds of each build phase. */
export interface BuildTimings {
  /** Reading and parsing the meetings (parse cache and workers included). */
  read: number
  /** Building the Archive model. */
  archive: number
  /** Eleventy rendering the templates. */
  render: number
  /** Feeds, calendar, JSON API, published Markdown and the sitemap. */
  data: number
  /** The Pagefind index, which is built while Eleventy renders (so the phases add up to more than `total`). */
  search: number
  /** The whole build, from reading the meetings to the finished output. */
  total: number
}

/** Above this many meetings a build prints progress lines even without a terminal. */
const progressThreshold = 200

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

let eleventyModule: Promise<typeof import('@11ty/eleventy')> | undefined

/**
 * Eleventy, loaded when the first page is rendered rather than when the build starts: loading it holds the main
 * thread half a second, which the search index, started once the meetings are read, need not wait for.
 */
function loadEleventy(): Promise<typeof import('@11ty/eleventy')> {
  eleventyModule ??= import('@11ty/eleventy')
  return eleventyModule
}

/** Renders the site's templates in `siteDir` into `outDir` with Eleventy and the minutebook plugin; returns the pages written. */
export async function renderWithEleventy(
  siteDir: string,
  outDir: string,
  plugin: Parameters<typeof minutebookPlugin>[1],
  {assets = true}: {assets?: boolean} = {}
): Promise<WrittenPage[]> {
  // Eleventy caches template text, compiled templates and layouts process-wide; `serve` rebuilds in one
  // process and must see edits, so the caches are emptied before each build and then used within it.
  const useTemplateCache = await resetEleventyCaches(siteDir)
  const {default: Eleventy} = await loadEleventy()
  const eleventy = new Eleventy(siteDir, outDir, {
    quietMode: true,
    pathPrefix: normalizePathPrefix(plugin.config.pathPrefix),
    config(eleventyConfig: EleventySiteConfigLike & {benchmarkManager?: BenchmarkManager; setUseTemplateCache(use: boolean): void}) {
      // Eleventy's slow-filter warnings would print timings to the console on busy machines.
      eleventyConfig.benchmarkManager?.setVerboseOutput(false)
      for (const group of Object.values(eleventyConfig.benchmarkManager?.benchmarkGroups ?? {})) group.setIsVerbose(false)
      eleventyConfig.setUseTemplateCache(useTemplateCache)
      eleventyConfig.addPlugin(minutebookPlugin, plugin)
      restrictToSite(eleventyConfig, plugin.config)
    }
  })
  // Eleventy's own console lines ("Wrote 40 files in 0.3 seconds") would mix timings into our output; errors still throw.
  eleventy.logger.overrideLogger({log() {}, info() {}, warn() {}, error() {}})
  let rendered: unknown
  try {
    // Rendered to memory, then written by us: Eleventy writes each page with a synchronous mkdir and write, which
    // held the main thread about 5 s of a 4,000-meeting build that other work (the search index) was waiting on.
    rendered = await eleventy.toJSON()
  } catch (error) {
    throw new SiteTemplateError(`Unexpected error in the site templates (\`${siteDir}\`), expected them to render: ${errorChain(error)}`, {cause: error})
  }
  const pages = renderedPages(rendered, outDir)
  await writeSiteFiles(outDir, pages.map(({path, html}) => [path, html] as const))
  // Copied here rather than by Eleventy's passthrough copy, whose write errors (a full disk) escape as
  // unhandled rejections instead of failing this build.
  if (assets) await cp(join(siteDir, 'assets'), join(outDir, 'assets'), {recursive: true})
  return pages
}

/**
 * The pages Eleventy rendered, from what `toJSON()` returns (each template with its `outputPath` and `content`;
 * `outputPath` is false for a template that writes nothing).
 */
function renderedPages(rendered: unknown, outDir: string): WrittenPage[] {
  if (!Array.isArray(rendered)) throw new Error('Unexpected result of Eleventy\'s `toJSON()`, expected a list of pages')
  return rendered.flatMap((template) => {
    const {outputPath, content} = (template ?? {}) as {outputPath?: unknown; content?: unknown}
    if (typeof outputPath !== 'string') return []
    if (typeof content !== 'string') throw new Error(`Unexpected content of \`${outputPath}\` from Eleventy, expected a string`)
    return [{path: relative(outDir, resolve(outputPath)).split(sep).join('/'), html: content}]
  })
}

/** Meeting pages Eleventy renders in one run: enough to keep runs few, few enough to bound the pages it holds. */
export const meetingPageSlice = 2000

/**
 * Renders only the site's top-level templates that `pick` accepts: Eleventy gets `inputDir`, made to hold just
 * those templates and the includes from `siteDir`, and writes into `outDir` (`inputDir` is removed afterwards).
 */
export async function renderTemplates(
  siteDir: string,
  inputDir: string,
  outDir: string,
  plugin: Parameters<typeof minutebookPlugin>[1],
  pick: (template: string) => boolean
): Promise<WrittenPage[]> {
  await rm(inputDir, {recursive: true, force: true})
  try {
    await mkdir(inputDir, {recursive: true})
    for (const name of (await readdir(siteDir)).filter((name) => name.endsWith('.njk') && pick(name))) await cp(join(siteDir, name), join(inputDir, name))
    await cp(join(siteDir, '_includes'), join(inputDir, '_includes'), {recursive: true})
    return await renderWithEleventy(inputDir, outDir, plugin, {assets: false})
  } finally {
    await rm(inputDir, {recursive: true, force: true})
  }
}

/** Renders only the meeting pages of `plugin.meetingPages` (see {@link renderTemplates}). */
export function renderMeetingPages(
  siteDir: string,
  inputDir: string,
  outDir: string,
  plugin: Parameters<typeof minutebookPlugin>[1]
): Promise<WrittenPage[]> {
  return renderTemplates(siteDir, inputDir, outDir, plugin, (name) => name === 'meeting.njk')
}

/**
 * Templates whose pages grow with the archive (person and organisation pages, the registers): on an archive of
 * more than one slice of meeting pages each group gets an Eleventy run of its own, which holds every page it
 * renders until it ends (all of them in one run took 2 GB at 16,000 meetings).
 */
const growingTemplates = [['person.njk', 'organization.njk'], ['actions.njk'], ['decisions.njk'], ['recommendations.njk']]

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
 * The files built from the Archive without templates: feeds, calendar, JSON API, published Markdown; but the API
 * file and Markdown of the meetings in `linked`, already in the output.
 */
function* dataFiles(
  archive: Archive,
  config: Config,
  outputs: ReadonlyMap<string, MeetingOutputs>,
  linked: ReadonlySet<string>
): Generator<[string, string]> {
  yield* archiveFeeds(archive, config)
  yield* apiFileStream(archive, config.pathPrefix, (meeting) => linked.has(meeting.slug))
  yield ['/meetings.ics', meetingsCalendar(archive.meetings, config)]
  for (const {meeting} of archive.meetings) {
    if (!linked.has(meeting.slug)) yield [meetingMarkdownPath(meeting.slug), outputs.get(meeting.slug)?.markdown ?? publishedMarkdown(meeting)]
  }
}

/** Where a meeting's page goes in the output (the permalink of `meeting.njk`). */
export function meetingPagePath(slug: string): string {
  return `meetings/${slug}/index.html`
}

/** Where a person's page goes in the output (the permalink of `person.njk`). */
function personPagePath(slug: string): string {
  return `people/${slug}/index.html`
}

/** Where an organisation's page goes in the output (the permalink of `organization.njk`). */
function organizationPagePath(slug: string): string {
  return `organizations/${slug}/index.html`
}

/**
 * Whether the site's search page merges the search index's shards: a site/ copied from an older minutebook
 * loads one bundle, so it gets the whole index in one.
 */
async function mergesSearchShards(siteDir: string): Promise<boolean> {
  const script = await readFile(join(siteDir, 'assets', 'search.js'), 'utf8').catch(() => '')
  return script.includes('mergeIndex')
}

/** `list` in consecutive slices of at most `size`. */
function sliceOf<T>(list: readonly T[], size: number): T[][] {
  const slices: T[][] = []
  for (let start = 0; start < list.length; start += size) slices.push(list.slice(start, start + size))
  return slices
}

/** A stopwatch: each call returns the whole milliseconds since the previous call. */
function phaseClock(): () => number {
  let last = performance.now()
  return () => {
    const now = performance.now()
    const elapsed = Math.round(now - last)
    last = now
    return elapsed
  }
}

/** The settings with the address given to the build (`--base-url`, `--path-prefix`) over the file's. */
function withAddress(config: Config, {baseUrl, pathPrefix}: Pick<BuildSiteOptions, 'baseUrl' | 'pathPrefix'>): Config {
  return {
    ...config,
    ...(baseUrl === undefined ? {} : {baseUrl: baseUrl.replace(/\/+$/, '')}),
    ...(pathPrefix === undefined ? {} : {pathPrefix: normalizePathPrefix(pathPrefix)})
  }
}

/**
 * Builds the whole site into a fresh folder next to the output and swaps it in only when
 * everything succeeded: a failed build leaves the previous output as it was.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildReport> {
  const root = resolve(options.root)
  const out = resolve(root, options.out ?? '_site')
  const unsafe = unsafeOutputReason(out, root, ownSiteDirectory(root))
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
  // The shipped site with the archive's own files over it, beside the output (see `assembleSite`).
  const siteInput = join(dirname(out), `.${basename(out)}.site-${process.pid}`)
  let stopWatchingHeap = () => {}
  try {
    // A build killed midway left its staging folder (on a full disk, the space the next build needs).
    await clearLeftovers(out)
    const siteDir = await assembleSite(root, siteInput)
    const config = withAddress(
      await loadConfig(root).catch((error: unknown) => {
        if (error instanceof ConfigError) throw new BuildError(`\`minutebook.yml\` is invalid; the previous output is unchanged`, error.messages)
        throw error
      }),
      options
    )
    const started = performance.now()
    const clock = phaseClock()
    const loaded = await readMeetings(root, config, options.cache === false ? {cache: false} : {})
    if (loaded.length === 0) {
      throw new EmptyArchiveError(`${noMeetingsReason}; the previous output is unchanged`)
    }
    // A large archive renders in several runs and writes thousands of data files: garbage V8 would otherwise keep.
    if (loaded.length > (options.meetingPageSlice ?? meetingPageSlice)) stopWatchingHeap = watchHeap()
    const loud = showProgress && (loaded.length > progressThreshold || process.stderr.isTTY === true)
    if (loud) progress(`minutebook: read ${loaded.length} meeting files`)
    const meetings = loaded.flatMap((result) => (result.meeting ? [result.meeting] : []))
    // What `check` calls an error stops the build too: the parser's messages, the source rules run with the parse and
    // the rules about the archive as a whole, each as `minutebook.yml`'s `rules:` sets it.
    const readable = loaded.flatMap((result) => (result.meeting ? [{path: result.path, meeting: result.meeting}] : []))
    const messages = applyRuleSettings([...loaded.flatMap((result) => result.messages), ...archiveRuleMessages(root, readable, config)], config)
    const outputs = new Map(loaded.flatMap((result) => (result.meeting && result.outputs ? [[result.meeting.slug, result.outputs] as const] : [])))
    const cachedFiles = new Map(loaded.flatMap((result) => (result.meeting && result.cachedFiles ? [[result.meeting.slug, result.cachedFiles] as const] : [])))
    const parseKeys = new Map(loaded.flatMap((result) => (result.meeting && result.parseKey !== undefined ? [[result.meeting.slug, result.parseKey] as const] : [])))
    const fatal = [...messages.filter((message) => message.fatal === true)]
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

    const chosen = meetings.filter((meeting) => meeting.status === 'approved' || options.drafts === true)
    // What a parse made ahead (the Markdown, the API file in the cache) still holds what the build leaves out.
    const {meetings: published, changed} = withoutUnpublishedReferences(chosen)
    for (const slug of changed) {
      cachedFiles.delete(slug)
      const made = outputs.get(slug)
      if (made) outputs.set(slug, {itemTexts: made.itemTexts})
    }
    const read = clock()
    // The search index needs the meetings, people and organisations only: it starts before the registers are made.
    const steps = buildArchiveInSteps(published, config)
    let archiveMs = clock()
    await rm(staging, {recursive: true, force: true})
    await mkdir(staging)
    // The search index needs the meetings and the archive, not the pages: Pagefind builds it in its own process
    // while Eleventy renders, into its own folder of the staging output.
    if (loud) progress(`minutebook: rendering ${published.length} meetings and indexing them for search`)
    const approved = published.filter((meeting) => meeting.status === 'approved')
    const searchStarted = performance.now()
    const searching = writeSearchIndex(staging, {
      meetings: approved,
      pathPrefix: normalizePathPrefix(config.pathPrefix),
      language: config.lang,
      archive: steps.archive,
      itemTexts: new Map([...outputs].map(([slug, made]) => [slug, made.itemTexts])),
      ...(options.cache === false ? {} : {cacheDir: join(root, '.cache', 'search')}),
      parsed: new Set(loaded.flatMap((result) => (result.meeting && result.parsed ? [result.meeting.slug] : []))),
      ...((await mergesSearchShards(siteDir)) ? (options.searchShardSize === undefined ? {} : {shardSize: options.searchShardSize}) : {shardSize: false})
    }).then((result) => ({...result, ms: Math.round(performance.now() - searchStarted)}))
    // Awaited below; until then a failure must not count as unhandled.
    searching.catch(() => undefined)
    let archive: Archive
    let render: number
    let data: number
    let reused = {meetings: 0, people: 0, organizations: 0}
    let linkedFiles = 0
    try {
      // The output folder and the search index's first pages count with the render, as before the registers waited.
      const searchStart = clock()
      archive = {...steps.archive, ...steps.registers()}
      archiveMs += clock()
      // The first slice of meeting pages renders with the rest of the site; the others each in a run of their own.
      // A site/ copied from an older minutebook paginates `archive.meetings`: all its meeting pages in one run.
      const sliced = await paginatesPageList(siteDir, 'meeting.njk', 'meetingPages')
      const drafts = options.drafts === true
      // Meeting, person and organisation pages whose entry, templates and settings are unchanged come from the page
      // cache; only the others are rendered (all of them without the cache, or for a template that reads beyond its
      // own entry).
      const pageCache = options.cache === false ? undefined : new PageCache(join(root, '.cache', 'pages'), await renderFingerprint(siteDir, siteSettings(config, drafts)))
      await pageCache?.load()
      const reuse = pageCache ? new PageReuse(pageCache, staging) : undefined
      const toRender = async <T>(template: string, pages: ListPages<T>): Promise<readonly T[]> =>
        reuse && (await pagesStandAlone(siteDir, template, pages.list)) ? reuse.reuse(pages) : pages.entries
      const meetingPages = sliced
        ? await toRender('meeting.njk', {
            list: 'meetingPages',
            entries: archive.meetings,
            path: (entry) => meetingPagePath(entry.meeting.slug),
            // The meeting by its parse key (the same key, the same meeting): a meeting's JSON is most of a second
            // of hashing at 4,000 meetings.
            keyed: (entry) => {
              const parseKey = parseKeys.get(entry.meeting.slug)
              return parseKey === undefined ? entry : {...entry, meeting: parseKey}
            }
          })
        : archive.meetings
      const personPages = await toRender('person.njk', {list: 'personPages', entries: archive.people, path: (person) => personPagePath(person.slug)})
      const organizationPages = await toRender('organization.njk', {
        list: 'organizationPages',
        entries: archive.organizations,
        path: (organization) => organizationPagePath(organization.slug)
      })
      const plugin = {archive, config, drafts, personPages, organizationPages}
      const meetingSlices = sliceOf(meetingPages, options.meetingPageSlice ?? meetingPageSlice)
      // Each run's pages are kept only until they are in the page cache and the sitemap knows which are indexable:
      // every page's HTML held to the end took half a gigabyte at 16,000 meetings.
      const indexableFiles = [...(reuse?.indexableFiles ?? [])]
      const rendered = async (pages: WrittenPage[]) => {
        await reuse?.store(pages)
        for (const page of pages) if (isIndexable(page)) indexableFiles.push(page.path)
      }
      // Between the runs of a large archive: once stored, a run's pages are garbage, let go of before collecting.
      const renderedRun = async (pages: WrittenPage[]) => {
        await rendered(pages)
        pages.length = 0
        collectGarbageIfGrown()
      }
      const templates = `${staging}-templates`
      if (!sliced) {
        await rendered(await renderWithEleventy(siteDir, staging, {...plugin, meetingPages: archive.meetings}))
      } else if (archive.meetings.length <= (options.meetingPageSlice ?? meetingPageSlice)) {
        // A small archive: the whole site in one run.
        await rendered(await renderWithEleventy(siteDir, staging, {...plugin, meetingPages: meetingSlices[0] ?? []}))
      } else {
        // A large one: the small pages, each group of growing pages, then the meeting pages slice by slice.
        const grouped = new Set(['meeting.njk', ...growingTemplates.flat()])
        await renderedRun(await renderTemplates(siteDir, templates, staging, {...plugin, meetingPages: []}, (name) => !grouped.has(name)))
        await cp(join(siteDir, 'assets'), join(staging, 'assets'), {recursive: true})
        for (const group of growingTemplates) {
          await renderedRun(await renderTemplates(siteDir, templates, staging, {...plugin, meetingPages: []}, (name) => group.includes(name)))
        }
        for (const slice of meetingSlices) await renderedRun(await renderMeetingPages(siteDir, templates, staging, {...plugin, meetingPages: slice}))
      }
      await pageCache?.prune()
      reused = {
        meetings: archive.meetings.length - meetingPages.length,
        people: archive.people.length - personPages.length,
        organizations: archive.organizations.length - organizationPages.length
      }
      render = searchStart + clock()
      // Each meeting's API file and Markdown are linked from the parse cache, where the parse that made them wrote
      // them: neither is made nor written again.
      const linked = linkCachedMeetingFiles(staging, archive.meetings.map((entry) => entry.meeting), cachedFiles)
      linkedFiles = linked.size
      await writeSiteFiles(staging, dataFiles(archive, config, outputs, linked))
      await writeSiteFiles(staging, new Map([['/sitemap.xml', sitemap(indexablePaths(indexableFiles), config)]]))
      data = clock()
    } catch (error) {
      // Pagefind must be done writing into the staging folder before the folder is removed.
      await searching.catch(() => undefined)
      throw error
    }
    const search = await searching
    clock()
    const files = countFiles(staging)

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
      meetingPagesReused: reused.meetings,
      personPagesReused: reused.people,
      organizationPagesReused: reused.organizations,
      meetingFilesLinked: linkedFiles,
      searchPages: search.pages,
      searchShards: search.shards,
      searchIndexedPages: search.indexedPages,
      warnings: messages.filter((message) => message.fatal !== true),
      timings: {read, archive: archiveMs, render, data, search: search.ms, total: Math.round(performance.now() - started)},
      archive,
      config
    }
  } finally {
    stopWatchingHeap()
    await rm(staging, {recursive: true, force: true})
    await rm(siteInput, {recursive: true, force: true})
    await release()
  }
}
