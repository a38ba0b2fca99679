import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import type {Archive} from '../../archive/types.js'
import type {Meeting} from '../../model/meeting.js'
import {namesFromArchive} from './names.js'
import {searchPages} from './records.js'
import {unspacedWords} from './segment.js'

/** What the build hands the search index: the meetings it publishes and the site's path prefix. */
export interface SearchIndexInput {
  meetings: Meeting[]
  pathPrefix: string
  /** The site's language (`lang` of minutebook.yml); all pages share it so the search page loads one index. */
  language?: string
  /** The Archive, so the person and organisation filters use the names of the site's pages (aliases merged). */
  archive?: Pick<Archive, 'meetings' | 'people' | 'organizations'>
  /** The plain text of each meeting's items, by slug, when the parse already worked it out. */
  itemTexts?: ReadonlyMap<string, readonly string[]>
}

/** The folder under the output where the Pagefind bundle goes; site/assets/search.js loads it from there. */
export const searchBundleDir = '_pagefind'

/** The vocabulary file beside the bundle: the index's Khmer/Thai words, which the search page aligns queries to. */
export const searchWordsFile = 'words.json'

/** Throws when Pagefind reports errors: they come from our pages or the binary, never from a meeting's text. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Unexpected Pagefind errors while ${step}: ${errors.map((error) => `\`${error}\``).join(', ')}`)
  }
}

/**
 * Writes the Pagefind bundle for `input.meetings` into `<outDir>/_pagefind/`: one page per meeting, whose agenda
 * items are sub-results landing on their anchors; beside it `words.json`, the index's unspaced-script words.
 */
export async function writeSearchIndex(outDir: string, input: SearchIndexInput): Promise<{pages: number}> {
  const language = input.language ?? 'en'
  const names = input.archive ? {names: namesFromArchive(input.archive)} : {}
  const pages = searchPages(input.meetings, {
    pathPrefix: input.pathPrefix,
    language,
    ...names,
    ...(input.itemTexts === undefined ? {} : {itemTexts: input.itemTexts})
  })
  // One forced language: Pagefind would otherwise split a Khmer meeting into an index the page never loads.
  const created = await pagefind.createIndex({forceLanguage: language})
  assertNoErrors('creating the index', created.errors)
  const index = created.index
  if (!index) throw new Error('Unexpected missing Pagefind index, expected one from `createIndex`')
  try {
    // All pages in flight at once: Pagefind's service answers them in turn, one round trip each when awaited.
    const added = await Promise.all(pages.map((page) => index.addHTMLFile({url: page.url, content: page.html})))
    added.forEach((result, position) => assertNoErrors(`adding \`${pages[position]!.url}\``, result.errors))
    const bundle = path.resolve(outDir, searchBundleDir)
    const written = await index.writeFiles({outputPath: bundle})
    assertNoErrors('writing the bundle', written.errors)
    const words = unspacedWords(pages.flatMap((page) => page.texts))
    await writeFile(path.join(bundle, searchWordsFile), `${JSON.stringify({words})}\n`)
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
  return {pages: pages.length}
}
