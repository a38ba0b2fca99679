import {join, resolve} from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {buildArchiveInSteps} from '../archive/build-archive.js'
import {noMeetingsReason} from '../archive/meeting-files.js'
import type {Archive} from '../archive/types.js'
import type {Config} from '../model/config.js'
import {BuildError, ConfigError, EmptyArchiveError} from '../model/errors.js'
import {loadConfig} from '../parse/config.js'
import {assembleSite} from '../site/site-input.js'
import {normalizePathPrefix} from '../text/site-paths.js'
import {writeDataFiles} from './data-files.js'
import {publishable, type Publishable} from './publishable.js'
import {readMeetings} from './read-meetings.js'
import {pagesPerRun, renderPages} from './render-pages.js'
import {startSearchIndex} from './search-stage.js'
import {freshStaging, refuseUnsafeOutput, swapIn, withOutputLock} from './stage.js'
import {countFiles} from './write-files.js'

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
  /** Pages Eleventy renders per run ({@link pagesPerRun} by default). */
  pagesPerRun?: number
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
  /** Series pages taken from the page cache rather than rendered. */
  seriesPagesReused: number
  /** Year pages (of the registers and of split person, organisation and series pages) taken from the page cache, of `yearPages`. */
  yearPagesReused: number
  yearPages: number
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

/** The archive's settings for this build; an invalid `minutebook.yml` fails it as the meetings' errors do. */
async function buildConfig(root: string, options: BuildSiteOptions): Promise<Config> {
  const config = await loadConfig(root).catch((error: unknown) => {
    if (error instanceof ConfigError) throw new BuildError(`\`minutebook.yml\` is invalid; the previous output is unchanged`, error.messages)
    throw error
  })
  return withAddress(config, options)
}

/**
 * Reads and checks every meeting file ({@link publishable}); gives what the build publishes and how many files were
 * read. The parse results are not kept past this: what they made besides the meetings (item texts, Markdown) is let
 * go by the stage that uses it, which a list of them held to the end of the build would stop.
 */
async function readPublishable(root: string, config: Config, cache: boolean, drafts: boolean): Promise<{read: Publishable; files: number}> {
  const loaded = await readMeetings(root, config, cache ? {} : {cache: false})
  if (loaded.length === 0) throw new EmptyArchiveError(`${noMeetingsReason}; the previous output is unchanged`)
  return {read: publishable(root, loaded, config, drafts), files: loaded.length}
}

/**
 * Builds the whole site into a fresh folder next to the output and swaps it in only when everything succeeded: a
 * failed build leaves the previous output as it was. The stages: read (parse, check), archive, then render
 * (Eleventy) with the search index written beside it, the data files, and the swap.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildReport> {
  const root = resolve(options.root)
  const out = resolve(root, options.out ?? '_site')
  await refuseUnsafeOutput(out, root)
  const showProgress = options.quiet !== true
  const progress = options.progress ?? ((line: string) => process.stderr.write(line + '\n'))
  const cache = options.cache !== false
  const drafts = options.drafts === true

  return withOutputLock(out, async (folders) => {
    const {staging} = folders
    const siteDir = await assembleSite(root, folders.siteInput)
    const config = await buildConfig(root, options)
    const started = performance.now()
    const clock = phaseClock()

    // Read: every meeting parsed (or taken from the parse cache) and checked as `check` checks it.
    const {read, files: meetingFiles} = await readPublishable(root, config, cache, drafts)
    const loud = showProgress && (meetingFiles > progressThreshold || process.stderr.isTTY === true)
    if (loud) progress(`minutebook: read ${meetingFiles} meeting files`)
    const readMs = clock()

    // Archive: the search index needs the meetings, people and organisations only, so it starts before the registers.
    const steps = buildArchiveInSteps(read.published, config)
    let archiveMs = clock()
    await freshStaging(staging)
    if (loud) progress(`minutebook: rendering ${read.published.length} meetings and indexing them for search`)
    const approved = read.published.filter((meeting) => meeting.status === 'approved')
    const searching = startSearchIndex(staging, {
      meetings: approved,
      pathPrefix: normalizePathPrefix(config.pathPrefix),
      language: config.lang,
      archive: steps.archive,
      itemTexts: read.itemTexts,
      ...(cache ? {cacheDir: join(root, '.cache', 'search')} : {}),
      parsed: read.parsed,
      ...(options.searchShardSize === undefined ? {} : {shardSize: options.searchShardSize})
    })
    try {
      // The output folder and the search index's first pages count with the render, as before the registers waited.
      const searchStart = clock()
      const archive: Archive = {...steps.archive, ...steps.registers()}
      archiveMs += clock()
      // Render: the pages, with Eleventy, or from the page cache.
      const rendered = await renderPages({
        siteDir,
        staging,
        archive,
        config,
        drafts,
        cacheRoot: cache ? root : undefined,
        parseKeys: read.parseKeys,
        pagesPerRun: options.pagesPerRun ?? pagesPerRun
      })
      const renderMs = searchStart + clock()
      const linked = await writeDataFiles(staging, {archive, config, markdown: read.markdown, cachedFiles: read.cachedFiles, indexableFiles: rendered.indexableFiles})
      const dataMs = clock()
      // Index: Pagefind done writing into the staging folder.
      const search = await searching
      const files = countFiles(staging)
      // Swap: the new site in place of the old.
      await swapIn(folders)
      return {
        out,
        meetings: read.published.length,
        drafts: read.published.length - approved.length,
        skippedDrafts: read.meetings.length - read.published.length,
        files,
        meetingPagesReused: rendered.reused.meetings,
        personPagesReused: rendered.reused.people,
        organizationPagesReused: rendered.reused.organizations,
        seriesPagesReused: rendered.reused.series,
        yearPagesReused: rendered.reused.years,
        yearPages: rendered.yearPages,
        meetingFilesLinked: linked,
        searchPages: search.pages,
        searchShards: search.shards,
        searchIndexedPages: search.indexedPages,
        warnings: read.warnings,
        timings: {read: readMs, archive: archiveMs, render: renderMs, data: dataMs, search: search.ms, total: Math.round(performance.now() - started)},
        archive,
        config
      }
    } catch (error) {
      // Pagefind must be done writing into the staging folder before the folder is removed.
      await searching.catch(() => undefined)
      throw error
    }
  })
}
