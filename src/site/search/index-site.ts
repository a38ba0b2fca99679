import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import type {Archive} from '../../archive/types.js'
import type {Meeting} from '../../model/meeting.js'
import {namesFromArchive} from './names.js'
import {searchPageStream, type SearchPage} from './records.js'
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
  const pages = searchPageStream(input.meetings, {
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
    const words = new Set<string>()
    let count = 0
    // A batch of pages in flight at a time: awaiting each page would cost a round trip per page, and sending them
    // all at once would hold every page, twice, in the service's send buffer (out of memory at 16,000 meetings).
    for (let batch = nextBatch(pages); batch.length > 0; batch = nextBatch(pages)) {
      const added = await Promise.all(batch.map((page) => index.addHTMLFile({url: page.url, content: page.html})))
      added.forEach((result, position) => assertNoErrors(`adding \`${batch[position]!.url}\``, result.errors))
      for (const word of unspacedWords(batch.flatMap((page) => page.texts))) words.add(word)
      count += batch.length
    }
    const bundle = path.resolve(outDir, searchBundleDir)
    const written = await index.writeFiles({outputPath: bundle})
    assertNoErrors('writing the bundle', written.errors)
    const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    await writeFile(path.join(bundle, searchWordsFile), `${JSON.stringify({words: sorted})}\n`)
    return {pages: count}
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
}

/** Pages sent to Pagefind together. */
const batchSize = 64

/** The next pages of the stream, up to {@link batchSize}. */
function nextBatch(pages: Iterator<SearchPage>): SearchPage[] {
  const batch: SearchPage[] = []
  for (let next = pages.next(); !next.done; next = pages.next()) {
    batch.push(next.value)
    if (batch.length === batchSize) break
  }
  return batch
}
