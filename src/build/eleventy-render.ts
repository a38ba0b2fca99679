import {cp, mkdir, readdir, rm} from 'node:fs/promises'
import {join, relative, resolve, sep} from 'node:path'
import {pageListNames} from '../archive/page-lists.js'
import {SiteTemplateError} from '../model/errors.js'
import minutebookPlugin, {restrictToSite, type EleventySiteConfigLike} from '../site/plugin.js'
import {normalizePathPrefix} from '../text/site-paths.js'
import {compileNunjucksOnce, type NunjucksOnceConfig} from './nunjucks-once.js'
import {writeSiteFiles, type WrittenPage} from './write-files.js'

/** What the minutebook plugin renders with: the Archive, the settings and the pages of this run. */
export type PluginOptions = Parameters<typeof minutebookPlugin>[1]

let eleventyModule: Promise<typeof import('@11ty/eleventy')> | undefined

/**
 * Eleventy, loaded when the first page is rendered rather than when the build starts: loading it holds the main
 * thread half a second, which the search index, started once the meetings are read, need not wait for.
 */
function loadEleventy(): Promise<typeof import('@11ty/eleventy')> {
  eleventyModule ??= import('@11ty/eleventy')
  return eleventyModule
}

/** Eleventy's benchmark groups, which time every filter and transform. */
interface BenchmarkManager {
  setVerboseOutput(verbose: boolean): void
  benchmarkGroups?: Record<string, {setIsVerbose(verbose: boolean): void}>
}

/** Eleventy's configuration API as the build sets it. */
type BuildConfig = EleventySiteConfigLike & NunjucksOnceConfig & {setUseTemplateCache(use: boolean): unknown; benchmarkManager?: BenchmarkManager}

/**
 * Quiets Eleventy's slow-filter warnings ("[11ty] Benchmark 203ms 62% 1347× (Configuration) "url" Nunjucks
 * Filter"), which `quietMode` misses: Eleventy 3.1 makes the benchmark groups that time filters and transforms
 * when the configuration object is made, before quiet mode reaches its benchmark manager (which quiets only the
 * groups made later), and they print through a console logger of their own that `overrideLogger` does not reach.
 * No documented setting reaches them, so this uses the configuration object's `benchmarkManager`, and does
 * nothing if that is gone. Reported upstream: docs/upstream/eleventy-quiet-benchmarks.md.
 */
function quietBenchmarks(eleventyConfig: BuildConfig): void {
  eleventyConfig.benchmarkManager?.setVerboseOutput(false)
  for (const group of Object.values(eleventyConfig.benchmarkManager?.benchmarkGroups ?? {})) group.setIsVerbose(false)
}

/** Renders the site's templates in `siteDir` into `outDir` with Eleventy and the minutebook plugin; returns the pages written. */
export async function renderWithEleventy(siteDir: string, outDir: string, plugin: PluginOptions, {assets = true}: {assets?: boolean} = {}): Promise<WrittenPage[]> {
  const {default: Eleventy} = await loadEleventy()
  // A fresh Eleventy for every run, quiet: its console lines ("Wrote 40 files in 0.3 seconds") would mix timings
  // into ours, and its errors reach us as exceptions.
  const eleventy = new Eleventy(siteDir, outDir, {
    quietMode: true,
    pathPrefix: normalizePathPrefix(plugin.config.pathPrefix),
    config(eleventyConfig: BuildConfig) {
      // Eleventy's template caches live as long as the process, keyed by file path: `serve` rebuilds from the same
      // folder in one process and must see every edit to `site/`. Off, each run reads its templates afresh, and
      // compiles each one once (see `compileNunjucksOnce`).
      eleventyConfig.setUseTemplateCache(false)
      compileNunjucksOnce(eleventyConfig)
      quietBenchmarks(eleventyConfig)
      eleventyConfig.addPlugin(minutebookPlugin, plugin)
      restrictToSite(eleventyConfig, plugin.config)
    }
  })
  eleventy.logger.overrideLogger({log() {}, info() {}, warn() {}, error() {}})
  let rendered: unknown
  try {
    // Rendered to memory, then written by us: Eleventy writes each page with a synchronous mkdir and write, which
    // holds the main thread that other work (the search index) is waiting on.
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
 * Renders only the site's top-level templates that `pick` accepts: Eleventy gets `inputDir`, made to hold just
 * those templates and the includes from `siteDir`, and writes into `outDir` (`inputDir` is removed afterwards).
 */
export async function renderTemplates(
  siteDir: string,
  inputDir: string,
  outDir: string,
  plugin: PluginOptions,
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

/**
 * The page lists and registers a meeting page never reads, empty: left out, the plugin would work every one out from
 * the archive (people and registers by year), time that `serve`'s preview of one page would wait for.
 */
const noOtherPages: Omit<PluginOptions, 'archive' | 'config' | 'drafts' | 'meetingPages'> = {
  ...Object.fromEntries(pageListNames.filter((list) => list !== 'meetingPages').map((list) => [list, []])),
  registers: {decisions: [], actions: [], recommendations: []}
}

/** Renders only the meeting pages of `plugin.meetingPages` (see {@link renderTemplates}). */
export function renderMeetingPages(siteDir: string, inputDir: string, outDir: string, plugin: PluginOptions): Promise<WrittenPage[]> {
  return renderTemplates(siteDir, inputDir, outDir, {...noOtherPages, ...plugin}, (name) => name === 'meeting.njk')
}
