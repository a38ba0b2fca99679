import {z} from 'zod'
import type {Archive} from '../archive/types.js'
import type {Config} from '../model/config.js'
import {itemLabel, longDate, normalizePathPrefix} from './format.js'

/** Options of {@link minutebookPlugin}. */
export interface MinutebookPluginOptions {
  /** The archive the templates render (from `buildArchive`). */
  archive: Archive
  /** The archive settings (`minutebook.yml`). */
  config: Config
  /** True when drafts are published (each then carries a DRAFT banner and `noindex`). */
  drafts?: boolean
}

/** The subset of Eleventy's configuration API the plugin uses. */
export interface EleventyConfigLike {
  versionCheck(range: string): void
  addGlobalData(name: string, data: unknown): unknown
  setTemplateFormats(formats: string[] | string): unknown
  setFrontMatterParsingOptions(options: object): unknown
  setNunjucksEnvironmentOptions(options: object): unknown
  setDataFileSuffixes(suffixes: string[]): unknown
  setUseGitIgnore(enabled: boolean): unknown
  addFilter(name: string, filter: (...args: never[]) => unknown): unknown
}

const optionsSchema = z.object({
  archive: z.object({meetings: z.array(z.unknown()), people: z.array(z.unknown())}).loose(),
  config: z.object({title: z.string(), baseUrl: z.string(), pathPrefix: z.string(), lang: z.string()}).loose(),
  drafts: z.boolean().optional()
})

function refuseJavaScriptFrontMatter(): never {
  throw new Error('minutebook: Unexpected JavaScript front matter, expected YAML front matter')
}

/** Checks the plugin's options, naming the plugin and the bad key in the error. */
export function validatePluginOptions(options: unknown): MinutebookPluginOptions {
  const result = optionsSchema.safeParse(options)
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `\`${issue.path.join('.') || '(options)'}\`: ${issue.message}`)
    throw new TypeError(`minutebook Eleventy plugin: Unexpected options, expected {archive, config, drafts?}: ${issues.join('; ')}`)
  }
  return options as MinutebookPluginOptions
}

/**
 * The minutebook Eleventy plugin: gives templates the Archive (`archive`) and the settings (`site`)
 * as global data, limits template formats to Nunjucks, shuts out JavaScript front matter and
 * directory data files, and adds the formatting filters the site's templates use.
 */
export default function minutebookPlugin(eleventyConfig: EleventyConfigLike, options: MinutebookPluginOptions): void {
  eleventyConfig.versionCheck('>=3.0')
  const {archive, config, drafts = false} = validatePluginOptions(options)
  eleventyConfig.setTemplateFormats(['njk'])
  // Meetings are data: nothing but site/ templates is read, with YAML front matter only.
  eleventyConfig.setFrontMatterParsingOptions({
    engines: {javascript: refuseJavaScriptFrontMatter, js: refuseJavaScriptFrontMatter, jsLegacy: refuseJavaScriptFrontMatter}
  })
  eleventyConfig.setDataFileSuffixes([])
  eleventyConfig.setUseGitIgnore(false)
  eleventyConfig.setNunjucksEnvironmentOptions({autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true})
  eleventyConfig.addGlobalData('archive', archive)
  eleventyConfig.addGlobalData('site', {
    title: config.title,
    description: config.description ?? '',
    baseUrl: config.baseUrl,
    pathPrefix: normalizePathPrefix(config.pathPrefix),
    lang: config.lang,
    drafts
  })
  eleventyConfig.addFilter('longDate', ((value: string) => longDate(String(value))) as (...args: never[]) => unknown)
  eleventyConfig.addFilter('itemLabel', ((item: {number?: string; title: string}) => itemLabel(item)) as (...args: never[]) => unknown)
}
