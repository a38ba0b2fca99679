import {relative, resolve} from 'node:path'
import {Command} from 'commander'
import {defaultConfig} from '../model/config.js'
import {buildSite, type BuildReport, type BuildSiteOptions} from '../build/build-site.js'
import {addressOptions} from './address-options.js'
import {archiveRoot} from './archive-root.js'
import {formatMessage} from './format.js'
import {limitHeapGrowth, releaseHeapGrowth} from './heap-growth.js'
import {BuildError, BuildLockedError, CheckFailed, EmptyArchiveError, MeetingsFolderError, SiteFolderError, SiteTemplateError, UnsafeOutputError, UserError} from '../model/errors.js'

/** File system refusals a user fixes (free space, permissions), not bugs: reported without a stack. */
const writeFailures = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM'])

/** Options `build` and `serve` share, as commander gives them. */
export interface BuildCommandOptions {
  root?: string
  out: string
  drafts?: boolean
  baseUrl?: string
  pathPrefix?: string
}

/** The address flags of a command, for {@link buildSite}. */
export function addressOf(options: BuildCommandOptions): Pick<BuildSiteOptions, 'baseUrl' | 'pathPrefix'> {
  return {
    ...(options.baseUrl === undefined ? {} : {baseUrl: options.baseUrl}),
    ...(options.pathPrefix === undefined ? {} : {pathPrefix: options.pathPrefix})
  }
}

/** The warning for a site built without its address: its feeds and calendar would point at this machine. */
function addressWarning(report: BuildReport): string | undefined {
  if (report.config.baseUrl !== defaultConfig.baseUrl) return undefined
  return (
    `minutebook: warning: no \`baseUrl\` in minutebook.yml nor --base-url, so feeds, the calendar and the sitemap link to ` +
    `${defaultConfig.baseUrl}; set the address the site is published at\n`
  )
}

/**
 * Runs one build for a command: prints the meetings' errors as `file:line:col: message [rule]`
 * and turns the driver's refusals into user errors. It runs with the heap's growth held down (`heap-growth.ts`),
 * given back to V8 once the build ends.
 */
export async function runBuild(options: BuildSiteOptions): Promise<BuildReport> {
  const root = resolve(options.root)
  limitHeapGrowth()
  try {
    return await buildSite(options)
  } catch (error) {
    if (error instanceof BuildError) {
      for (const message of error.messages) {
        if (message.file) message.file = resolve(root, message.file)
        process.stderr.write(formatMessage(message) + '\n')
      }
      process.stderr.write(`minutebook: ${error.message}\n`)
      throw new CheckFailed(error.message)
    }
    if (error instanceof UnsafeOutputError || error instanceof BuildLockedError || error instanceof SiteTemplateError || error instanceof EmptyArchiveError || error instanceof SiteFolderError) {
      throw new UserError(error.message)
    }
    if (error instanceof MeetingsFolderError) throw new UserError(`${error.message}; the previous output is unchanged`)
    const code = (error as NodeJS.ErrnoException).code
    if (code !== undefined && writeFailures.has(code)) {
      throw new UserError(`cannot write the site (${code}: ${(error as Error).message}); the previous output is unchanged`)
    }
    throw error
  } finally {
    releaseHeapGrowth()
  }
}

/** One summary line of a finished build. */
export function buildSummary(report: BuildReport): string {
  const drafts = report.drafts > 0 ? ` (${report.drafts} draft${report.drafts === 1 ? '' : 's'})` : ''
  const skipped = report.skippedDrafts > 0 ? `, ${report.skippedDrafts} draft${report.skippedDrafts === 1 ? '' : 's'} left out` : ''
  const warnings = report.warnings.length > 0 ? `; ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}, see \`minutebook check\`` : ''
  const out = relative(process.cwd(), report.out) || '.'
  return `Built ${report.meetings} meeting${report.meetings === 1 ? '' : 's'}${drafts}${skipped} into ${out}: ${report.files} files, ${report.searchPages} in the search index${warnings}`
}

/** The phase timings of a build on one line: `timings: read 120 ms, archive 30 ms, ...`. */
function timingsLine(report: BuildReport): string {
  const {read, archive, render, data, search, total} = report.timings
  const indexed = `${report.searchIndexedPages} of ${report.searchPages} pages indexed in ${report.searchShards} shard${report.searchShards === 1 ? '' : 's'}`
  const {people, organizations, series} = report.archive
  const reused =
    `${report.meetingPagesReused} of ${report.meetings} meeting, ${report.personPagesReused} of ${people.length} person, ` +
    `${report.organizationPagesReused} of ${organizations.length} organisation, ${report.seriesPagesReused} of ${series.length} series ` +
    `and ${report.yearPagesReused} of ${report.yearPages} year pages from the cache`
  const linked = `${report.meetingFilesLinked} meetings' API file and Markdown linked from the cache`
  return `timings: read ${read} ms, archive ${archive} ms, render ${render} ms (${reused}), data ${data} ms (${linked}), search ${search} ms (${indexed}, beside render and data), total ${total} ms`
}

/** `minutebook build [--root DIR] [--out DIR] [--drafts]`: the whole site, search included. */
export function buildCommand(): Command {
  const command = new Command('build')
    .description('build the archive site (pages, feeds, calendar, JSON, search) into --out')
    .option('--root <dir>', 'archive root (default: found from the current folder up)')
    .option('--out <dir>', 'output folder, relative to the root', '_site')
    .option('--drafts', 'publish draft meetings too, each with a DRAFT banner and noindex')
    .option('--quiet', 'no progress or summary lines')
    .option('--no-cache', 'parse, render and index every meeting again instead of reusing .cache/')
    .option('--timings', 'print the milliseconds each build phase took')
  for (const option of addressOptions()) command.addOption(option)
  return command.action(async (options: BuildCommandOptions & {quiet?: boolean; cache: boolean; timings?: boolean}) => {
    const report = await runBuild({
      root: archiveRoot(options.root),
      out: options.out,
      drafts: options.drafts === true,
      quiet: options.quiet === true,
      cache: options.cache,
      ...addressOf(options)
    })
    const warning = addressWarning(report)
    if (warning !== undefined) process.stderr.write(warning)
    if (options.quiet !== true) process.stdout.write(buildSummary(report) + '\n')
    if (options.timings === true) process.stdout.write(timingsLine(report) + '\n')
  })
}
