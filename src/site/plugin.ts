import {posix} from 'node:path'
import {z} from 'zod'
import {isAdopted} from '../archive/outcomes.js'
import {ownerNames} from '../archive/owners.js'
import {pageListNames, pageLists, type PageLists} from '../archive/page-lists.js'
import type {RegisterYears} from '../archive/register-years.js'
import {meetingYears} from '../archive/split-pages.js'
import type {Archive} from '../archive/types.js'
import type {Config} from '../model/config.js'
import type {Decision, Meeting, Votes} from '../model/meeting.js'
import {meetingParts} from '../archive/meeting-parts.js'
import {normalizePathPrefix} from '../text/site-paths.js'
import {itemLabel, longDate, outcomeLabel, voteCount} from './format.js'

/**
 * Options of {@link minutebookPlugin}. Each page list (`meetingPages`, `personPages`, `decisionYearPages`...: see
 * `PageLists`) holds the entries this run renders pages for, every page of the archive by default: the build renders
 * a large archive's meeting pages in slices, so Eleventy never holds all of them at once, and leaves out the pages
 * it takes from the page cache.
 */
export interface MinutebookPluginOptions extends Partial<PageLists> {
  /** The archive the templates render (from `buildArchive`). */
  archive: Archive
  /** The archive settings (`minutebook.yml`). */
  config: Config
  /** True when drafts are published (each then carries a DRAFT banner and `noindex`). */
  drafts?: boolean
  /** The registers' years (`registers` in the templates), when the caller already worked them out. */
  registers?: RegisterYears
}

/** The subset of Eleventy's configuration API the plugin uses: it adds data and filters, and sets nothing. */
export interface EleventyConfigLike {
  versionCheck(range: string): void
  addGlobalData(name: string, data: unknown): unknown
  addFilter(name: string, filter: (...args: never[]) => unknown): unknown
}

/** The rest of Eleventy's configuration API that minutebook's own build sets (see {@link restrictToSite}). */
export interface EleventySiteConfigLike extends EleventyConfigLike {
  setTemplateFormats(formats: string[] | string): unknown
  setFrontMatterParsingOptions(options: object): unknown
  setNunjucksEnvironmentOptions(options: object): unknown
  setDataFileSuffixes(suffixes: string[]): unknown
  setUseGitIgnore(enabled: boolean): unknown
  addPlugin<T>(plugin: (eleventyConfig: EleventySiteConfigLike, options: T) => void, options?: T): unknown
  /** Eleventy's filter of that name (absent in test doubles). */
  getFilter?(name: string): ((...args: never[]) => unknown) | undefined
}

const optionsSchema = z.object({
  archive: z.object({meetings: z.array(z.unknown()), people: z.array(z.unknown())}).loose(),
  config: z.object({title: z.string(), baseUrl: z.string(), pathPrefix: z.string(), lang: z.string()}).loose(),
  drafts: z.boolean().optional(),
  registers: z.object({decisions: z.array(z.unknown()), actions: z.array(z.unknown()), recommendations: z.array(z.unknown())}).loose().optional(),
  ...Object.fromEntries(pageListNames.map((list) => [list, z.array(z.unknown()).optional()]))
})

function refuseJavaScriptFrontMatter(): never {
  throw new Error('minutebook: Unexpected JavaScript front matter, expected YAML front matter')
}

/** Checks the plugin's options, naming the plugin and the bad key in the error. */
export function validatePluginOptions(options: unknown): MinutebookPluginOptions {
  const result = optionsSchema.safeParse(options)
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `\`${issue.path.join('.') || '(options)'}\`: ${issue.message}`)
    throw new TypeError(`minutebook Eleventy plugin: Unexpected options, expected {archive, config, drafts?, ${pageListNames.map((list) => `${list}?`).join(', ')}}: ${issues.join('; ')}`)
  }
  return options as MinutebookPluginOptions
}

/** Eleventy's `normalizeUrlPath`: POSIX join, trailing slashes kept as one. */
function normalizeUrlPath(...parts: string[]): string {
  return posix.join(...parts).replace(/\/+$/, '/')
}

/** The settings every template sees as `site`: the archive's title, description, addresses, language and drafts flag. */
export function siteSettings(config: Config, drafts: boolean) {
  return {
    title: config.title,
    description: config.description ?? '',
    baseUrl: config.baseUrl,
    pathPrefix: normalizePathPrefix(config.pathPrefix),
    lang: config.lang,
    drafts
  }
}

/**
 * Eleventy's `url` filter for a root-relative path (`/a/b/`), without its first step: `new URL(path)`,
 * which always throws for such a path and costs more than the rest of a small page.
 */
export function rootRelativeUrl(url: string, pathPrefix: string): string {
  const normUrl = normalizeUrlPath(url)
  const normRootDir = normalizeUrlPath('/', pathPrefix)
  if (normUrl === '/' || normUrl === normRootDir) return normRootDir + (normRootDir.endsWith('/') ? '' : '/')
  return normUrl.startsWith('/') ? normalizeUrlPath('/', pathPrefix, url) : normUrl
}

/**
 * Eleventy's `url` filter, faster: root-relative paths (all the site's templates use) skip the URL parse,
 * and the answers are kept, since the pages ask for the same few thousand URLs. Anything else goes to Eleventy's.
 */
function fastUrlFilter(eleventyConfig: EleventySiteConfigLike, pathPrefix: string): void {
  const original = eleventyConfig.getFilter?.('url') as ((this: unknown, url: unknown, pathPrefix?: unknown) => unknown) | undefined
  if (original === undefined) return
  const answers = new Map<string, unknown>()
  eleventyConfig.addFilter('url', function (this: unknown, url: unknown, override?: unknown) {
    if (typeof url !== 'string' || override !== undefined) return original.call(this, url, override)
    let answer = answers.get(url)
    if (answer === undefined) {
      answer = url.startsWith('/') && !url.startsWith('//') ? rootRelativeUrl(url, pathPrefix) : original.call(this, url)
      answers.set(url, answer)
    }
    return answer
  } as (...args: never[]) => unknown)
}

/**
 * What minutebook's own build sets on its Eleventy, and the plugin leaves to its host: only Nunjucks templates, no
 * JavaScript front matter, no directory data files, no .gitignore reading (meetings are data, and nothing but the
 * site's templates is read), its Nunjucks options, and a faster `url` filter for the site's path prefix.
 */
export function restrictToSite(eleventyConfig: EleventySiteConfigLike, config: Config): void {
  eleventyConfig.setTemplateFormats(['njk'])
  eleventyConfig.setFrontMatterParsingOptions({
    engines: {javascript: refuseJavaScriptFrontMatter, js: refuseJavaScriptFrontMatter, jsLegacy: refuseJavaScriptFrontMatter}
  })
  eleventyConfig.setDataFileSuffixes([])
  eleventyConfig.setUseGitIgnore(false)
  eleventyConfig.setNunjucksEnvironmentOptions({autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true})
  // As a plugin: plugins run once Eleventy's own filters are in, so the `url` filter it speeds up exists by then.
  eleventyConfig.addPlugin(function minutebookUrlFilter(pluginConfig) {
    fastUrlFilter(pluginConfig, normalizePathPrefix(config.pathPrefix))
  })
}

/**
 * The minutebook Eleventy plugin: gives templates the Archive (`archive`), the registers' years (`registers`), the
 * years of the list of all meetings once it is split by year (`meetingYears`), the page lists to render pages for
 * (`meetingPages`, `personPages`, `decisionYearPages`...: see `PageLists`) and the settings (`site`) as global data,
 * and adds the formatting filters the site's templates use. It changes none of the host's settings: a host site keeps
 * its template formats, front matter and directory data files.
 */
export default function minutebookPlugin(eleventyConfig: EleventyConfigLike, options: MinutebookPluginOptions): void {
  eleventyConfig.versionCheck('>=3.0')
  const pages = validatePluginOptions(options)
  const {archive, config, drafts = false} = pages
  // Worked out only for what the caller left out: the build hands every list to each of its Eleventy runs.
  let all: ReturnType<typeof pageLists> | undefined
  const everyPage = () => (all ??= pageLists(archive))
  eleventyConfig.addGlobalData('archive', archive)
  eleventyConfig.addGlobalData('registers', pages.registers ?? everyPage().registers)
  // Worked out here, not in the template, so the split threshold stays in one place (`splitAbove`).
  eleventyConfig.addGlobalData('meetingYears', meetingYears(archive.years))
  for (const list of pageListNames) eleventyConfig.addGlobalData(list, pages[list] ?? everyPage()[list])
  eleventyConfig.addGlobalData('site', siteSettings(config, drafts))
  eleventyConfig.addFilter('longDate', ((value: string) => longDate(String(value))) as (...args: never[]) => unknown)
  eleventyConfig.addFilter('itemLabel', ((item: {number?: string; title: string}) => itemLabel(item)) as (...args: never[]) => unknown)
  eleventyConfig.addFilter('meetingParts', ((meeting: Meeting) => meetingParts(meeting)) as (...args: never[]) => unknown)
  eleventyConfig.addFilter('voteCount', ((votes: Votes | undefined) => voteCount(votes)) as (...args: never[]) => unknown)
  eleventyConfig.addFilter('outcomeLabel', ((decision: Decision) => outcomeLabel(decision)) as (...args: never[]) => unknown)
  // Only decisions and carried motions count as decisions (the agenda's "2 decisions"); the others are shown, marked.
  eleventyConfig.addFilter('adoptedDecisions', ((decisions: Decision[]) => decisions.filter(isAdopted)) as (...args: never[]) => unknown)
  eleventyConfig.addFilter('ownerNames', ((owner: string | undefined) => ownerNames(owner)) as (...args: never[]) => unknown)
}
