import {cp} from 'node:fs/promises'
import {join} from 'node:path'
import {pageLists, type PageList} from '../archive/page-lists.js'
import type {Archive} from '../archive/types.js'
import type {Config} from '../model/config.js'
import {siteSettings} from '../site/plugin.js'
import {renderMeetingPages, renderTemplates, renderWithEleventy, type PluginOptions} from './eleventy-render.js'
import {PageCache, pagesSliceable, pagesStandAlone, renderFingerprint} from './page-cache.js'
import {
  meetingPagePath,
  organizationPagePath,
  organizationYearPagePath,
  personPagePath,
  personYearPagePath,
  registerYearPagePath,
  seriesPagePath,
  seriesYearPagePath
} from './page-paths.js'
import {PageReuse, type ListPages} from './page-reuse.js'
import {isIndexable, type WrittenPage} from './write-files.js'

/**
 * Pages Eleventy renders in one run, of any page list: enough to keep runs few, few enough to bound the pages a run
 * holds (it keeps every page it renders until it ends).
 */
export const pagesPerRun = 1000

/**
 * The templates whose pages grow in number with the archive (person, organisation and series pages and their years,
 * the registers' years), and the page list each paginates. On an archive of more than one run of meeting pages each
 * renders in runs of its own, `pagesPerRun` pages at a time when its pages read no more of their list than their own
 * entry (see `pagesSliceable`).
 */
const growingTemplates = [
  ['person.njk', 'personPages'],
  ['person-year.njk', 'personYearPages'],
  ['organization.njk', 'organizationPages'],
  ['organization-year.njk', 'organizationYearPages'],
  ['series.njk', 'seriesPages'],
  ['series-year.njk', 'seriesYearPages'],
  ['actions-year.njk', 'actionYearPages'],
  ['decisions-year.njk', 'decisionYearPages'],
  ['recommendations-year.njk', 'recommendationYearPages']
] as const satisfies ReadonlyArray<readonly [string, Exclude<PageList, 'meetingPages'>]>

/** What the render stage works from. */
export interface RenderInput {
  /** The site's templates (the shipped site with the archive's `site/` over it). */
  siteDir: string
  /** The staging folder the pages go into. */
  staging: string
  archive: Archive
  config: Config
  drafts: boolean
  /** Use the page cache in `<root>/.cache/pages`, under this root; none without. */
  cacheRoot: string | undefined
  /** Each meeting's parse-cache key, by slug (what keys its page in the page cache). */
  parseKeys: ReadonlyMap<string, string>
  /** Pages per Eleventy run. */
  pagesPerRun: number
}

/** What the render stage did. */
export interface RenderedPages {
  /** The pages that belong in the sitemap, as paths in the output. */
  indexableFiles: string[]
  /** Pages taken from the page cache rather than rendered. */
  reused: {meetings: number; people: number; organizations: number; series: number; years: number}
  /** The year pages of the registers and of split person, organisation and series pages, rendered or reused. */
  yearPages: number
}

/** `list` in consecutive slices of at most `size`. */
function sliceOf<T>(list: readonly T[], size: number): T[][] {
  const slices: T[][] = []
  for (let start = 0; start < list.length; start += size) slices.push(list.slice(start, start + size))
  return slices
}

/**
 * Renders the site's pages into the staging folder with Eleventy. The pages of every page list (meeting, person,
 * organisation and series pages, and the year pages of the registers and of split person, organisation and series
 * pages) whose entry, templates and settings are unchanged come from the page cache; only the others are rendered
 * (all of them without the cache, or for a template that reads beyond its own entry). A small archive renders in one
 * Eleventy run; a large one in several, each holding only its own pages.
 */
export async function renderPages(input: RenderInput): Promise<RenderedPages> {
  const {siteDir, staging, archive, config, drafts} = input
  const pageCache =
    input.cacheRoot === undefined ? undefined : new PageCache(join(input.cacheRoot, '.cache', 'pages'), await renderFingerprint(siteDir, siteSettings(config, drafts)))
  await pageCache?.load()
  const reuse = pageCache ? new PageReuse(pageCache, staging) : undefined
  const toRender = async <T>(template: string, pages: ListPages<T>): Promise<readonly T[]> =>
    reuse && (await pagesStandAlone(siteDir, template, pages.list)) ? reuse.reuse(pages) : pages.entries
  const meetingPages = await toRender('meeting.njk', {
    list: 'meetingPages',
    entries: archive.meetings,
    path: (entry) => meetingPagePath(entry.meeting.slug),
    // The meeting by its parse key (the same key, the same meeting): cheaper to hash than the meeting's JSON.
    keyed: (entry) => {
      const parseKey = input.parseKeys.get(entry.meeting.slug)
      return parseKey === undefined ? entry : {...entry, meeting: parseKey}
    }
  })
  const all = pageLists(archive)
  const personPages = await toRender('person.njk', {list: 'personPages', entries: all.personPages, path: (person) => personPagePath(person.slug)})
  const organizationPages = await toRender('organization.njk', {
    list: 'organizationPages',
    entries: all.organizationPages,
    path: (organization) => organizationPagePath(organization.slug)
  })
  const seriesPages = await toRender('series.njk', {list: 'seriesPages', entries: all.seriesPages, path: (series) => seriesPagePath(series.slug)})
  const yearLists = {
    personYearPages: await toRender('person-year.njk', {
      list: 'personYearPages',
      entries: all.personYearPages,
      path: (page) => personYearPagePath(page.person.slug, page.year)
    }),
    organizationYearPages: await toRender('organization-year.njk', {
      list: 'organizationYearPages',
      entries: all.organizationYearPages,
      path: (page) => organizationYearPagePath(page.organization.slug, page.year)
    }),
    seriesYearPages: await toRender('series-year.njk', {
      list: 'seriesYearPages',
      entries: all.seriesYearPages,
      path: (page) => seriesYearPagePath(page.series.slug, page.year)
    }),
    decisionYearPages: await toRender('decisions-year.njk', {
      list: 'decisionYearPages',
      entries: all.decisionYearPages,
      path: (page) => registerYearPagePath('decisions', page.year)
    }),
    actionYearPages: await toRender('actions-year.njk', {list: 'actionYearPages', entries: all.actionYearPages, path: (page) => registerYearPagePath('actions', page.year)}),
    recommendationYearPages: await toRender('recommendations-year.njk', {
      list: 'recommendationYearPages',
      entries: all.recommendationYearPages,
      path: (page) => registerYearPagePath('recommendations', page.year)
    })
  }
  const yearListNames = Object.keys(yearLists) as (keyof typeof yearLists)[]
  const yearPages = (lists: {[list in keyof typeof yearLists]: readonly unknown[]}) => yearListNames.reduce((sum, list) => sum + lists[list].length, 0)
  const growing = {personPages, organizationPages, seriesPages, ...yearLists}
  const plugin: PluginOptions = {archive, config, drafts, registers: all.registers, ...growing}
  // Each run's pages are kept only until they are in the page cache and the sitemap knows which are indexable:
  // every page's HTML held to the end would grow with the archive.
  const indexableFiles = [...(reuse?.indexableFiles ?? [])]
  const rendered = async (pages: WrittenPage[]) => {
    await reuse?.store(pages)
    for (const page of pages) if (isIndexable(page)) indexableFiles.push(page.path)
  }
  if (archive.meetings.length <= input.pagesPerRun) {
    // A small archive: the whole site in one run.
    await rendered(await renderWithEleventy(siteDir, staging, {...plugin, meetingPages}))
  } else {
    // A large one: the small pages, then each growing template's pages and the meeting pages, a slice at a time; a
    // template with nothing left to render (every page reused) gets no run.
    const templates = `${staging}-templates`
    const grouped = new Set<string>(['meeting.njk', ...growingTemplates.map(([template]) => template)])
    const only = (template: string) => (name: string) => name === template
    // A slice at a time where the template reads no more of its list than its own entry; else the whole list in one run.
    const runsOf = async <T>(template: string, list: PageList, pages: readonly T[]): Promise<(readonly T[])[]> =>
      (await pagesSliceable(siteDir, template, list)) ? sliceOf(pages, input.pagesPerRun) : [pages]
    await rendered(await renderTemplates(siteDir, templates, staging, {...plugin, meetingPages: []}, (name) => !grouped.has(name)))
    await cp(join(siteDir, 'assets'), join(staging, 'assets'), {recursive: true})
    for (const [template, list] of growingTemplates) {
      for (const slice of await runsOf<unknown>(template, list, growing[list])) {
        await rendered(await renderTemplates(siteDir, templates, staging, {...plugin, meetingPages: [], [list]: slice}, only(template)))
      }
    }
    for (const slice of await runsOf('meeting.njk', 'meetingPages', meetingPages)) {
      await rendered(await renderMeetingPages(siteDir, templates, staging, {...plugin, meetingPages: slice}))
    }
  }
  await pageCache?.prune()
  return {
    indexableFiles,
    reused: {
      meetings: archive.meetings.length - meetingPages.length,
      people: archive.people.length - personPages.length,
      organizations: archive.organizations.length - organizationPages.length,
      series: archive.series.length - seriesPages.length,
      years: yearPages(all) - yearPages(yearLists)
    },
    yearPages: yearPages(all)
  }
}
